import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { VIDEO_CHUNK_BYTES, type VideoInfo } from '../../../common/api/media.api';
import { fromBase64, toBase64 } from '../../../common/api/base64';
import { call, ClientError, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { formatBytes } from '../../editor/extensions/media-video/media-video';
import { Icon } from '../../ui/icons';
import type { ArticleImages } from './image-store';

const ACCEPTED = new Set(['video/mp4', 'video/webm']);

/**
 * The videos of one open article: copied into the data folder chunk by chunk
 * (the media service hashes them as they are written; the UI never reads the
 * whole file), and object URLs to play them: the chosen file itself in this
 * session, else the stored bytes read back in chunks.
 */
export class ArticleVideos {
  private readonly urls = new Map<string, Promise<string>>();
  private cancelled = false;

  constructor(
    readonly articleId: string,
    private readonly images: ArticleImages,
  ) {}

  url(hash: string): Promise<string> {
    let url = this.urls.get(hash);
    if (!url) {
      url = (async () => {
        const info = await call('media.videoInfo', { articleId: this.articleId, hash });
        const parts: BlobPart[] = [];
        for (let offset = 0; offset < info.bytes; offset += VIDEO_CHUNK_BYTES) {
          const { data } = await call('media.videoRead', { articleId: this.articleId, hash, offset, length: VIDEO_CHUNK_BYTES });
          parts.push(fromBase64(data) as BlobPart);
        }
        return URL.createObjectURL(new Blob(parts, { type: info.mime }));
      })();
      url.catch(() => this.urls.delete(hash));
      this.urls.set(hash, url);
    }
    return url;
  }

  cancel(): void {
    this.cancelled = true;
  }

  /** Copies the file, chunk after chunk, between which the UI keeps running. */
  async add(file: File): Promise<VideoInfo & { duration: number; poster: string }> {
    if (!ACCEPTED.has(file.type)) throw new ClientError('VIDEO_UNREADABLE', `unsupported type ${file.type}`);
    this.cancelled = false;
    const { uploadId } = await call('media.videoBegin', { articleId: this.articleId, bytes: file.size, fileName: file.name.slice(0, 300) });
    try {
      for (let offset = 0; offset < file.size; offset += VIDEO_CHUNK_BYTES) {
        if (this.cancelled) throw new ClientError('VIDEO_UNREADABLE', 'cancelled');
        const chunk = new Uint8Array(await file.slice(offset, offset + VIDEO_CHUNK_BYTES).arrayBuffer());
        await call('media.videoChunk', { uploadId, offset, data: toBase64(chunk) });
      }
    } catch (error) {
      await call('media.videoCancel', { uploadId }).catch(() => {});
      throw error;
    }
    const info = await call('media.videoFinish', { uploadId });
    const local = URL.createObjectURL(file);
    this.urls.set(info.hash, Promise.resolve(local));
    const { duration, frame } = await readVideo(local);
    let poster = '';
    if (frame) poster = await this.images.add(frame).then((image) => image.imageId, () => '');
    return { ...info, duration, poster };
  }

  dispose(): void {
    for (const url of this.urls.values()) url.then(URL.revokeObjectURL, () => {});
    this.urls.clear();
  }
}

/** Duration and a poster frame (at one second, or the middle of a short clip), when the browser can decode the file. */
function readVideo(url: string): Promise<{ duration: number; frame: Blob | null }> {
  return new Promise((resolve) => {
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    let duration = 0;
    const done = (frame: Blob | null) => {
      clearTimeout(timer);
      video.removeAttribute('src');
      resolve({ duration, frame });
    };
    const timer = setTimeout(() => done(null), 5000);
    video.addEventListener('error', () => done(null));
    video.addEventListener('loadedmetadata', () => {
      duration = Number.isFinite(video.duration) ? video.duration : 0;
      video.currentTime = Math.min(1, duration / 2);
    });
    video.addEventListener('seeked', () => {
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      if (!canvas.width || !canvas.height) return done(null);
      canvas.getContext('2d')?.drawImage(video, 0, 0);
      canvas.toBlob((blob) => done(blob), 'image/jpeg', 0.85);
    });
    video.src = url;
  });
}

/** The toolbar's "Chèn video" with its progress line and cancel button. */
export function InsertVideoButton({ editor, videos, disabled }: { editor: Editor; videos: ArticleVideos; disabled: boolean }) {
  const t = vi.media;
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(
    () =>
      onEvent('media.progress', (p) => {
        if (p.phase === 'copy' && p.articleId === videos.articleId) setProgress({ done: p.done, total: p.total });
      }),
    [videos],
  );
  const insert = (file: File) => {
    setError(null);
    setProgress({ done: 0, total: file.size });
    void videos.add(file).then(
      (info) => {
        setProgress(null);
        editor.chain().focus().insertVideo({ hash: info.hash, mime: info.mime, bytes: info.bytes, duration: info.duration, poster: info.poster }).run();
      },
      (e: unknown) => {
        setProgress(null);
        setError(t.failed(e instanceof ClientError && e.code === 'VIDEO_UNREADABLE' ? t.notVideo : errorMessage(e)));
      },
    );
  };
  return (
    <>
      <button
        type="button"
        className="tb-button"
        title={t.insertVideoHint}
        aria-label={t.insertVideo}
        disabled={disabled || progress !== null}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => input.current?.click()}
        data-testid="insert-video"
      >
        <Icon name="video" />
      </button>
      <input
        ref={input}
        type="file"
        accept="video/mp4,video/webm"
        hidden
        data-testid="video-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) insert(file);
        }}
      />
      {progress && (
        <span role="status" data-testid="video-progress">
          {t.copying(formatBytes(progress.done), formatBytes(progress.total))}{' '}
          <button type="button" className="link-button" onClick={() => videos.cancel()}>
            {t.cancel}
          </button>
        </span>
      )}
      {error && (
        <span role="alert" className="error-text" data-testid="video-error">
          {error}
        </span>
      )}
    </>
  );
}

import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { VIDEO_CHUNK_BYTES, type VideoInfo } from '../../../common/api/media.api';
import { formatDuration } from '../../../common/article/media';
import { fromBase64, toBase64 } from '../../../common/api/base64';
import { call, ClientError, onEvent, upload } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { captureFrame, formatBytes, seekTo } from '../../editor/extensions/media-video/media-video';
import { Icon } from '../../ui/icons';
import type { ArticleImages } from './image-store';

const ACCEPTED = new Set(['video/mp4', 'video/webm']);

/**
 * The videos of one open article: copied into the data folder chunk by chunk
 * (the media service hashes them as they are written; the UI never reads the
 * whole file), and object URLs to play them: the chosen file itself in this
 * session, else the stored bytes read back in chunks.
 */
/** What the media status line shows: a copy into the data folder, an upload to the portal, the last failure. */
export interface MediaStatusState {
  copy: { done: number; total: number } | null;
  upload: { done: number; total: number; speed: number } | null;
  error: string | null;
}

export class ArticleVideos {
  private readonly urls = new Map<string, Promise<string>>();
  private cancelled = false;
  private state: MediaStatusState = { copy: null, upload: null, error: null };
  private readonly listeners = new Set<() => void>();
  /** Opens the video file chooser (the status line's input, always mounted). */
  pickVideo: () => void = () => {};

  readonly status = (): MediaStatusState => this.state;
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setStatus(patch: Partial<MediaStatusState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

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
        const slice = file.slice(offset, offset + VIDEO_CHUNK_BYTES);
        // In the browser host the chunk goes as it is (a Blob body, read off the page's main thread); as base64
        // in the call it cost the page's main thread enough to slow typing 5× (bench:media).
        const raw = await upload(slice);
        await call(
          'media.videoChunk',
          raw ? { uploadId, offset, upload: raw } : { uploadId, offset, data: toBase64(new Uint8Array(await slice.arrayBuffer())) },
        );
      }
    } catch (error) {
      await call('media.videoCancel', { uploadId }).catch(() => {});
      throw error;
    }
    const info = await call('media.videoFinish', { uploadId });
    const local = URL.createObjectURL(file);
    this.urls.set(info.hash, Promise.resolve(local));
    const { duration, frame } = await readVideo(local);
    const poster = frame ? await this.storePoster(frame).catch(() => '') : '';
    return { ...info, duration, poster };
  }

  /** Stores a frame captured in the editor as a picture of the article (the poster); resolves to its image id. */
  async storePoster(frame: Blob): Promise<string> {
    return (await this.images.add(frame)).imageId;
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
    const done = (duration: number, frame: Blob | null) => {
      clearTimeout(timer);
      video.removeAttribute('src');
      resolve({ duration, frame });
    };
    const timer = setTimeout(() => done(0, null), 15_000);
    video.addEventListener('error', () => done(0, null));
    video.addEventListener('loadedmetadata', async () => {
      // A file without its duration in the header (a browser's MediaRecorder writes none): seeking past the end finds it.
      if (!Number.isFinite(video.duration)) await seekTo(video, 1e9, 5000);
      if (video.error) return;
      const duration = Number.isFinite(video.duration) ? video.duration : 0;
      done(duration, await captureFrame(video, Math.min(1, duration / 2)));
    }, { once: true });
    video.src = url;
  });
}

/** Copies a chosen video into the data folder (progress on the status line), then inserts it at the caret. */
function insertVideoFile(editor: Editor, videos: ArticleVideos, file: File): void {
  const t = vi.media;
  videos.setStatus({ error: null, copy: { done: 0, total: file.size } });
  void videos.add(file).then(
    (info) => {
      videos.setStatus({ copy: null });
      editor.chain().focus().insertVideo({ hash: info.hash, mime: info.mime, bytes: info.bytes, duration: info.duration, poster: info.poster }).run();
    },
    (e: unknown) => {
      videos.setStatus({ copy: null, error: t.failed(e instanceof ClientError && e.code === 'VIDEO_UNREADABLE' ? t.notVideo : errorMessage(e)) });
    },
  );
}

/**
 * The toolbar's "Chèn video, bộ ảnh, đồ họa": a menu button (one place on the
 * one-row toolbar) with Video, Bộ ảnh and Đồ họa. The pictures are chosen and
 * stored by `choosePhotos`; the video's file chooser and progress are the
 * status line's (MediaStatus), which stays mounted and visible when this group
 * is in "Thêm" (whose panel closes, unmounting it, as soon as it loses focus).
 */
export function InsertMediaMenu({
  editor,
  videos,
  disabled,
  choosePhotos,
}: {
  editor: Editor;
  videos: ArticleVideos;
  disabled: boolean;
  choosePhotos: (multiple: boolean) => Promise<string[]>;
}) {
  const t = vi.media;
  const copying = useSyncExternalStore(videos.subscribe, () => videos.status().copy !== null);
  return (
    <MediaMenu
      disabled={disabled || copying}
      items={[
        { id: 'video', label: t.menu.video, hint: t.insertVideoHint, run: () => videos.pickVideo() },
        {
          id: 'gallery',
          label: t.menu.gallery,
          hint: t.gallery.insertHint,
          run: () =>
            void choosePhotos(true).then((ids) => {
              if (ids.length) editor.chain().focus().insertGallery(ids).run();
            }),
        },
        {
          id: 'infographic',
          label: t.menu.infographic,
          hint: t.infographic.insertHint,
          run: () =>
            void choosePhotos(false).then(([id]) => {
              if (id) editor.chain().focus().insertInfographic(id).run();
            }),
        },
      ]}
    />
  );
}

/**
 * The media status line beside the toolbar, never in "Thêm": the copy into the
 * data folder ("Đang chép video…" and "Hủy"), the upload to the portal (bar,
 * speed, time left, "Hủy"), a failure; and the video file chooser.
 */
export function MediaStatus({ editor, videos }: { editor: Editor; videos: ArticleVideos }) {
  const t = vi.media;
  const input = useRef<HTMLInputElement>(null);
  const { copy, upload: sending, error } = useSyncExternalStore(videos.subscribe, videos.status);
  useEffect(() => {
    videos.pickVideo = () => input.current?.click();
    const offProgress = onEvent('media.progress', (p) => {
      if (p.articleId !== videos.articleId) return;
      if (p.phase === 'copy') videos.setStatus({ copy: { done: p.done, total: p.total } });
      else videos.setStatus({ upload: { done: p.done, total: p.total, speed: p.speed } });
    });
    // The send ended (sent, failed, cancelled): its outbox entry says how, on the article and in the outbox.
    const offOutbox = onEvent('outbox.changed', (entry) => {
      if (entry.articleId === videos.articleId && entry.state !== 'sending') videos.setStatus({ upload: null });
    });
    return () => {
      videos.pickVideo = () => {};
      offProgress();
      offOutbox();
    };
  }, [videos]);
  return (
    <div className="media-status" data-testid="media-status">
      <input
        ref={input}
        type="file"
        accept="video/mp4,video/webm"
        hidden
        data-testid="video-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) insertVideoFile(editor, videos, file);
        }}
      />
      {copy && (
        <span role="status" data-testid="video-progress">
          {t.copying(formatBytes(copy.done), formatBytes(copy.total))}{' '}
          <button type="button" className="link-button" onClick={() => videos.cancel()}>
            {t.cancel}
          </button>
        </span>
      )}
      {sending && <UploadProgress articleId={videos.articleId} {...sending} />}
      {error && (
        <span role="alert" className="error-text" data-testid="video-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** "Đang gửi video lên cổng: 12 MB / 420 MB (8,5 MB/giây, còn khoảng 0:48)", a bar and "Hủy". */
function UploadProgress({ articleId, done, total, speed }: { articleId: string; done: number; total: number; speed: number }) {
  const t = vi.media;
  const left = speed > 0 ? formatDuration((total - done) / speed) : '…';
  return (
    <span role="status" data-testid="upload-progress">
      <progress max={total} value={done} aria-label={t.uploadBar} />{' '}
      {t.uploading(formatBytes(done), formatBytes(total), formatBytes(speed), left)}{' '}
      <button
        type="button"
        className="link-button"
        data-testid="upload-cancel"
        onClick={() => void call('media.uploadCancel', { articleId }).catch(() => {})}
      >
        {t.cancel}
      </button>
    </span>
  );
}

interface MenuItem {
  id: string;
  label: string;
  hint: string;
  run: () => void;
}

/** A menu button (WAI-ARIA menu button pattern): click or ↓ opens it on the first item, ↑/↓/Home/End move, Esc or Tab closes. */
function MediaMenu({ items, disabled }: { items: MenuItem[]; disabled: boolean }) {
  const t = vi.media;
  const [open, setOpen] = useState(false);
  // The toolbar's row clips what overflows it: the menu is placed on the page, under the button.
  const [at, setAt] = useState({ left: 0, top: 0 });
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const show = () => {
    const rect = button.current?.getBoundingClientRect();
    if (rect) setAt({ left: Math.max(4, Math.min(rect.left, window.innerWidth - 220)), top: rect.bottom + 4 });
    setOpen(true);
  };
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onMenuKey = (event: ReactKeyboardEvent) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      entries[(at + step + entries.length) % entries.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? entries[0] : entries.at(-1))?.focus();
    }
  };
  return (
    <span className="tb-menu">
      <button
        ref={button}
        type="button"
        className="tb-button"
        title={t.menu.hint}
        aria-label={t.menu.label}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => (open ? setOpen(false) : show())}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            show();
          }
        }}
        data-testid="insert-media"
      >
        <Icon name="video" />
      </button>
      {open && (
        <div ref={menu} role="menu" aria-label={t.menu.label} className="tb-menu-panel" style={at} data-testid="insert-media-menu" onKeyDown={onMenuKey}>
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              title={item.hint}
              data-testid={`insert-media-${item.id}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setOpen(false);
                item.run();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}

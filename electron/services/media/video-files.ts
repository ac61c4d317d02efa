/**
 * Where an article's videos live on disk and how they are recognised: the one
 * owner of that layout (the media service writes through it, the portal
 * streams originals through `articleVideoFiles`).
 *
 * `<dataDir>/articles/<articleId>/videos/<sha256>.<mp4|webm>`, byte for byte
 * the file the user chose; an unfinished copy is `<uploadId>.part` beside it.
 */
import { createReadStream, existsSync, openSync, readSync, closeSync, statSync, type ReadStream } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../../../common/api/errors';
import type { VideoInfo, VideoMime } from '../../../common/api/media.api';

export const videoExtensions: Record<VideoMime, string> = { 'video/mp4': 'mp4', 'video/webm': 'webm' };

export function videoFolder(dataDir: string, articleId: string): string {
  return join(dataDir, 'articles', articleId, 'videos');
}

/**
 * The container by its first bytes: an ISO-BMFF `ftyp` box (MP4, M4V, MOV-like
 * brands are accepted: the portal plays what the browser plays) or an EBML
 * header whose doctype is `webm`.
 */
export function sniffVideo(head: Uint8Array): VideoMime | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 12 && ascii(4, 8) === 'ftyp') return 'video/mp4';
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) {
    return ascii(0, Math.min(head.length, 64)).includes('webm') ? 'video/webm' : null;
  }
  return null;
}

/** A stored video, as other services need it (streamed, never read whole). */
export interface StoredVideo extends VideoInfo {
  path: string;
  extension: string;
  open(): ReadStream;
}

export interface VideoFiles {
  /** Throws VIDEO_NOT_FOUND / VIDEO_UNREADABLE. */
  read(articleId: string, hash: string): StoredVideo;
}

export function findVideo(dataDir: string, articleId: string, hash: string): StoredVideo | null {
  if (!/^[A-Za-z0-9_-]+$/.test(articleId) || !/^[a-f0-9]{64}$/.test(hash)) {
    throw new ServiceError('VIDEO_NOT_FOUND', `bad video reference ${articleId}/${hash}`);
  }
  for (const [mime, extension] of Object.entries(videoExtensions) as [VideoMime, string][]) {
    const path = join(videoFolder(dataDir, articleId), `${hash}.${extension}`);
    if (!existsSync(path)) continue;
    const head = Buffer.alloc(64);
    const fd = openSync(path, 'r');
    let read: number;
    try {
      read = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    if (sniffVideo(head.subarray(0, read)) !== mime) throw new ServiceError('VIDEO_UNREADABLE', `${path} is not a ${mime} file`);
    return { hash, mime, bytes: statSync(path).size, path, extension, open: () => createReadStream(path, { highWaterMark: 256 * 1024 }) };
  }
  return null;
}

export function articleVideoFiles(dataDir: string): VideoFiles {
  return {
    read(articleId, hash) {
      const found = findVideo(dataDir, articleId, hash);
      if (!found) throw new ServiceError('VIDEO_NOT_FOUND', `no video ${hash} in article ${articleId}`);
      return found;
    },
  };
}

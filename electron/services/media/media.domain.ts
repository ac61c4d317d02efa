import { createHash, randomBytes, type Hash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, existsSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { ServiceError } from '../../../common/api/errors';
import { MAX_VIDEO_BYTES, VIDEO_CHUNK_BYTES, type mediaMethods } from '../../../common/api/media.api';
import type { Domain, ServiceContext } from '../context';
import type { UploadStore } from '../import/uploads';
import { findVideo, sniffVideo, videoExtensions, videoFolder } from './video-files';

interface Copy {
  articleId: string;
  fileName: string;
  total: number;
  received: number;
  hash: Hash;
  head: Buffer;
  file: FileHandle;
  path: string;
  startedAt: number;
  lastEvent: number;
  /** Chunks are written one after the other, whatever order the calls arrive in. */
  queue: Promise<unknown>;
}

/** Progress events at most this often (and at the end). */
const EVENT_EVERY_MS = 200;

/**
 * Copies videos into the data folder chunk by chunk: each chunk is hashed and
 * written as it arrives (the file never sits whole in memory), then the file
 * is renamed to its SHA-256. The same video inserted twice is kept once.
 */
export function createMediaDomain(
  ctx: Pick<ServiceContext, 'dataDir' | 'emit'>,
  /** The browser host's raw uploads (`POST /upload`), from which a chunk named by `upload` is taken. */
  uploads?: Pick<UploadStore, 'take'>,
  /** Cancels the article's send to the portal in progress (the portal's outbox); false when none is. */
  cancelUpload?: (articleId: string) => boolean,
): Domain<keyof typeof mediaMethods> {
  const copies = new Map<string, Copy>();

  const copyOf = (uploadId: string): Copy => {
    const copy = copies.get(uploadId);
    if (!copy) throw new ServiceError('VIDEO_NOT_FOUND', `no unfinished copy ${uploadId}`);
    return copy;
  };

  async function drop(uploadId: string): Promise<void> {
    const copy = copies.get(uploadId);
    if (!copy) return;
    copies.delete(uploadId);
    await copy.queue.catch(() => {});
    await copy.file.close().catch(() => {});
    rmSync(copy.path, { force: true });
  }

  const progress = (copy: Copy, force: boolean) => {
    const now = Date.now();
    if (!force && now - copy.lastEvent < EVENT_EVERY_MS) return;
    copy.lastEvent = now;
    const seconds = Math.max(0.001, (now - copy.startedAt) / 1000);
    ctx.emit('media.progress', {
      phase: 'copy',
      articleId: copy.articleId,
      hash: '',
      fileName: copy.fileName,
      done: copy.received,
      total: copy.total,
      speed: Math.round(copy.received / seconds),
    });
  };

  return {
    handlers: {
      'media.videoBegin': async ({ articleId, bytes, fileName }) => {
        if (bytes > MAX_VIDEO_BYTES) throw new ServiceError('VIDEO_TOO_LARGE', `video of ${bytes} bytes exceeds ${MAX_VIDEO_BYTES}`);
        const folder = videoFolder(ctx.dataDir, articleId);
        mkdirSync(folder, { recursive: true });
        const uploadId = randomBytes(16).toString('hex');
        const path = join(folder, `${uploadId}.part`);
        const file = await open(path, 'w', 0o600);
        const now = Date.now();
        copies.set(uploadId, {
          articleId,
          fileName,
          total: bytes,
          received: 0,
          hash: createHash('sha256'),
          head: Buffer.alloc(0),
          file,
          path,
          startedAt: now,
          lastEvent: 0,
          queue: Promise.resolve(),
        });
        return { uploadId };
      },
      'media.videoChunk': ({ uploadId, offset, data, upload }) => {
        const copy = copyOf(uploadId);
        // Taken at once (not in the queue): the store drops what waits too long.
        const raw = upload !== undefined ? (uploads?.take(upload) ?? null) : Buffer.from(data ?? '', 'base64');
        const run = copy.queue.then(async () => {
          if (raw === null) throw new ServiceError('IMPORT_UPLOAD_GONE', `upload ${upload} is unknown, taken or expired`);
          const bytes = raw;
          if (bytes.length === 0 || bytes.length > VIDEO_CHUNK_BYTES) throw new ServiceError('BAD_REQUEST', `chunk of ${bytes.length} bytes`);
          if (offset !== copy.received) throw new ServiceError('BAD_REQUEST', `chunk at ${offset}, expected ${copy.received}`);
          if (copy.received + bytes.length > copy.total) throw new ServiceError('BAD_REQUEST', 'more bytes than announced');
          if (copy.head.length < 64) copy.head = Buffer.concat([copy.head, bytes.subarray(0, 64 - copy.head.length)]);
          if (copy.received === 0 && !sniffVideo(copy.head)) throw new ServiceError('VIDEO_UNREADABLE', 'not an MP4 or WebM file');
          copy.hash.update(bytes);
          await copy.file.write(bytes, 0, bytes.length, copy.received);
          copy.received += bytes.length;
          progress(copy, copy.received === copy.total);
          return { received: copy.received };
        });
        copy.queue = run.catch(() => {});
        return run.catch(async (error: unknown) => {
          await drop(uploadId);
          throw error;
        });
      },
      'media.videoFinish': async ({ uploadId }) => {
        const copy = copyOf(uploadId);
        await copy.queue;
        if (copy.received !== copy.total) {
          await drop(uploadId);
          throw new ServiceError('VIDEO_UNREADABLE', `copy ended at ${copy.received} of ${copy.total} bytes`);
        }
        const mime = sniffVideo(copy.head);
        if (!mime) {
          await drop(uploadId);
          throw new ServiceError('VIDEO_UNREADABLE', 'not an MP4 or WebM file');
        }
        await copy.file.sync();
        await copy.file.close();
        copies.delete(uploadId);
        const hash = copy.hash.digest('hex');
        const target = join(videoFolder(ctx.dataDir, copy.articleId), `${hash}.${videoExtensions[mime]}`);
        if (existsSync(target)) rmSync(copy.path, { force: true });
        else renameSync(copy.path, target);
        return { hash, mime, bytes: copy.total };
      },
      'media.videoCancel': async ({ uploadId }) => {
        await drop(uploadId);
        return {};
      },
      'media.uploadCancel': ({ articleId }) => ({ cancelled: cancelUpload?.(articleId) ?? false }),

      'media.videoInfo': ({ articleId, hash }) => {
        const found = findVideo(ctx.dataDir, articleId, hash);
        if (!found) throw new ServiceError('VIDEO_NOT_FOUND', `no video ${hash} in article ${articleId}`);
        return { hash, mime: found.mime, bytes: found.bytes };
      },
      'media.videoRead': async ({ articleId, hash, offset, length }) => {
        const found = findVideo(ctx.dataDir, articleId, hash);
        if (!found) throw new ServiceError('VIDEO_NOT_FOUND', `no video ${hash} in article ${articleId}`);
        const file = await open(found.path, 'r');
        try {
          const buffer = Buffer.alloc(Math.max(0, Math.min(length, found.bytes - offset)));
          const { bytesRead } = await file.read(buffer, 0, buffer.length, offset);
          return { data: buffer.subarray(0, bytesRead).toString('base64') };
        } finally {
          await file.close();
        }
      },
    },
    async close() {
      for (const uploadId of [...copies.keys()]) await drop(uploadId);
    },
  };
}

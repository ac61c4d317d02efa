import { z } from 'zod';
import { ArticleId } from '../article/model';
import { Base64, method } from './contract';
import { UploadId as RawUploadId } from './import.api';

/**
 * Videos of an article (docs/media.md). Like pictures they live in the data
 * folder, never in the Yjs document or the database: the document's `video`
 * node holds only the file's SHA-256. A file is copied in chunks
 * (`media.videoBegin`, `media.videoChunk`…, `media.videoFinish`), hashed as it
 * is written, so the UI never holds the whole file and the copy of a big file
 * never blocks typing.
 */
export const VideoHash = z.string().regex(/^[a-f0-9]{64}$/, 'not a SHA-256');
export const VideoMime = z.enum(['video/mp4', 'video/webm']);
export type VideoMime = z.infer<typeof VideoMime>;
export const UploadId = z.string().regex(/^[a-f0-9]{32}$/, 'not an upload id');

/** Bigger files are refused (VIDEO_TOO_LARGE). */
export const MAX_VIDEO_BYTES = 8 * 1024 * 1024 * 1024;
/** The largest chunk `media.videoChunk` takes (before base64). */
export const VIDEO_CHUNK_BYTES = 1024 * 1024;

export const VideoInfo = z.object({
  hash: VideoHash,
  mime: VideoMime,
  bytes: z.number().int().nonnegative(),
});
export type VideoInfo = z.infer<typeof VideoInfo>;

export const mediaMethods = {
  /** Starts copying a video file of `bytes` bytes into the article's folder. */
  'media.videoBegin': method(
    z.object({ articleId: ArticleId, bytes: z.number().int().positive(), fileName: z.string().max(300).default('') }).strict(),
    z.object({ uploadId: UploadId }),
  ),
  /** The next chunk, at `offset` (the bytes received so far). */
  'media.videoChunk': method(
    z
      .object({ uploadId: UploadId, offset: z.number().int().nonnegative(), data: Base64.optional(), upload: RawUploadId.optional() })
      .strict()
      // The chunk as base64 (`data`), or, in the browser host, the id of its bytes sent as they are to `POST /upload`.
      .refine((args) => (args.data === undefined) !== (args.upload === undefined), 'give either data or upload'),
    z.object({ received: z.number().int().nonnegative() }),
  ),
  /** Checks the file is an MP4 or WebM video and keeps it under its hash. */
  'media.videoFinish': method(z.object({ uploadId: UploadId }).strict(), VideoInfo),
  /** Drops an unfinished copy. */
  'media.videoCancel': method(z.object({ uploadId: UploadId }).strict(), z.object({})),
  /**
   * Stops the article's video upload to the portal in progress: its outbox entry fails with PORTAL_CANCELLED
   * (nothing of the article is lost; "Thử lại" sends it again). False when nothing was being uploaded.
   */
  'media.uploadCancel': method(z.object({ articleId: ArticleId }).strict(), z.object({ cancelled: z.boolean() })),
  'media.videoInfo': method(z.object({ articleId: ArticleId, hash: VideoHash }).strict(), VideoInfo),
  /** Bytes of a stored video (to play it in the editor), at most one chunk at a time. */
  'media.videoRead': method(
    z
      .object({
        articleId: ArticleId,
        hash: VideoHash,
        offset: z.number().int().nonnegative(),
        length: z.number().int().positive().max(VIDEO_CHUNK_BYTES),
      })
      .strict(),
    z.object({ data: Base64 }),
  ),
};

/** How a copy into the data folder (`copy`) or an upload to the portal (`upload`) is going. */
export const MediaProgress = z.object({
  phase: z.enum(['copy', 'upload']),
  articleId: z.string(),
  hash: z.string(),
  fileName: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Bytes per second over the transfer so far. */
  speed: z.number().nonnegative(),
});
export type MediaProgress = z.infer<typeof MediaProgress>;

export const mediaEvents = {
  'media.progress': MediaProgress,
} satisfies Record<string, z.ZodType>;

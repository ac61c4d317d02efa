import { z } from 'zod';
import { ArticleId } from '../article/model';
import { Base64, method } from './contract';

/**
 * Images of an article live in its local data folder, never as base64 inside
 * the Yjs document: the document holds only `imageId`. Each image keeps its
 * original (for submission to the portal) and, for big images, a smaller
 * display copy made by the UI (canvas) so the desktop app needs no native
 * image library.
 */
export const ImageId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'not an image id');
export const ImageMime = z.enum(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
export type ImageMime = z.infer<typeof ImageMime>;
export const ImageVariant = z.enum(['display', 'original']);
export type ImageVariant = z.infer<typeof ImageVariant>;

/** Originals above this are refused (IMAGE_TOO_LARGE). */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
/** The display copy's longest side. */
export const DISPLAY_MAX_SIDE = 1600;
/** Above this a display copy is made even when the picture is not wide. */
export const DISPLAY_COPY_BYTES = 1_500_000;

/** Whether the editor wants a display copy of a picture (GIFs are shown as they are, to keep them moving). */
export function needsDisplayCopy(picture: { mime: ImageMime; width: number; height: number; bytes: number }): boolean {
  return picture.mime !== 'image/gif' && (Math.max(picture.width, picture.height) > DISPLAY_MAX_SIDE || picture.bytes > DISPLAY_COPY_BYTES);
}

export const ImageInfo = z.object({
  imageId: ImageId,
  mime: ImageMime,
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  hasDisplayCopy: z.boolean(),
});
export type ImageInfo = z.infer<typeof ImageInfo>;

export const imagesMethods = {
  /** Stores an image for an article; `display` is the downscaled copy, when one was made. */
  'images.put': method(
    z
      .object({
        articleId: ArticleId,
        original: Base64,
        display: Base64.optional(),
        fileName: z.string().max(300).default(''),
      })
      .strict(),
    ImageInfo,
  ),
  /** The bytes of one variant; `display` falls back to the original when there is no copy. */
  'images.get': method(
    z.object({ articleId: ArticleId, imageId: ImageId, variant: ImageVariant.default('display') }).strict(),
    z.object({ mime: ImageMime, data: Base64 }),
  ),
  /** Adds the display copy of an image stored without one (an imported picture). */
  'images.putDisplay': method(
    z.object({ articleId: ArticleId, imageId: ImageId, display: Base64 }).strict(),
    ImageInfo,
  ),
  'images.info': method(z.object({ articleId: ArticleId, imageId: ImageId }).strict(), ImageInfo),
  /**
   * Fetches a picture that a pasted web page refers to (http/https only), so the
   * editor can store it with `images.put`. `mime` comes from the bytes, not the server.
   */
  'images.download': method(
    z.object({ url: z.string().max(4000) }).strict(),
    z.object({ mime: ImageMime, data: Base64, fileName: z.string() }),
  ),
};

export const imagesEvents = {} satisfies Record<string, z.ZodType>;

/**
 * Where an article's images live on disk, and how they are named: the one
 * owner of that layout (the images service writes through it, the portal
 * reads originals through `articleImageFiles`).
 *
 * `<dataDir>/articles/<articleId>/images/<imageId>.<ext>` is the original,
 * byte for byte; `<imageId>.display.<ext>` is the copy the editor shows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../../../common/api/errors';
import type { ImageMime } from '../../../common/api/images.api';
import { readImageHeader, type ImageHeader } from './image-header';

/** File extension of each image type we keep. */
export const imageExtensions: Record<ImageMime, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export type ImageVariant = 'display' | 'original';

export function imageFolder(dataDir: string, articleId: string): string {
  return join(dataDir, 'articles', articleId, 'images');
}

export function imageFileName(imageId: string, mime: ImageMime, variant: ImageVariant): string {
  return variant === 'display' ? `${imageId}.display.${imageExtensions[mime]}` : `${imageId}.${imageExtensions[mime]}`;
}

export function findImageFile(dataDir: string, articleId: string, imageId: string, variant: ImageVariant): string | null {
  const folder = imageFolder(dataDir, articleId);
  if (!existsSync(folder)) return null;
  const prefix = variant === 'display' ? `${imageId}.display.` : `${imageId}.`;
  const name = readdirSync(folder).find(
    (file) => file.startsWith(prefix) && (variant === 'display' || !file.slice(prefix.length).includes('.')),
  );
  return name ? join(folder, name) : null;
}

/** Reads an image file and checks by its bytes that it is one (IMAGE_UNREADABLE otherwise). */
export function readImageFile(path: string): { bytes: Buffer; header: ImageHeader } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ServiceError('IMAGE_UNREADABLE', `cannot read ${path}: ${String(error)}`);
  }
  const header = readImageHeader(bytes);
  if (!header) throw new ServiceError('IMAGE_UNREADABLE', `${path} is not a known image`);
  return { bytes, header };
}

/** An original, as other services need it (the portal sends originals, never the display copy). */
export interface StoredImage {
  bytes: Uint8Array;
  mime: ImageMime;
  extension: string;
}

export interface ImageFiles {
  /** Throws IMAGE_NOT_FOUND / IMAGE_UNREADABLE. */
  read(articleId: string, imageId: string): StoredImage;
}

export function articleImageFiles(dataDir: string): ImageFiles {
  return {
    read(articleId, imageId) {
      if (!/^[A-Za-z0-9_-]+$/.test(articleId) || !/^[a-z0-9-]+$/.test(imageId)) {
        throw new ServiceError('IMAGE_NOT_FOUND', `bad image reference ${articleId}/${imageId}`);
      }
      const path = findImageFile(dataDir, articleId, imageId, 'original');
      if (!path) throw new ServiceError('IMAGE_NOT_FOUND', `no image ${imageId} in article ${articleId}`);
      const { bytes, header } = readImageFile(path);
      return { bytes: new Uint8Array(bytes), mime: header.mime, extension: imageExtensions[header.mime] };
    },
  };
}

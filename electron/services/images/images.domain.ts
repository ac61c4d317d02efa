import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../../../common/api/errors';
import { MAX_IMAGE_BYTES, type ImageInfo, type imagesMethods } from '../../../common/api/images.api';
import type { Domain, ServiceContext } from '../context';
import { writeFileAtomic } from '../fs-atomic';
import { findImageFile, imageFileName, imageFolder, readImageFile as readChecked } from './image-files';
import { readImageHeader } from './image-header';
import { downloadImage, type DownloadOptions } from './images.download';

export interface ImagesOptions {
  /** The download guard's test allowance and limits; production keeps the defaults. */
  download?: DownloadOptions;
}

/**
 * Stores pasted and inserted pictures in the layout of image-files.ts. Ids
 * are checked by the contract's regexes, so they cannot leave the folder.
 */
export function createImagesDomain(ctx: Pick<ServiceContext, 'dataDir'>, options: ImagesOptions = {}): Domain<keyof typeof imagesMethods> {
  const folderOf = (articleId: string) => imageFolder(ctx.dataDir, articleId);
  const find = (articleId: string, imageId: string, variant: 'display' | 'original') =>
    findImageFile(ctx.dataDir, articleId, imageId, variant);

  function info(articleId: string, imageId: string): ImageInfo {
    const original = find(articleId, imageId, 'original');
    if (!original) throw new ServiceError('IMAGE_NOT_FOUND', `no image ${imageId} in article ${articleId}`);
    const { bytes, header } = readChecked(original);
    return {
      imageId,
      ...header,
      bytes: bytes.length,
      hasDisplayCopy: find(articleId, imageId, 'display') !== null,
    };
  }

  return {
    handlers: {
      'images.put': ({ articleId, original, display }) => {
        const bytes = Buffer.from(original, 'base64');
        if (bytes.length > MAX_IMAGE_BYTES) {
          throw new ServiceError('IMAGE_TOO_LARGE', `image of ${bytes.length} bytes exceeds ${MAX_IMAGE_BYTES}`);
        }
        const header = readImageHeader(bytes);
        if (!header) throw new ServiceError('IMAGE_UNREADABLE', 'not a JPEG, PNG, GIF or WebP image');
        const displayBytes = display ? Buffer.from(display, 'base64') : null;
        const displayHeader = displayBytes ? readImageHeader(displayBytes) : null;
        if (displayBytes && !displayHeader) throw new ServiceError('IMAGE_UNREADABLE', 'display copy is not an image');
        const imageId = randomUUID();
        const folder = folderOf(articleId);
        mkdirSync(folder, { recursive: true });
        if (displayBytes && displayHeader) {
          writeFileAtomic(join(folder, imageFileName(imageId, displayHeader.mime, 'display')), displayBytes);
        }
        writeFileAtomic(join(folder, imageFileName(imageId, header.mime, 'original')), bytes);
        return { imageId, ...header, bytes: bytes.length, hasDisplayCopy: displayBytes !== null };
      },
      'images.get': ({ articleId, imageId, variant }) => {
        const path = find(articleId, imageId, variant) ?? find(articleId, imageId, 'original');
        if (!path) throw new ServiceError('IMAGE_NOT_FOUND', `no image ${imageId} in article ${articleId}`);
        const { bytes, header } = readChecked(path);
        return { mime: header.mime, data: bytes.toString('base64') };
      },
      'images.putDisplay': ({ articleId, imageId, display }) => {
        const original = find(articleId, imageId, 'original');
        if (!original) throw new ServiceError('IMAGE_NOT_FOUND', `no image ${imageId} in article ${articleId}`);
        const bytes = Buffer.from(display, 'base64');
        const header = readImageHeader(bytes);
        if (!header) throw new ServiceError('IMAGE_UNREADABLE', 'display copy is not an image');
        writeFileAtomic(join(folderOf(articleId), imageFileName(imageId, header.mime, 'display')), bytes);
        return info(articleId, imageId);
      },
      'images.info': ({ articleId, imageId }) => info(articleId, imageId),
      'images.download': async ({ url }) => {
        const { bytes, fileName } = await downloadImage(url, options.download);
        const header = readImageHeader(bytes);
        if (!header) throw new ServiceError('IMAGE_UNREADABLE', `${url} is not a JPEG, PNG, GIF or WebP image`);
        return { mime: header.mime, data: bytes.toString('base64'), fileName };
      },
    },
    close() {},
  };
}

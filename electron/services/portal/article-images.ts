import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../../../common/api/errors';
import { readImageHeader } from '../images/image-header';
import type { ArticleImage, ImageSource } from './submission';

const extensions: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' };

/**
 * Reads the original of an article's image where the images service keeps it
 * (`<dataDir>/articles/<articleId>/images/<imageId>.<ext>`, see
 * electron/services/images). The portal always gets the original, never the
 * display copy.
 */
export function articleImagesIn(dataDir: string): ImageSource {
  return {
    read(articleId: string, imageId: string): ArticleImage {
      if (!/^[A-Za-z0-9_-]+$/.test(articleId) || !/^[a-z0-9-]+$/.test(imageId)) {
        throw new ServiceError('IMAGE_NOT_FOUND', `bad image reference ${articleId}/${imageId}`);
      }
      const folder = join(dataDir, 'articles', articleId, 'images');
      const name = existsSync(folder)
        ? readdirSync(folder).find((file) => file.startsWith(`${imageId}.`) && !file.slice(imageId.length + 1).includes('.'))
        : undefined;
      if (!name) throw new ServiceError('IMAGE_NOT_FOUND', `no image ${imageId} in article ${articleId}`);
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(folder, name));
      } catch (error) {
        throw new ServiceError('IMAGE_UNREADABLE', `cannot read ${name}: ${String(error)}`);
      }
      const header = readImageHeader(bytes);
      if (!header) throw new ServiceError('IMAGE_UNREADABLE', `${name} is not a known image`);
      return { bytes: new Uint8Array(bytes), mime: header.mime, extension: extensions[header.mime] ?? 'bin' };
    },
  };
}

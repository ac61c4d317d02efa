import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../../../common/api/errors';
import { MAX_IMAGE_BYTES, type ImageInfo, type imagesMethods } from '../../../common/api/images.api';
import type { Domain, ServiceContext } from '../context';
import { writeFileAtomic } from '../fs-atomic';
import { readImageHeader, type ImageHeader } from './image-header';
import { downloadImage, type DownloadOptions } from './images.download';

const extensions: Record<ImageHeader['mime'], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export { downloadLimits } from './images.download';

/**
 * Files: `<dataDir>/articles/<articleId>/images/<imageId>.<ext>` (the original,
 * byte for byte) and `<imageId>.display.<ext>` (the copy the editor shows).
 * Ids are checked by the contract's regexes, so they cannot leave the folder.
 */
export function createImagesDomain(
  ctx: ServiceContext,
  options: { download?: DownloadOptions } = {},
): Domain<keyof typeof imagesMethods> {
  const folderOf = (articleId: string) => join(ctx.dataDir, 'articles', articleId, 'images');

  function find(articleId: string, imageId: string, variant: 'display' | 'original'): string | null {
    const folder = folderOf(articleId);
    if (!existsSync(folder)) return null;
    const prefix = variant === 'display' ? `${imageId}.display.` : `${imageId}.`;
    const name = readdirSync(folder).find(
      (file) => file.startsWith(prefix) && (variant === 'display' || !file.slice(prefix.length).includes('.')),
    );
    return name ? join(folder, name) : null;
  }

  function readChecked(path: string): { bytes: Buffer; header: ImageHeader } {
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
          writeFileAtomic(join(folder, `${imageId}.display.${extensions[displayHeader.mime]}`), displayBytes);
        }
        writeFileAtomic(join(folder, `${imageId}.${extensions[header.mime]}`), bytes);
        return { imageId, ...header, bytes: bytes.length, hasDisplayCopy: displayBytes !== null };
      },
      'images.get': ({ articleId, imageId, variant }) => {
        const path = find(articleId, imageId, variant) ?? find(articleId, imageId, 'original');
        if (!path) throw new ServiceError('IMAGE_NOT_FOUND', `no image ${imageId} in article ${articleId}`);
        const { bytes, header } = readChecked(path);
        return { mime: header.mime, data: bytes.toString('base64') };
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

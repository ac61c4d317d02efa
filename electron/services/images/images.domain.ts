import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../../../common/api/errors';
import { MAX_IMAGE_BYTES, type ImageInfo, type imagesMethods } from '../../../common/api/images.api';
import type { Domain, ServiceContext } from '../context';
import { writeFileAtomic } from '../fs-atomic';
import { findImageFile, imageFileName, imageFolder, readImageFile as readChecked } from './image-files';
import { readImageHeader } from './image-header';

/** Limits of `images.download`. */
export interface DownloadLimits {
  timeoutMs: number;
  maxBytes: number;
}

export interface ImagesOptions {
  /** Tests lower these; production keeps the defaults (20 s, MAX_IMAGE_BYTES). */
  download?: Partial<DownloadLimits>;
}

/**
 * Stores pasted and inserted pictures in the layout of image-files.ts. Ids
 * are checked by the contract's regexes, so they cannot leave the folder.
 */
export function createImagesDomain(ctx: Pick<ServiceContext, 'dataDir'>, options: ImagesOptions = {}): Domain<keyof typeof imagesMethods> {
  const limits: DownloadLimits = { timeoutMs: 20_000, maxBytes: MAX_IMAGE_BYTES, ...options.download };
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
      'images.info': ({ articleId, imageId }) => info(articleId, imageId),
      'images.download': async ({ url }) => {
        const { bytes, fileName } = await download(url, limits);
        const header = readImageHeader(bytes);
        if (!header) throw new ServiceError('IMAGE_UNREADABLE', `${url} is not a JPEG, PNG, GIF or WebP image`);
        return { mime: header.mime, data: bytes.toString('base64'), fileName };
      },
    },
    close() {},
  };
}

/**
 * GETs an image a pasted page refers to: http(s) only, no cookies, redirects
 * followed (fetch refuses non-http(s) targets), at most `maxBytes` read.
 */
async function download(url: string, limits: DownloadLimits): Promise<{ bytes: Buffer; fileName: string }> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new ServiceError('IMAGE_DOWNLOAD_FAILED', `not a URL: ${url.slice(0, 200)}`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new ServiceError('IMAGE_DOWNLOAD_FAILED', `only http and https images can be downloaded, not ${target.protocol}`);
  }
  const { timeoutMs, maxBytes } = limits;
  const tooLarge = (size: number) =>
    new ServiceError('IMAGE_TOO_LARGE', `image at ${target.href} has more than ${maxBytes} bytes (${size})`);

  let response: Response;
  try {
    response = await fetch(target, {
      method: 'GET',
      headers: { accept: 'image/*' },
      redirect: 'follow',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw downloadFailure(error, target.href, timeoutMs);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new ServiceError('IMAGE_DOWNLOAD_FAILED', `GET ${target.href}: HTTP ${response.status}`);
  }
  const declared = response.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(Number(declared));
  }

  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw downloadFailure(error, target.href, timeoutMs);
      }
      if (chunk.done) break;
      total += chunk.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(total);
      }
      chunks.push(chunk.value);
    }
  }
  return { bytes: Buffer.concat(chunks, total), fileName: lastSegment(target) };
}

function downloadFailure(error: unknown, href: string, timeoutMs: number): ServiceError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ServiceError('IMAGE_DOWNLOAD_FAILED', `GET ${href}: no complete answer within ${timeoutMs} ms`);
  }
  const cause = error instanceof Error ? (error.cause as { message?: string } | undefined) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return new ServiceError('IMAGE_DOWNLOAD_FAILED', `GET ${href}: ${message}${cause?.message ? ` (${cause.message})` : ''}`);
}

/** The URL's last path segment, decoded, as a file name (or ''). */
function lastSegment(url: URL): string {
  const segment = url.pathname.split('/').pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(segment);
  } catch {
    name = segment;
  }
  return name.slice(0, 300);
}

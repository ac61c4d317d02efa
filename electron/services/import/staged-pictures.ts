import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ServiceError } from '../../../common/api/errors';
import type { ImageInfo, ImageMime } from '../../../common/api/images.api';
import { open } from 'node:fs/promises';
import { imageExtensions, imageFileName, imageFolder, readImageFile } from '../images/image-files';

/**
 * The pictures of a Word file between `import.file` and `import.adopt`:
 * `<dataDir>/imports/<importId>/<n>.<ext>`, written (and flushed) only once
 * the whole file was read, so a bad file leaves nothing. Adopting renames them
 * into the article's images folder (image-files.ts), so their bytes cross no
 * transport and are written once. A file chosen and never adopted (the window
 * closed meanwhile) is swept at the next import after an hour.
 */
const SWEEP_AFTER_MS = 60 * 60 * 1000;

const stagingRoot = (dataDir: string) => join(dataDir, 'imports');
const mimeOfExtension = new Map(Object.entries(imageExtensions).map(([mime, ext]) => [ext, mime as ImageMime]));

export async function stagePictures(dataDir: string, pictures: readonly { mime: ImageMime; bytes: Uint8Array }[]): Promise<string | null> {
  sweepStaged(dataDir);
  if (pictures.length === 0) return null;
  const importId = randomUUID();
  const folder = join(stagingRoot(dataDir), importId);
  mkdirSync(folder, { recursive: true });
  try {
    // Written and flushed several at a time: one flush after another was a third of reading the file.
    let next = 0;
    const writer = async () => {
      for (let n = next++; n < pictures.length; n = next++) {
        await writeFlushed(join(folder, `${n}.${imageExtensions[pictures[n]!.mime]}`), pictures[n]!.bytes);
      }
    };
    await Promise.all([writer(), writer(), writer(), writer()]);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return importId;
}

/** A new file in a folder of our own: written and flushed (no temporary name needed; adoption renames it). */
async function writeFlushed(path: string, bytes: Uint8Array): Promise<void> {
  const file = await open(path, 'wx', 0o600);
  try {
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** The staged pictures become the article's images, in their order; the staging folder goes. */
export function adoptPictures(dataDir: string, importId: string, articleId: string): ImageInfo[] {
  const folder = join(stagingRoot(dataDir), importId);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /^\d+\.[a-z]+$/.test(name));
  } catch {
    throw new ServiceError('IMAGE_NOT_FOUND', `no staged pictures ${importId}`);
  }
  names.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const target = imageFolder(dataDir, articleId);
  mkdirSync(target, { recursive: true });
  const images = names.map((name) => {
    const mime = mimeOfExtension.get(name.slice(name.indexOf('.') + 1));
    if (!mime) throw new ServiceError('IMAGE_UNREADABLE', `staged ${name} is not a picture`);
    const from = join(folder, name);
    const { bytes, header } = readImageFile(from);
    const imageId = randomUUID();
    renameSync(from, join(target, imageFileName(imageId, mime, 'original')));
    return { imageId, ...header, bytes: bytes.length, hasDisplayCopy: false };
  });
  // The renames last once the folder is on disk (the bytes were flushed when staged).
  syncFolder(target);
  rmSync(folder, { recursive: true, force: true });
  return images;
}

function syncFolder(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems cannot flush a directory; the files themselves are flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function sweepStaged(dataDir: string): void {
  const root = stagingRoot(dataDir);
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  const now = Date.now();
  for (const entry of entries) {
    const path = join(root, entry);
    try {
      if (now - statSync(path).mtimeMs > SWEEP_AFTER_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to remove: the next sweep tries again.
    }
  }
}

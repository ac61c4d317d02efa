import { ServiceError } from '../../../common/api/errors';
import { MAX_IMPORT_BYTES, type importMethods } from '../../../common/api/import.api';
import type { Domain, ServiceContext } from '../context';
import { readDocx } from './docx';
import { adoptPictures, stagePictures } from './staged-pictures';
import { readTextFile } from './text-file';
import type { UploadStore } from './uploads';
import { warmUpDocx } from './warm-up';

/** How long after the services start the Word reader is warmed up (warm-up.ts): after the first screen's own calls. */
const WARM_UP_AFTER_MS = 2_000;

/**
 * `import.file`: a Word or text file read into the parts of a new article.
 * Reads only the bytes it is given and touches no article (the UI creates
 * it), so a bad file leaves everything as it was; the pictures of a good one
 * wait in the data folder until `import.adopt` gives them to the article.
 */
export function createImportDomain(
  ctx: Pick<ServiceContext, 'dataDir'>,
  uploads?: UploadStore,
  options: { warmUpAfterMs?: number | null } = {},
): Domain<keyof typeof importMethods> {
  const delay = options.warmUpAfterMs === undefined ? WARM_UP_AFTER_MS : options.warmUpAfterMs;
  const warmUp = delay === null ? null : setTimeout(() => void warmUpDocx().catch(() => undefined), delay);
  warmUp?.unref?.();
  return {
    handlers: {
      'import.file': async ({ fileName, data, upload }) => {
        const bytes = upload !== undefined ? uploads?.take(upload) : Buffer.from(data ?? '', 'base64');
        if (!bytes) throw new ServiceError('IMPORT_UPLOAD_GONE', `${fileName}: no upload ${upload}`);
        if (bytes.length > MAX_IMPORT_BYTES) {
          throw new ServiceError('IMPORT_TOO_LARGE', `${fileName}: ${bytes.length} bytes, more than ${MAX_IMPORT_BYTES}`);
        }
        if (/\.txt$/i.test(fileName)) return readTextFile(fileName, bytes);
        return readDocx(fileName, bytes, (pictures) => stagePictures(ctx.dataDir, pictures));
      },
      'import.adopt': ({ importId, articleId }) => ({ images: adoptPictures(ctx.dataDir, importId, articleId) }),
    },
    close() {
      if (warmUp) clearTimeout(warmUp);
    },
  };
}

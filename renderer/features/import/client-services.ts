import { call, upload } from '../../services/client';
import { fromBase64, toBase64 } from '../../../common/api/base64';
import { ArticleImages } from '../editor/image-store';
import type { ImportServices } from './import-article';

/** The import through the contract (both transports). */
export const clientImportServices: ImportServices = {
  // The browser host takes the bytes as they are (base64 in a JSON frame cost more than reading the file);
  // through the desktop app's IPC, or if the upload failed, they travel as base64 in the call.
  read: async (fileName, bytes) => {
    const id = await upload(bytes);
    return call('import.file', id ? { fileName, upload: id } : { fileName, data: toBase64(bytes) });
  },
  create: () => call('drafts.create', {}),
  open: async (id) => fromBase64((await call('drafts.open', { id })).state),
  append: async (id, update) => {
    await call('drafts.append', { id, update: toBase64(update) });
  },
  adopt: async (importId, articleId) => (await call('import.adopt', { importId, articleId })).images.map((image) => image.imageId),
  addDisplayCopy: (articleId, imageId) => new ArticleImages(articleId).addDisplayCopy(imageId),
  discard: async (id) => {
    await call('drafts.trash', { id });
    await call('drafts.deleteForever', { id });
  },
};

/** Notices for the editor of a just-opened file ("converted from TCVN3"), taken once. */
const notices = new Map<string, string>();
export function leaveImportNotice(articleId: string, message: string): void {
  notices.set(articleId, message);
}
export function takeImportNotice(articleId: string): string | null {
  const message = notices.get(articleId) ?? null;
  notices.delete(articleId);
  return message;
}

import * as Y from 'yjs';
import { zipSync } from 'fflate';
import { fromBase64, toBase64 } from '../../../common/api/base64';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import { deriveArticle } from '../../../common/article/derive';
import { call } from '../../services/client';
import { vi } from '../../i18n/vi';
import { downloadBlob, fileNameFor } from '../editor/export/article-parts';
import { ArticleImages } from '../editor/image-store';

/**
 * What the list does to several articles at once. Each article is done on
 * its own; the ids that failed come back with the first error, so the
 * rest still happen and the user is told which did not.
 */
export interface BulkResult {
  done: string[];
  failed: string[];
  error: unknown;
}

async function each(ids: string[], act: (id: string) => Promise<unknown>, onProgress?: (done: number) => void): Promise<BulkResult> {
  const result: BulkResult = { done: [], failed: [], error: null };
  for (const id of ids) {
    try {
      await act(id);
      result.done.push(id);
    } catch (error) {
      result.failed.push(id);
      result.error ??= error;
    }
    onProgress?.(result.done.length + result.failed.length);
  }
  return result;
}

async function openDoc(id: string): Promise<Y.Doc> {
  const { state } = await call('drafts.open', { id });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fromBase64(state));
  return doc;
}

export function trashArticles(ids: string[]): Promise<BulkResult> {
  return each(ids, (id) => call('drafts.trash', { id }));
}

export function restoreArticles(ids: string[]): Promise<BulkResult> {
  return each(ids, (id) => call('drafts.restore', { id }));
}

/** Sets the category in each article's document, as the editor's meta panel does (one Yjs update each). */
export function changeCategory(ids: string[], category: string): Promise<BulkResult> {
  return each(ids, async (id) => {
    const doc = await openDoc(id);
    try {
      const before = Y.encodeStateVector(doc);
      doc.getMap<unknown>(META_MAP).set(metaKeys.category, category);
      await call('drafts.append', { id, update: toBase64(Y.encodeStateAsUpdate(doc, before)) });
    } finally {
      doc.destroy();
    }
  });
}

/**
 * Word files of the articles, made by the editor's own export: one article
 * gives its .docx, several give one .zip of them (one download, not a dialog
 * per file).
 */
export async function exportDocx(ids: string[], onProgress: (done: number) => void): Promise<BulkResult> {
  const { articleToDocx } = await import('../editor/export/export-docx');
  const { docxImageLoader } = await import('../editor/export/docx-images');
  const files: Array<{ name: string; blob: Blob }> = [];
  const result = await each(
    ids,
    async (id) => {
      const doc = await openDoc(id);
      try {
        const blob = await articleToDocx(doc, docxImageLoader(new ArticleImages(id)));
        files.push({ name: fileNameFor(deriveArticle(doc).title, vi.editor.export.untitled, 'docx'), blob });
      } finally {
        doc.destroy();
      }
    },
    onProgress,
  );
  if (files.length === 1) downloadBlob(files[0]!.blob, files[0]!.name);
  if (files.length > 1) {
    const entries: Record<string, Uint8Array> = {};
    for (const file of files) entries[uniqueName(entries, file.name)] = new Uint8Array(await file.blob.arrayBuffer());
    // .docx is already compressed: store the files as they are.
    const zip = zipSync(entries, { level: 0 });
    downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), `bai-viet-${files.length}.zip`);
  }
  return result;
}

function uniqueName(taken: Record<string, unknown>, name: string): string {
  if (!(name in taken)) return name;
  const dot = name.lastIndexOf('.');
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
    if (!(candidate in taken)) return candidate;
  }
}

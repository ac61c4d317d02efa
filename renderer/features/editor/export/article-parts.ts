import type * as Y from 'yjs';
import { META_MAP } from '../../../../common/article/layout';
import { articleSapoText, articleTitleText } from '../../../../common/article/to-html';
import { articleMeta, type ArticleMeta } from '../../../../common/article/meta';

/** What every export and the print preview show around the body. */
export interface ArticleParts {
  title: string;
  sapo: string;
  meta: ArticleMeta;
}

export function articleParts(doc: Y.Doc): ArticleParts {
  return { title: articleTitleText(doc), sapo: articleSapoText(doc), meta: articleMeta(doc.getMap(META_MAP)) };
}

/** A file name from the title: Vietnamese letters folded to ASCII, so every system can open it. */
export function fileNameFor(title: string, fallback: string, extension: string): string {
  const base = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return `${base || fallback}.${extension}`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

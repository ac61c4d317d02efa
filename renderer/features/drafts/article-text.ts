import * as Y from 'yjs';
import { deriveArticle } from '../../../common/article/derive';
import type { ArticleText } from '../../../common/api/drafts.api';

/** Decodes the base64 that crosses the contract. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Plain text of an article's Yjs state, for the read-only view. */
export function articleTextOf(state: string): ArticleText {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, base64ToBytes(state));
    const d = deriveArticle(doc);
    return { title: d.title, sapo: d.sapo, byline: d.byline, body: d.body };
  } finally {
    doc.destroy();
  }
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString('vi-VN', { dateStyle: 'short', timeStyle: 'short' });
}

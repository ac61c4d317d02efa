import * as Y from 'yjs';
import { deriveArticle } from '../../../common/article/derive';
import { fromBase64 } from '../../../common/api/base64';
import type { ArticleText } from '../../../common/api/drafts.api';

/** Plain text of an article's Yjs state, for the read-only view. */
export function articleTextOf(state: string): ArticleText {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, fromBase64(state));
    const d = deriveArticle(doc);
    return { title: d.title, sapo: d.sapo, byline: d.byline, body: d.body };
  } finally {
    doc.destroy();
  }
}

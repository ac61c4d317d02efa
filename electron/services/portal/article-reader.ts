import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { ServiceError } from '../../../common/api/errors';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import { ArticleStatus } from '../../../common/article/model';
import { DraftsStore } from '../../db/drafts-store';
import { buildDoc } from '../drafts/article-docs';

/** What the portal reads of a draft: its merged Yjs state, as the drafts service stores it. */
export interface ArticleSnapshot {
  state: Uint8Array;
  title: string;
  status: ArticleStatus;
  trashed: boolean;
}

export interface ArticleReader {
  /** Throws DRAFT_NOT_FOUND. */
  read(articleId: string): ArticleSnapshot;
}

/** Reads through the drafts engineer's store (electron/db/drafts-store.ts), never writing. */
export function draftsArticleReader(db: Database): ArticleReader {
  const store = new DraftsStore(db);
  return {
    read(articleId) {
      const row = store.getArticle(articleId);
      if (!row) throw new ServiceError('DRAFT_NOT_FOUND', `no article ${articleId}`);
      const { snapshot, updates } = store.docParts(articleId);
      const doc = buildDoc([...(snapshot ? [snapshot.data] : []), ...updates.map((u) => u.data)]);
      // The status the portal checks is the document's, not the list's copy.
      const status = ArticleStatus.safeParse(doc.getMap<unknown>(META_MAP).get(metaKeys.status));
      return {
        state: Y.encodeStateAsUpdate(doc),
        title: row.title,
        status: status.success ? status.data : 'draft',
        trashed: row.trashed_at !== null,
      };
    },
  };
}

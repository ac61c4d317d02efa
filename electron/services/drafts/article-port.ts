/**
 * What the drafts service offers other services that read articles (the
 * portal): a copy of an article as it is committed now. Readers never open
 * the drafts store themselves.
 */
import * as Y from 'yjs';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import { ArticleStatus } from '../../../common/article/model';
import type { DraftsService } from './drafts.service';

export interface ArticleCopy {
  /** The merged Yjs state of everything committed. */
  state: Uint8Array;
  title: string;
  /** As the document says (the drafts service writes it there in the same update as the list's column). */
  status: ArticleStatus;
  trashed: boolean;
}

export interface ArticlePort {
  /** Throws DRAFT_NOT_FOUND. */
  read(articleId: string): ArticleCopy;
}

export function articlePortOf(drafts: DraftsService): ArticlePort {
  return {
    read(articleId) {
      const summary = drafts.summary(articleId);
      const { doc } = drafts.article(articleId);
      const inDoc = ArticleStatus.safeParse(doc.getMap<unknown>(META_MAP).get(metaKeys.status));
      return {
        state: Y.encodeStateAsUpdate(doc),
        title: summary.title,
        status: inDoc.success ? inDoc.data : summary.status,
        trashed: summary.trashedAt !== null,
      };
    },
  };
}

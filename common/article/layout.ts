import * as Y from 'yjs';

/**
 * The Yjs layout of one article. Every article is one Y.Doc:
 *
 * - `title`, `sapo`, `body`: Y.XmlFragment each, edited by TipTap's
 *   Collaboration extension. Title and sapo use the same engine as the body
 *   (so spellcheck and review cover them) with a one-block schema.
 * - `meta`: Y.Map with the keys below.
 *
 * Later: `comments` and `review` (Y.Map / Y.Array) for the board's review.
 * Names here are persisted in users' databases: never rename, only add.
 */
export const TITLE_FRAGMENT = 'title';
export const SAPO_FRAGMENT = 'sapo';
export const BODY_FRAGMENT = 'body';
export const META_MAP = 'meta';
/**
 * Y.Array of moved letters: `[rootClient, rootClock, copyClient, copyClock, length]` entries, appended by
 * the editor when one transaction deletes letters another writer typed and writes the same letters again
 * elsewhere (an Enter or a join re-creates a paragraph part: Yjs has no move), and when an undo restores
 * them. The writer's undo follows it to the copies (renderer/editor/extensions/moved-letters, common/article/moves.ts).
 */
export const MOVES_ARRAY = 'moves';

export const metaKeys = {
  byline: 'byline', // string, e.g. "Ngọc Diệu - Chí Tâm"
  category: 'category', // string: one of Settings.categories
  kind: 'kind', // ArticleKind
  tags: 'tags', // string[] (plain JSON array value)
  featuredImage: 'featuredImage', // FeaturedImage | null
  source: 'source', // string
  status: 'status', // ArticleStatus: written only by the drafts service
  spellIgnore: 'spellIgnore', // string[]: words the spellchecker skips in this article
  importedFrom: 'importedFrom', // string: name of the Word or text file the article was opened from
} as const;
export type MetaKey = (typeof metaKeys)[keyof typeof metaKeys];

/**
 * A new article's fragments, each with its first empty paragraph. Written
 * once, by the service that creates the article: an editor opening an empty
 * fragment writes a first paragraph itself, and two editors doing that at
 * the same time would leave the title (or sapo, or body) with two.
 */
export function seedArticle(doc: Y.Doc): void {
  doc.transact(() => {
    for (const name of [TITLE_FRAGMENT, SAPO_FRAGMENT, BODY_FRAGMENT]) {
      const fragment = doc.getXmlFragment(name);
      if (fragment.length === 0) fragment.insert(0, [new Y.XmlElement('paragraph')]);
    }
  });
}

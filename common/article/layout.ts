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

export const metaKeys = {
  byline: 'byline', // string, e.g. "Ngọc Diệu - Chí Tâm"
  category: 'category', // string: one of Settings.categories
  kind: 'kind', // ArticleKind
  tags: 'tags', // string[] (plain JSON array value)
  featuredImage: 'featuredImage', // FeaturedImage | null
  source: 'source', // string
  status: 'status', // ArticleStatus: written only by the drafts service
  spellIgnore: 'spellIgnore', // string[]: words the spellchecker skips in this article
} as const;
export type MetaKey = (typeof metaKeys)[keyof typeof metaKeys];

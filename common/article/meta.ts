import { z } from 'zod';
import type * as Y from 'yjs';
import { metaKeys } from './layout';
import { ArticleKind, FeaturedImage } from './model';

/**
 * The article's meta fields (the `meta` map, see layout.ts), with one rule
 * for every reader. Each field is read on its own and defensively: a value
 * written by another version or by hand falls back to its default and never
 * breaks a reader. `status` and `spellIgnore` are not meta in this sense
 * (the drafts service and the spellchecker own them).
 */
const text = z.string().catch('');
export const ArticleMeta = z.object({
  byline: text,
  category: text,
  kind: ArticleKind.catch('tin'),
  tags: z
    .array(z.unknown())
    .catch([])
    .transform((list) => list.filter((t): t is string => typeof t === 'string')),
  featuredImage: FeaturedImage.nullable().catch(null),
  source: text,
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/**
 * The meta exactly as stored, for the editor's own fields: an input bound to
 * the byline must keep the space the user just typed.
 */
export function storedMeta(map: Y.Map<unknown>): ArticleMeta {
  return ArticleMeta.parse({
    byline: map.get(metaKeys.byline),
    category: map.get(metaKeys.category),
    kind: map.get(metaKeys.kind),
    tags: map.get(metaKeys.tags),
    featuredImage: map.get(metaKeys.featuredImage),
    source: map.get(metaKeys.source),
  });
}

/**
 * The meta as everything outside those fields reads it (lists and search,
 * exports, the portal): text in NFC and trimmed, tags without blanks or
 * repeats.
 */
export function articleMeta(map: Y.Map<unknown>): ArticleMeta {
  const meta = storedMeta(map);
  const clean = (value: string) => value.normalize('NFC').trim();
  return {
    byline: clean(meta.byline),
    category: clean(meta.category),
    kind: meta.kind,
    tags: [...new Set(meta.tags.map(clean).filter(Boolean))],
    featuredImage: meta.featuredImage && { ...meta.featuredImage, caption: clean(meta.featuredImage.caption) },
    source: clean(meta.source),
  };
}

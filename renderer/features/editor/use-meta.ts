import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import { ArticleKind, FeaturedImage } from '../../../common/article/model';

export interface ArticleMeta {
  byline: string;
  category: string;
  kind: ArticleKind;
  tags: string[];
  featuredImage: FeaturedImage | null;
  source: string;
}

/** Reads the meta map defensively: a value written by another version or by hand never breaks the editor. */
export function readMeta(map: Y.Map<unknown>): ArticleMeta {
  const str = (key: string) => {
    const v = map.get(key);
    return typeof v === 'string' ? v : '';
  };
  const kind = ArticleKind.safeParse(map.get(metaKeys.kind));
  const tags = map.get(metaKeys.tags);
  const image = FeaturedImage.safeParse(map.get(metaKeys.featuredImage));
  return {
    byline: str(metaKeys.byline),
    category: str(metaKeys.category),
    kind: kind.success ? kind.data : 'tin',
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
    featuredImage: image.success ? image.data : null,
    source: str(metaKeys.source),
  };
}

/** The article's meta fields, live, and a setter that writes them into the Y.Doc. */
export function useMeta(doc: Y.Doc): [ArticleMeta, <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K]) => void] {
  const map = doc.getMap<unknown>(META_MAP);
  const subscribe = useCallback(
    (notify: () => void) => {
      map.observe(notify);
      return () => map.unobserve(notify);
    },
    [map],
  );
  // useSyncExternalStore needs a stable snapshot: cache it per map change.
  const snapshot = useCallback(() => cachedMeta(map), [map]);
  const meta = useSyncExternalStore(subscribe, snapshot);
  const set = useCallback(
    <K extends keyof ArticleMeta>(key: K, value: ArticleMeta[K]) => {
      map.set(metaKeys[key], value);
    },
    [map],
  );
  return [meta, set];
}

const cache = new WeakMap<Y.Map<unknown>, { version: string; meta: ArticleMeta }>();
function cachedMeta(map: Y.Map<unknown>): ArticleMeta {
  const version = JSON.stringify(map.toJSON());
  const hit = cache.get(map);
  if (hit && hit.version === version) return hit.meta;
  const meta = readMeta(map);
  cache.set(map, { version, meta });
  return meta;
}

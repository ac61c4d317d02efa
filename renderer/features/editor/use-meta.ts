import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import { storedMeta, type ArticleMeta } from '../../../common/article/meta';

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
  const meta = storedMeta(map);
  cache.set(map, { version, meta });
  return meta;
}

import * as Y from 'yjs';
import { BODY_FRAGMENT, META_MAP, SAPO_FRAGMENT, TITLE_FRAGMENT, metaKeys } from '../../../common/article/layout';
import { deriveArticle, type DerivedArticle } from '../../../common/article/derive';
import { foldVietnamese, vietnameseSortKey } from '../../../common/article/fold';
import type { DerivedColumns, SearchColumns } from '../../db/drafts-store';

const FRAGMENTS = [TITLE_FRAGMENT, SAPO_FRAGMENT, BODY_FRAGMENT] as const;

/** A Y.Doc with the article layout's root types defined, then `parts` applied in order. */
export function buildDoc(parts: Iterable<Uint8Array>): Y.Doc {
  const doc = new Y.Doc();
  for (const name of FRAGMENTS) doc.getXmlFragment(name);
  doc.getMap(META_MAP);
  doc.transact(() => {
    for (const part of parts) Y.applyUpdate(doc, part);
  });
  return doc;
}

/** Runs `change` on the doc and returns the Yjs update it produced (empty array if none). */
export function captureUpdate(doc: Y.Doc, change: () => void): Uint8Array | null {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  doc.on('update', listener);
  try {
    doc.transact(change, 'drafts-service');
  } finally {
    doc.off('update', listener);
  }
  if (updates.length === 0) return null;
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}

/**
 * Makes `doc`'s content equal to `source`'s: every fragment's children are
 * replaced by copies and every meta key set as in `source`, except `status`
 * (where the article stands in the newsroom's flow is not part of its text).
 */
export function replaceContent(doc: Y.Doc, source: Y.Doc): void {
  for (const name of FRAGMENTS) {
    const target = doc.getXmlFragment(name);
    if (target.length > 0) target.delete(0, target.length);
    const copies = source
      .getXmlFragment(name)
      .toArray()
      .map((node) => node.clone());
    if (copies.length) target.insert(0, copies as Array<Y.XmlElement | Y.XmlText>);
  }
  const meta = doc.getMap<unknown>(META_MAP);
  const from = source.getMap<unknown>(META_MAP);
  for (const key of [...meta.keys()]) {
    if (key !== metaKeys.status && !from.has(key)) meta.delete(key);
  }
  for (const [key, value] of from.entries()) {
    if (key === metaKeys.status || value instanceof Y.AbstractType) continue;
    meta.set(key, structuredClone(value));
  }
}

export function derivedColumns(d: DerivedArticle): DerivedColumns {
  return {
    title: d.title,
    titleKey: vietnameseSortKey(d.title),
    sapo: d.sapo,
    byline: d.byline,
    category: d.category,
    kind: d.kind,
    status: d.status,
    wordCount: d.wordCount,
    bodyText: d.body,
  };
}

export function searchColumns(d: DerivedArticle): SearchColumns {
  return {
    title: foldVietnamese(d.title),
    sapo: foldVietnamese(d.sapo),
    byline: foldVietnamese(d.byline),
    body: foldVietnamese(d.body),
  };
}

export { deriveArticle };

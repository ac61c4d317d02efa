import type { Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { listBackups } from '../../db/backups';
import { isIntact } from '../../db/checksum';
import { articleStateIn } from '../../db/salvage';
import { BODY_FRAGMENT, META_MAP, SAPO_FRAGMENT, TITLE_FRAGMENT, metaKeys } from '../../../common/article/layout';
import { deriveArticle, type DerivedArticle } from '../../../common/article/derive';
import { foldVietnamese, vietnameseSortKey } from '../../../common/article/fold';
import type { DerivedColumns, SearchColumns, StoredUpdate } from '../../db/drafts-store';

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

/**
 * An article's document from its stored pieces, each checked: the snapshot
 * if its checksum holds, then the updates in order up to the first one that
 * fails its checksum or does not apply (later ones may build on it).
 * `updates` are the ones applied; `lost` counts the pieces left out.
 */
export function loadArticleDoc(parts: {
  snapshot: { data: Uint8Array; crc: number | null } | null;
  updates: StoredUpdate[];
}): { doc: Y.Doc; updates: StoredUpdate[]; lost: number } {
  const doc = buildDoc([]);
  let lost = 0;
  const apply = (data: Uint8Array) => {
    try {
      Y.applyUpdate(doc, data);
      return true;
    } catch {
      return false;
    }
  };
  if (parts.snapshot && !(isIntact(parts.snapshot.data, parts.snapshot.crc) && apply(parts.snapshot.data))) lost++;
  const applied: StoredUpdate[] = [];
  for (const update of parts.updates) {
    if (!isIntact(update.data, update.crc) || !apply(update.data)) break;
    applied.push(update);
  }
  lost += parts.updates.length - applied.length;
  return { doc, updates: applied, lost };
}

/** The newest backup's copy of an article (checked piece by piece), or null. */
export function newestCopyInBackups(backupDir: string, articleId: string): Uint8Array | null {
  for (const backup of listBackups(backupDir)) {
    const state = articleStateIn(backup.path, articleId);
    if (state) return state;
  }
  return null;
}

/** Copies the whole database to `corrupt/` before a salvage writes to it; returns the copy's path. */
export function copyAside(db: Database, dataDir: string, articleId: string): string {
  const dir = join(dataDir, 'corrupt');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const path = join(dir, `toasoan-${stamp}-before-repair-${articleId.slice(0, 8)}.db`);
  db.prepare('VACUUM INTO ?').run(path);
  return path;
}

/**
 * Runs `change` on the doc in one transaction of `origin` and returns the Yjs
 * update it produced (null if none): exactly what the doc gained, e.g. from
 * several updates applied inside `change`, of which parts it already had.
 */
export function captureUpdate(doc: Y.Doc, change: () => void, origin: unknown = 'drafts-service'): Uint8Array | null {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  doc.on('update', listener);
  try {
    doc.transact(change, origin);
  } finally {
    doc.off('update', listener);
  }
  if (updates.length === 0) return null;
  return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}

/**
 * What the document waits for before it can integrate everything it was given:
 * for each client, the clock it must reach. Yjs keeps an update whose items
 * build on changes not yet here (pending structs), and deletions of items not
 * yet here (a pending delete set, e.g. a hub that relays a deletion before the
 * insertion it deletes). Both resolve when the missing changes arrive.
 */
export function unmetDependencies(doc: Y.Doc): Map<number, number> {
  const needs = new Map<number, number>();
  const need = (client: number, clock: number) => needs.set(client, Math.max(needs.get(client) ?? 0, clock));
  const pending = doc.store.pendingStructs;
  if (pending) for (const [client, clock] of pending.missing) need(client, clock + 1);
  if (doc.store.pendingDs) {
    const have = Y.decodeStateVector(Y.encodeStateVector(doc));
    for (const [client, ranges] of Y.decodeUpdate(doc.store.pendingDs).ds.clients) {
      for (const range of ranges) {
        if (range.clock + range.len > (have.get(client) ?? 0)) need(client, range.clock + range.len);
      }
    }
  }
  return needs;
}

/** Whether `doc` lacks a change (an integrated item) that `other` has. */
export function lacksChangesOf(doc: Y.Doc, other: Y.Doc): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(other))) if (clock > (have.get(client) ?? 0)) return true;
  return false;
}

/** Whether `after` waits for a change `before` did not already wait for. */
export function needsMoreThan(after: Map<number, number>, before: Map<number, number>): boolean {
  for (const [client, clock] of after) if (clock > (before.get(client) ?? 0)) return true;
  return false;
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

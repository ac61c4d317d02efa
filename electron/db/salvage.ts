import BetterSqlite3, { type Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { checksum, intactPrefix, isIntact } from './checksum';

/** Tables worth carrying from a damaged database, parents first. The search index is rebuilt instead. */
const TABLES = ['articles', 'doc_snapshots', 'doc_updates', 'doc_versions', 'outbox', 'portal_posts'] as const;
const SLICE = 200;

export interface SalvageCounts {
  articles: number;
  updates: number;
  versions: number;
  outbox: number;
}

function columnsOf(db: Database, table: string): string[] {
  try {
    return (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
  } catch {
    return [];
  }
}

/**
 * Copies every row that still reads from `source` (a damaged database) into
 * `target` (freshly migrated), table by table, in slices by rowid: a slice
 * that fails is retried row by row, and rows that fail alone are skipped.
 * Articles come back with `derived_seq = 0`, so their list fields and search
 * text are derived again from their documents. Returns what came back.
 */
export function salvageInto(source: Database, target: Database): SalvageCounts {
  const counts: SalvageCounts = { articles: 0, updates: 0, versions: 0, outbox: 0 };
  const fk = target.pragma('foreign_keys', { simple: true });
  target.pragma('foreign_keys = OFF');
  try {
    for (const table of TABLES) {
      const targetColumns = new Set(columnsOf(target, table));
      const columns = columnsOf(source, table).filter((c) => targetColumns.has(c));
      if (columns.length === 0) continue;
      const list = columns.join(', ');
      const insert = target.prepare(
        `INSERT OR IGNORE INTO ${table} (${list}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      let copied = 0;
      const put = (rows: Array<Record<string, unknown>>) =>
        target.transaction(() => {
          for (const row of rows) {
            if (table === 'articles') row.derived_seq = 0;
            if (table === 'articles' && !((row.log_seq as number) > 0)) row.log_seq = 1;
            copied += insert.run(row).changes;
          }
        })();
      forEachReadableRow(source, table, list, put);
      if (table === 'articles') counts.articles = copied;
      if (table === 'doc_updates') counts.updates = copied;
      if (table === 'doc_versions') counts.versions = copied;
      if (table === 'outbox') counts.outbox = copied;
    }
    // Pieces whose article did not come back have nothing to belong to.
    target.exec(`
      DELETE FROM doc_updates WHERE article_id NOT IN (SELECT id FROM articles);
      DELETE FROM doc_snapshots WHERE article_id NOT IN (SELECT id FROM articles);
      DELETE FROM doc_versions WHERE article_id NOT IN (SELECT id FROM articles);
    `);
  } finally {
    target.pragma(`foreign_keys = ${fk ? 'ON' : 'OFF'}`);
  }
  return counts;
}

function forEachReadableRow(
  source: Database,
  table: string,
  list: string,
  put: (rows: Array<Record<string, unknown>>) => void,
): void {
  let maxRowid = 0;
  try {
    maxRowid = (source.prepare(`SELECT max(rowid) AS m FROM ${table}`).get() as { m: number | null }).m ?? 0;
  } catch {
    maxRowid = Number.MAX_SAFE_INTEGER;
  }
  const slice = source.prepare(`SELECT rowid AS _rowid_, ${list} FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ${SLICE}`);
  const one = source.prepare(`SELECT ${list} FROM ${table} WHERE rowid = ?`);
  let after = 0;
  let failures = 0;
  while (after < maxRowid && failures < 10_000) {
    let rows: Array<Record<string, unknown>>;
    try {
      rows = slice.all(after) as Array<Record<string, unknown>>;
    } catch {
      // A damaged page in this range: read it row by row, skipping what fails.
      const end = Math.min(after + SLICE, maxRowid);
      const found: Array<Record<string, unknown>> = [];
      for (let rowid = after + 1; rowid <= end; rowid++) {
        try {
          const row = one.get(rowid) as Record<string, unknown> | undefined;
          if (row) found.push(row);
        } catch {
          failures++;
        }
      }
      put(found);
      after = end;
      if (maxRowid === Number.MAX_SAFE_INTEGER && found.length === 0) failures += SLICE;
      continue;
    }
    if (rows.length === 0) break;
    after = rows.at(-1)!._rowid_ as number;
    put(rows.map(({ _rowid_, ...rest }) => rest));
  }
}

/**
 * An article's document as another copy of the database holds it (a backup),
 * checked piece by piece: the snapshot if intact, then the intact prefix of
 * its updates. Null when that copy has no readable trace of the article.
 */
export function articleStateIn(path: string, articleId: string): Uint8Array | null {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    const snap = db.prepare('SELECT state AS data, crc FROM doc_snapshots WHERE article_id = ?').get(articleId) as
      | { data: Uint8Array; crc: number | null }
      | undefined;
    const rows = db.prepare('SELECT data, crc FROM doc_updates WHERE article_id = ? ORDER BY id').all(articleId) as Array<{
      data: Uint8Array;
      crc: number | null;
    }>;
    const parts = [...(snap && isIntact(snap.data, snap.crc) ? [snap.data] : []), ...intactPrefix(rows).intact.map((r) => r.data)];
    if (parts.length === 0) return null;
    const doc = new Y.Doc();
    for (const part of parts) {
      try {
        Y.applyUpdate(doc, part);
      } catch {
        break;
      }
    }
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return state;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/**
 * Adds what a backup holds to a salvaged database: articles it lacks come
 * back whole (row, snapshot, updates, versions); for an article both hold,
 * the backup's document is appended as one more update (Yjs merges it: what
 * the damaged copy lost comes back, nothing it kept is undone). Returns how
 * many articles the backup brought back.
 */
export function mergeBackupInto(backupPath: string, target: Database): number {
  let backup: Database | undefined;
  let added = 0;
  try {
    backup = new BetterSqlite3(backupPath, { readonly: true, fileMustExist: true });
    const ids = (backup.prepare('SELECT id FROM articles').all() as Array<{ id: string }>).map((r) => r.id);
    const has = target.prepare('SELECT 1 FROM articles WHERE id = ?');
    const append = target.prepare('INSERT INTO doc_updates (article_id, data, crc) VALUES (?, ?, ?)');
    const bump = target.prepare('UPDATE articles SET log_seq = log_seq + 1, derived_seq = 0 WHERE id = ?');
    const articleColumns = columnsOf(backup, 'articles').filter((c) => new Set(columnsOf(target, 'articles')).has(c));
    const insertArticle = target.prepare(
      `INSERT INTO articles (${articleColumns.join(', ')}) VALUES (${articleColumns.map((c) => `@${c}`).join(', ')})`,
    );
    const readArticle = backup.prepare(`SELECT ${articleColumns.join(', ')} FROM articles WHERE id = ?`);
    const versionColumns = columnsOf(backup, 'doc_versions').filter((c) => c !== 'id' && new Set(columnsOf(target, 'doc_versions')).has(c));
    const readVersions = backup.prepare(`SELECT ${versionColumns.join(', ')} FROM doc_versions WHERE article_id = ?`);
    const insertVersion = target.prepare(
      `INSERT INTO doc_versions (${versionColumns.join(', ')}) VALUES (${versionColumns.map((c) => `@${c}`).join(', ')})`,
    );
    for (const id of ids) {
      const state = articleStateIn(backupPath, id);
      target.transaction(() => {
        if (!has.get(id)) {
          const row = readArticle.get(id) as Record<string, unknown> | undefined;
          if (!row) return;
          insertArticle.run({ ...row, log_seq: 0, derived_seq: 0 });
          for (const v of readVersions.all(id) as Array<Record<string, unknown>>) insertVersion.run(v);
          added++;
        }
        if (state) {
          append.run(id, state, checksum(state));
          bump.run(id);
        }
      })();
    }
  } finally {
    backup?.close();
  }
  return added;
}

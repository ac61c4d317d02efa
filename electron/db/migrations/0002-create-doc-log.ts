import type { Migration } from '../migration';

/**
 * An article's Yjs document = its snapshot (if any) + its updates in id order.
 * Updates are append-only; compaction folds them into the snapshot in one
 * transaction, so a reader always sees either the old or the new pair.
 */
export const migration: Migration = {
  version: 2,
  name: 'create-doc-log',
  up(db) {
    db.exec(`
      CREATE TABLE doc_updates (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        data BLOB NOT NULL
      ) STRICT;
      CREATE INDEX doc_updates_by_article ON doc_updates (article_id, id);
      CREATE TABLE doc_snapshots (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        state BLOB NOT NULL,
        compacted_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

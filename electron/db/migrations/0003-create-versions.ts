import type { Migration } from '../migration';

/** History: full Yjs states of an article at chosen moments (auto, named, restore). */
export const migration: Migration = {
  version: 3,
  name: 'create-versions',
  up(db) {
    db.exec(`
      CREATE TABLE doc_versions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        word_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        restored_from INTEGER,
        state BLOB NOT NULL
      ) STRICT;
      CREATE INDEX doc_versions_by_article ON doc_versions (article_id, created_at);
    `);
  },
};

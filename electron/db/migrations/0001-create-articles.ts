import type { Migration } from '../migration';

/**
 * One row per article with the fields lists show, all derived by the drafts
 * service from the article's Yjs document. `seq` is the stable integer key
 * the full-text index uses (a TEXT primary key's rowid may change on VACUUM).
 */
export const migration: Migration = {
  version: 1,
  name: 'create-articles',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        title_key TEXT NOT NULL DEFAULT '',
        sapo TEXT NOT NULL DEFAULT '',
        byline TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'tin',
        status TEXT NOT NULL DEFAULT 'draft',
        word_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        trashed_at TEXT,
        body_text TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX articles_by_updated ON articles (updated_at);
      CREATE INDEX articles_by_created ON articles (created_at);
      CREATE INDEX articles_by_title ON articles (title_key);
    `);
  },
};

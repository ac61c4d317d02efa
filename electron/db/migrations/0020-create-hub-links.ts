import type { Migration } from '../migration';

/**
 * What the desktop knows about each article it shares with the newsroom hub:
 * who wrote it, whether it came from someone else, what the hub lets this
 * person do with it (`revoked`: the hub no longer lets them see it; the local
 * copy is kept), and whether local edits wait to be sent (`pending`).
 */
export const migration: Migration = {
  version: 20,
  name: 'create-hub-links',
  up(db) {
    db.exec(`
      CREATE TABLE hub_links (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        author_name TEXT NOT NULL DEFAULT '',
        shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
        access TEXT NOT NULL DEFAULT 'write' CHECK (access IN ('write', 'read', 'revoked')),
        pending INTEGER NOT NULL DEFAULT 1 CHECK (pending IN (0, 1))
      ) STRICT;
    `);
  },
};

import type { Migration } from '../migration';

/**
 * The portal's outbox and what it remembers of the portal.
 *
 * - `outbox`: one row per click on "Gửi lên cổng", written before anything
 *   goes on the network. `snapshot` is the article's Yjs state at that moment,
 *   so what the board approved is what is sent, even after later edits, a
 *   restart or days offline. No foreign key to `articles`: the outbox is a log
 *   of what was (or will be) sent and outlives a deleted draft.
 * - `portal_posts`: the post an article became on a given portal, so a second
 *   submission updates it (the slug lookup on the portal is the fallback when
 *   this row is missing, e.g. after a reply was lost).
 */
export const migration: Migration = {
  version: 10,
  name: 'create-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
        snapshot BLOB NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        error_code TEXT,
        error_message TEXT,
        post_id INTEGER,
        post_link TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        sent_at TEXT
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
      CREATE INDEX outbox_by_article ON outbox (article_id, id);
      CREATE TABLE portal_posts (
        portal_url TEXT NOT NULL,
        article_id TEXT NOT NULL,
        post_id INTEGER NOT NULL,
        link TEXT NOT NULL,
        status TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        PRIMARY KEY (portal_url, article_id)
      ) STRICT;
    `);
  },
};

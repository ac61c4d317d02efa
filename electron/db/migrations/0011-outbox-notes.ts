import type { Migration } from '../migration';

/**
 * What the outbox learned from real portals (issue 14):
 *
 * - `outbox.error_subject`: what a failure is about (the missing category),
 *   so the message can name it.
 * - `outbox.verify_at`: when a sent entry whose sending had to be retried is
 *   looked at once more for a late copy of its post (a request that reached
 *   the portal after we gave up on it).
 * - `outbox_notes`: the history lines of an entry besides its state (a
 *   duplicate post moved to the portal's trash).
 * - `portal_slugs`: every address name (slug) an article was sent under on a
 *   portal, written before the create request leaves, so a retry after a
 *   lost reply finds the post even when the title has changed since.
 */
export const migration: Migration = {
  version: 11,
  name: 'outbox-notes',
  up(db) {
    db.exec(`
      ALTER TABLE outbox ADD COLUMN error_subject TEXT;
      ALTER TABLE outbox ADD COLUMN verify_at TEXT;
      CREATE INDEX outbox_verify ON outbox (verify_at) WHERE verify_at IS NOT NULL;
      CREATE TABLE outbox_notes (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        post_id INTEGER
      ) STRICT;
      CREATE INDEX outbox_notes_by_entry ON outbox_notes (entry_id, id);
      CREATE TABLE portal_slugs (
        portal_url TEXT NOT NULL,
        article_id TEXT NOT NULL,
        slug TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (portal_url, article_id, slug)
      ) STRICT;
    `);
  },
};

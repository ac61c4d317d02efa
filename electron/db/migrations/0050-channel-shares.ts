import type { Migration } from '../migration';

/**
 * The newsroom's channels (issue 23):
 *
 * - `channel_config`: per channel (facebook, zalo) the page or OA id, the
 *   API's address when not the documented one, and what was last learnt of
 *   the token (the token itself is in the secret store);
 * - `channel_shares`: one row per share of an article to a channel. `op` is
 *   what the next attempt does (`post`, or `remove` the post on the channel);
 *   `receipt` is what a create left before it was confirmed (Zalo's creation
 *   token); `first_attempt_at` bounds the look-up after a lost reply;
 *   `remote_id` is the post's id on the channel once it exists.
 */
export const migration: Migration = {
  version: 50,
  name: 'channel-shares',
  up(db) {
    db.exec(`
      CREATE TABLE channel_config (
        channel TEXT PRIMARY KEY,
        target_id TEXT NOT NULL DEFAULT '',
        api_base TEXT NOT NULL DEFAULT '',
        token_state TEXT NOT NULL DEFAULT 'unknown'
      ) STRICT;
      CREATE TABLE channel_shares (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        title TEXT NOT NULL,
        state TEXT NOT NULL,
        op TEXT NOT NULL DEFAULT 'post',
        content TEXT NOT NULL,
        link TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        first_attempt_at TEXT,
        next_attempt_at TEXT,
        error_code TEXT,
        error_message TEXT,
        receipt TEXT,
        remote_id TEXT,
        remote_link TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        sent_at TEXT,
        removed_at TEXT
      ) STRICT;
      CREATE INDEX channel_shares_by_article ON channel_shares (article_id, id);
      CREATE INDEX channel_shares_due ON channel_shares (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
      CREATE INDEX channel_shares_sent ON channel_shares (sent_at) WHERE sent_at IS NOT NULL;
    `);
  },
};

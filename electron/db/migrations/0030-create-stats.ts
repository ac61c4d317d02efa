import type { Migration } from '../migration';

/**
 * Editorial statistics and royalties (issue 18).
 *
 * - `status_events`: every change of an article's status with its time,
 *   written by triggers on `articles`, so every path that changes the status
 *   (drafts.setStatus, the portal's "submitted", an article adopted from the
 *   hub) is recorded in the same transaction without the drafts service
 *   knowing. Creation is an event from NULL. `source` says where a row came
 *   from: 'app' (a trigger) or 'backfill' (this migration, for articles that
 *   existed before it: created at `created_at`, current status at `updated_at`).
 *   The times are SQLite's clock in UTC, in `toISOString()` form.
 * - `coverage_targets`: articles per category per quarter the board expects (chỉ tiêu).
 * - `royalty_rates` (per kind: coefficient range) and `royalty_unit` (the value
 *   of one coefficient unit, đồng): the rate table an admin sets.
 * - `article_royalties`: the coefficient the board gave an article.
 * - `royalty_closings`: periods whose sheet is closed (chốt), by key
 *   ("2023-07" or "2023-Q3"); `royalty_audit`: every coefficient change, with
 *   the note required when the article's period is closed.
 */
export const migration: Migration = {
  version: 30,
  name: 'create-stats',
  up(db) {
    db.exec(`
      CREATE TABLE status_events (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        from_status TEXT,
        to_status TEXT NOT NULL,
        at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'backfill'))
      ) STRICT;
      CREATE INDEX status_events_by_at ON status_events (at);
      CREATE INDEX status_events_by_article ON status_events (article_id, id);

      CREATE TRIGGER articles_status_created AFTER INSERT ON articles
      BEGIN
        INSERT INTO status_events (article_id, from_status, to_status, at) VALUES (NEW.id, NULL, NEW.status, NEW.created_at);
      END;
      CREATE TRIGGER articles_status_changed AFTER UPDATE OF status ON articles
      WHEN OLD.status IS NOT NEW.status
      BEGIN
        INSERT INTO status_events (article_id, from_status, to_status, at)
        VALUES (NEW.id, OLD.status, NEW.status, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      END;

      INSERT INTO status_events (article_id, from_status, to_status, at, source)
        SELECT id, NULL, 'draft', created_at, 'backfill' FROM articles ORDER BY seq;
      INSERT INTO status_events (article_id, from_status, to_status, at, source)
        SELECT id, 'draft', status, updated_at, 'backfill' FROM articles WHERE status <> 'draft' ORDER BY seq;

      CREATE TABLE coverage_targets (
        category TEXT NOT NULL,
        quarter TEXT NOT NULL,
        target INTEGER NOT NULL CHECK (target >= 0),
        PRIMARY KEY (category, quarter)
      ) STRICT;

      CREATE TABLE royalty_rates (
        kind TEXT PRIMARY KEY,
        min_coef REAL NOT NULL CHECK (min_coef >= 0),
        max_coef REAL NOT NULL CHECK (max_coef >= min_coef)
      ) STRICT;
      CREATE TABLE royalty_unit (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        value INTEGER NOT NULL CHECK (value >= 0)
      ) STRICT;

      CREATE TABLE article_royalties (
        article_id TEXT PRIMARY KEY,
        coefficient REAL NOT NULL CHECK (coefficient >= 0),
        set_by TEXT NOT NULL DEFAULT '',
        set_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE royalty_closings (
        period TEXT PRIMARY KEY,
        closed_by TEXT NOT NULL DEFAULT '',
        closed_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE royalty_audit (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        old_coef REAL,
        new_coef REAL NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        closed_period TEXT,
        by TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX royalty_audit_by_article ON royalty_audit (article_id, id);
    `);
  },
};

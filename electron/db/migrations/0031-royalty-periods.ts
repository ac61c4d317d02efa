import type { Migration } from '../migration';

/**
 * Royalty rates with validity dates, and closed sheets frozen (issue 18).
 *
 * - `royalty_rate_sets`: one rate table per start day (`valid_from`, a day in
 *   Vietnam's time, "2023-10-01"), with the value of one coefficient unit; a
 *   set applies to the articles first sent to the portal from that day until
 *   the next set's day. `royalty_rates` becomes per set (valid_from, kind).
 *   The table of 0030 (one undated set) becomes the set from 2000-01-01, so
 *   every existing sheet keeps its amounts.
 * - `royalty_closings.sheet`: the sheet as it was closed (JSON of the rows and
 *   amounts), so later changes to articles, coefficients or rates never change
 *   a closed sheet. Closings made before this migration have none yet: the
 *   service freezes them as they stand the first time they are read.
 */
export const migration: Migration = {
  version: 31,
  name: 'royalty-periods',
  up(db) {
    db.exec(`
      CREATE TABLE royalty_rate_sets (
        valid_from TEXT PRIMARY KEY CHECK (valid_from GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        unit INTEGER NOT NULL CHECK (unit >= 0),
        set_by TEXT NOT NULL DEFAULT '',
        set_at TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE TABLE royalty_rates_dated (
        valid_from TEXT NOT NULL REFERENCES royalty_rate_sets (valid_from) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        min_coef REAL NOT NULL CHECK (min_coef >= 0),
        max_coef REAL NOT NULL CHECK (max_coef >= min_coef),
        PRIMARY KEY (valid_from, kind)
      ) STRICT;

      INSERT INTO royalty_rate_sets (valid_from, unit)
        SELECT '2000-01-01', coalesce((SELECT value FROM royalty_unit WHERE id = 1), 180000)
        WHERE EXISTS (SELECT 1 FROM royalty_unit) OR EXISTS (SELECT 1 FROM royalty_rates);
      INSERT INTO royalty_rates_dated (valid_from, kind, min_coef, max_coef)
        SELECT '2000-01-01', kind, min_coef, max_coef FROM royalty_rates;
      DROP TABLE royalty_rates;
      DROP TABLE royalty_unit;
      ALTER TABLE royalty_rates_dated RENAME TO royalty_rates;

      ALTER TABLE royalty_closings ADD COLUMN sheet TEXT;
    `);
  },
};

import type { Migration } from '../migration';
import { registerChecksumFunction } from '../checksum';

/**
 * One truth for the list and the document, and damage that is found:
 *
 * - `articles.log_seq` counts the article's committed updates (it grows in
 *   the transaction of every append, never goes back); `derived_seq` is the
 *   `log_seq` the lazily derived fields (title, sapo, byline, word count,
 *   search text) reflect. An article with `derived_seq < log_seq` is
 *   re-derived at start-up; the partial index finds those without a scan.
 * - `crc` (CRC-32 of the BLOB, electron/db/checksum.ts) on every update,
 *   snapshot and version, verified when loaded. Existing rows get theirs now.
 */
export const migration: Migration = {
  version: 21,
  name: 'log-integrity',
  up(db) {
    registerChecksumFunction(db);
    db.exec(`
      ALTER TABLE articles ADD COLUMN log_seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE articles ADD COLUMN derived_seq INTEGER NOT NULL DEFAULT 0;
      UPDATE articles SET log_seq = 1;
      CREATE INDEX articles_stale ON articles (seq) WHERE derived_seq < log_seq;
      ALTER TABLE doc_updates ADD COLUMN crc INTEGER;
      ALTER TABLE doc_snapshots ADD COLUMN crc INTEGER;
      ALTER TABLE doc_versions ADD COLUMN crc INTEGER;
      UPDATE doc_updates SET crc = toasoan_crc32(data);
      UPDATE doc_snapshots SET crc = toasoan_crc32(state);
      UPDATE doc_versions SET crc = toasoan_crc32(state);
    `);
  },
};

import type { Migration } from '../migration';
import { foldVietnamese } from '../../../common/article/fold';

/**
 * Rebuilds the full-text index with FTS5 prefix indexes for 1–3 characters
 * (search runs while the user types, so short prefixes like `tr*` are common
 * and otherwise scan every term), and adds an index for the trash filter.
 */
export const migration: Migration = {
  version: 5,
  name: 'search-prefix-index',
  up(db) {
    db.exec(`
      DROP TABLE articles_fts;
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, sapo, byline, body,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 0'
      );
      CREATE INDEX articles_by_trashed ON articles (trashed_at);
    `);
    const insert = db.prepare('INSERT INTO articles_fts (rowid, title, sapo, byline, body) VALUES (?, ?, ?, ?, ?)');
    // In slices by seq: a statement cannot write while another is still reading.
    const slice = db.prepare('SELECT seq, title, sapo, byline, body_text FROM articles WHERE seq > ? ORDER BY seq LIMIT 500');
    let after = 0;
    for (;;) {
      const rows = slice.all(after) as Array<{ seq: number; title: string; sapo: string; byline: string; body_text: string }>;
      if (rows.length === 0) break;
      for (const row of rows) {
        insert.run(row.seq, foldVietnamese(row.title), foldVietnamese(row.sapo), foldVietnamese(row.byline), foldVietnamese(row.body_text));
      }
      after = rows.at(-1)!.seq;
    }
  },
};

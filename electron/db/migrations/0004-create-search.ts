import type { Migration } from '../migration';

/**
 * Full-text index over accent-folded text (common/article/fold.ts), rowid =
 * articles.seq. Contentless: snippets are cut from articles.body_text, whose
 * offsets match the folded text one for one.
 */
export const migration: Migration = {
  version: 4,
  name: 'create-search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, sapo, byline, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0'
      );
    `);
  },
};

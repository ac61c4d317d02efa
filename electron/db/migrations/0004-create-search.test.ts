import { expect, it } from 'vitest';
import { migratedTo } from './testing';

it('0004 creates a contentless FTS5 index that supports prefix queries and deletes', () => {
  const db = migratedTo(4);
  const insert = db.prepare('INSERT INTO articles_fts (rowid, title, sapo, byline, body) VALUES (?, ?, ?, ?, ?)');
  insert.run(1, 'tan thanh', '', '', 'dang uy xa tan thanh');
  insert.run(2, 'khac', '', '', 'noi dung');
  const match = (q: string) => (db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').all(q) as Array<{ rowid: number }>).map((r) => r.rowid);
  expect(match('"tan" "tha"*')).toEqual([1]);
  db.prepare('DELETE FROM articles_fts WHERE rowid = 1').run();
  expect(match('"tan"')).toEqual([]);
});

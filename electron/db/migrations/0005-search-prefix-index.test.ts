import { expect, it } from 'vitest';
import { runMigrations } from '../migrate';
import { migrations } from './index';
import { migratedTo } from './testing';

it('0005 rebuilds the search index from the articles, folded, with short prefixes and a trash index', () => {
  const db = migratedTo(4);
  db.prepare(
    "INSERT INTO articles (id, title, byline, created_at, updated_at, body_text) VALUES ('a', 'Tân Thạnh', 'Chí Tâm', 'x', 'x', 'Đảng ủy họp')",
  ).run();
  runMigrations(db, migrations.filter((m) => m.version <= 5));
  const match = (q: string) => (db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').all(q) as unknown[]).length;
  expect(match('"tan" "thanh"')).toBe(1);
  expect(match('"dang" "uy"')).toBe(1);
  expect(match('"chi" "t"*')).toBe(1);
  expect(match('"nothing"')).toBe(0);
  expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'articles_by_trashed'").get()).toEqual({ n: 1 });
});

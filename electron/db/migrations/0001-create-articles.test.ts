import { expect, it } from 'vitest';
import { migratedTo } from './testing';

it('0001 creates articles with a unique text id and a stable integer seq', () => {
  const db = migratedTo(1);
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  const insert = db.prepare("INSERT INTO articles (id, created_at, updated_at) VALUES (?, 'x', 'x')");
  insert.run('a');
  expect(() => insert.run('a')).toThrow(/UNIQUE/);
  const row = db.prepare("SELECT seq, title, status, kind, trashed_at FROM articles WHERE id = 'a'").get();
  expect(row).toEqual({ seq: 1, title: '', status: 'draft', kind: 'tin', trashed_at: null });
});

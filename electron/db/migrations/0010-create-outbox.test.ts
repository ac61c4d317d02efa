import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration } from './0010-create-outbox';

describe('migration 0010 create-outbox', () => {
  it('creates the outbox and portal_posts tables on a fresh database', () => {
    const db = new Database(':memory:');
    db.transaction(() => migration.up(db))();
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(expect.arrayContaining(['outbox', 'portal_posts']));
    expect(migration.version).toBeGreaterThanOrEqual(10);
    expect(migration.version).toBeLessThanOrEqual(19);
    db.close();
  });

  it('stores an entry with its snapshot and refuses an unknown state', () => {
    const db = new Database(':memory:');
    db.transaction(() => migration.up(db))();
    const insert = db.prepare(
      `INSERT INTO outbox (article_id, title, state, snapshot, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    insert.run('a1', 'Tiêu đề', 'queued', Buffer.from([1, 2, 3]), 'now', 'now');
    expect(() => insert.run('a1', 'Tiêu đề', 'lost', Buffer.from([1]), 'now', 'now')).toThrow(/CHECK/);
    const row = db.prepare('SELECT snapshot FROM outbox').get() as { snapshot: Buffer };
    expect([...row.snapshot]).toEqual([1, 2, 3]);
    db.close();
  });

  it('keeps one post per article and portal', () => {
    const db = new Database(':memory:');
    db.transaction(() => migration.up(db))();
    const insert = db.prepare(`INSERT INTO portal_posts VALUES (?, ?, ?, ?, ?, ?)`);
    insert.run('https://a.vn', 'a1', 5, 'https://a.vn/?p=5', 'pending', 'now');
    insert.run('https://b.vn', 'a1', 9, 'https://b.vn/?p=9', 'pending', 'now');
    expect(() => insert.run('https://a.vn', 'a1', 6, 'x', 'pending', 'now')).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { migratedTo } from './testing';

describe('migration 0020 create-hub-links', () => {
  it('links an article to the hub, refuses an unknown access and goes with its article', () => {
    const db = migratedTo(20);
    db.prepare(`INSERT INTO articles (id, created_at, updated_at) VALUES ('a1', 'now', 'now')`).run();
    const link = db.prepare(`INSERT INTO hub_links (article_id, author_name, shared, access) VALUES (?, ?, ?, ?)`);
    link.run('a1', 'Lan', 1, 'read');
    expect(() => link.run('a1', 'Lan', 1, 'write')).toThrow(/UNIQUE|PRIMARY/);
    db.prepare(`INSERT INTO articles (id, created_at, updated_at) VALUES ('a2', 'now', 'now')`).run();
    expect(() => link.run('a2', 'Lan', 1, 'owner')).toThrow(/CHECK/);
    expect(db.prepare('SELECT pending FROM hub_links').get()).toEqual({ pending: 1 });
    db.prepare(`DELETE FROM articles WHERE id = 'a1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM hub_links').get()).toEqual({ n: 0 });
    db.close();
  });
});

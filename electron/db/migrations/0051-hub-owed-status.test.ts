import { describe, expect, it } from 'vitest';
import { migration } from './0051-hub-owed-status';
import { migratedTo } from './testing';

describe('migration 0051 hub-owed-status', () => {
  it('adds the status owed to the hub, empty for the links already there, and only the portal’s status', () => {
    const db = migratedTo(50);
    db.prepare(`INSERT INTO articles (id, title, created_at, updated_at) VALUES ('a1', 'T', 'now', 'now')`).run();
    db.prepare(`INSERT INTO hub_links (article_id) VALUES ('a1')`).run();
    db.transaction(() => migration.up(db))();
    expect(db.prepare('SELECT owed_status FROM hub_links').get()).toEqual({ owed_status: null });
    db.prepare(`UPDATE hub_links SET owed_status = 'submitted'`).run();
    expect(() => db.prepare(`UPDATE hub_links SET owed_status = 'approved'`).run()).toThrow(/CHECK/);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { migration } from './0030-create-stats';
import { migratedTo } from './testing';

describe('migration 0030 create-stats', () => {
  it('backfills existing articles, then records every status change by trigger', () => {
    const db = migratedTo(21);
    db.prepare(`INSERT INTO articles (id, status, created_at, updated_at) VALUES ('old', 'approved', '2023-07-01T01:00:00.000Z', '2023-07-05T01:00:00.000Z')`).run();
    db.transaction(() => migration.up(db))();
    const events = (id: string) =>
      db.prepare('SELECT from_status, to_status, at, source FROM status_events WHERE article_id = ? ORDER BY id').all(id);
    expect(events('old')).toEqual([
      { from_status: null, to_status: 'draft', at: '2023-07-01T01:00:00.000Z', source: 'backfill' },
      { from_status: 'draft', to_status: 'approved', at: '2023-07-05T01:00:00.000Z', source: 'backfill' },
    ]);
    db.prepare(`INSERT INTO articles (id, created_at, updated_at) VALUES ('new', '2024-01-01T00:00:00.000Z', 'x')`).run();
    db.prepare(`UPDATE articles SET status = 'in_review' WHERE id = 'new'`).run();
    db.prepare(`UPDATE articles SET status = 'in_review', title = 't' WHERE id = 'new'`).run(); // no change: no event
    const rows = events('new') as Array<{ from_status: string | null; to_status: string; at: string }>;
    expect(rows.map((r) => [r.from_status, r.to_status])).toEqual([
      [null, 'draft'],
      ['draft', 'in_review'],
    ]);
    expect(rows[1]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    db.prepare(`DELETE FROM articles WHERE id = 'new'`).run();
    expect(events('new')).toEqual([]);
    expect(() => db.prepare(`INSERT INTO royalty_rates VALUES ('tin', 3, 1)`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO royalty_unit VALUES (2, 100)`).run()).toThrow(/CHECK/);
    db.close();
  });
});

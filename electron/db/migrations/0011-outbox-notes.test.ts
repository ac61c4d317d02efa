import { describe, expect, it } from 'vitest';
import { migration } from './0011-outbox-notes';
import { migratedTo } from './testing';

describe('migration 0011 outbox-notes', () => {
  it('adds the error subject, the verification time, notes and slugs, keeping existing entries', () => {
    const fresh = migratedTo(10);
    fresh.prepare(`INSERT INTO outbox (article_id, title, state, snapshot, created_at, updated_at) VALUES ('a0', 'T', 'sent', x'01', 'now', 'now')`).run();
    fresh.transaction(() => migration.up(fresh))();
    expect(fresh.prepare(`SELECT article_id, error_subject, verify_at FROM outbox`).get()).toEqual({ article_id: 'a0', error_subject: null, verify_at: null });
    fresh.prepare('DELETE FROM outbox').run();
    fresh.prepare(`INSERT INTO outbox (article_id, title, state, snapshot, created_at, updated_at, error_subject, verify_at)
                   VALUES ('a1', 'T', 'failed', x'01', 'now', 'now', 'Thủy lợi', NULL)`).run();
    expect(fresh.prepare('SELECT error_subject FROM outbox').get()).toEqual({ error_subject: 'Thủy lợi' });
    fresh.prepare(`INSERT INTO outbox_notes (entry_id, at, kind, post_id) VALUES (1, 'now', 'duplicate-trashed', 7)`).run();
    const slug = fresh.prepare(`INSERT INTO portal_slugs VALUES ('https://a.vn', 'a1', 'bai-a1', 'now')`);
    slug.run();
    expect(() => slug.run()).toThrow(/UNIQUE|PRIMARY/);
    fresh.close();
  });
});

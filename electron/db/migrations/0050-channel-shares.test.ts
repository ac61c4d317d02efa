import { describe, expect, it } from 'vitest';
import { migration } from './0050-channel-shares';
import { migratedTo } from './testing';

describe('migration 0050 channel-shares', () => {
  it('adds the channels settings and shares tables after the earlier migrations', () => {
    const db = migratedTo(31);
    db.transaction(() => migration.up(db))();
    db.prepare(`INSERT INTO channel_config (channel, target_id) VALUES ('facebook', '1000001')`).run();
    expect(db.prepare('SELECT * FROM channel_config').get()).toEqual({ channel: 'facebook', target_id: '1000001', api_base: '', token_state: 'unknown' });
    db.prepare(`INSERT INTO channel_shares (article_id, channel, title, state, content, created_at, updated_at)
                VALUES ('a1', 'zalo', 'T', 'queued', '{}', 'now', 'now')`).run();
    expect(db.prepare('SELECT op, attempts, remote_id FROM channel_shares').get()).toEqual({ op: 'post', attempts: 0, remote_id: null });
    expect(() => db.prepare(`INSERT INTO channel_shares (article_id, channel, title, state, content, created_at, updated_at)
                VALUES ('a1', 'zalo', 'T', 'queued', '{}', 'now', 'now')`).run()).not.toThrow();
    expect(() => db.prepare(`INSERT INTO channel_shares (article_id, channel, title, state, content, created_at, updated_at)
                VALUES ('a1', 'zalo', 'T', 'queued', NULL, 'now', 'now')`).run()).toThrow(/NOT NULL/);
    db.close();
  });
});

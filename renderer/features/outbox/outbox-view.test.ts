import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../common/api/portal.api';
import { upsertEntry } from './outbox-view';

const entry = (id: number, state: OutboxEntry['state']): OutboxEntry => ({
  id,
  articleId: `a${id}`,
  title: `Bài ${id}`,
  state,
  attempts: 0,
  createdAt: '2026-11-26T02:00:00.000Z',
  updatedAt: '2026-11-26T02:00:00.000Z',
  notes: [],
  nextAttemptAt: null,
  error: null,
  postId: null,
  link: null,
  sentAt: null,
});

describe('outbox list updates', () => {
  it('replaces an entry by id and keeps the newest first', () => {
    const list = [entry(2, 'queued'), entry(1, 'sent')];
    const next = upsertEntry(list, entry(2, 'sending'));
    expect(next.map((e) => [e.id, e.state])).toEqual([
      [2, 'sending'],
      [1, 'sent'],
    ]);
    expect(upsertEntry(next, entry(3, 'queued')).map((e) => e.id)).toEqual([3, 2, 1]);
  });
});

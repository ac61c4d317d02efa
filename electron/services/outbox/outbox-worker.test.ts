import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/api/errors';
import type { OutboxEntry } from '../../../common/api/portal.api';
import { migratedTo } from '../../db/migrations/testing';
import { OutboxStore } from '../../db/outbox-store';
import { backoffDelay, isTransient, OutboxWorker, type SentPost } from './outbox-worker';

// The sender's bookkeeping over a real SQLite outbox; what `send` does is
// covered against a real WordPress in ../portal/portal.domain.test.ts.
const workers: OutboxWorker[] = [];
afterEach(async () => {
  for (const worker of workers.splice(0)) await worker.close();
});

function setup(send: (entry: OutboxEntry, snapshot: Uint8Array) => Promise<SentPost>) {
  const db = migratedTo(11);
  const store = new OutboxStore(db);
  const changes: OutboxEntry[] = [];
  const logged: string[] = [];
  const worker = new OutboxWorker({
    store,
    send,
    onChange: (e) => changes.push(e),
    baseDelayMs: 20,
    maxDelayMs: 50,
    log: (message) => logged.push(message),
  });
  workers.push(worker);
  return { db, store, worker, changes, logged };
}

async function settle(worker: OutboxWorker, ms = 0) {
  await new Promise((r) => setTimeout(r, ms));
  await worker.idle();
}

const now = () => new Date().toISOString();

describe('outbox sender', () => {
  it('doubles the delay after each failure up to the cap, with bounded jitter', () => {
    expect(backoffDelay(1, 1000, 60_000, () => 0.5)).toBe(1000);
    expect(backoffDelay(3, 1000, 60_000, () => 0.5)).toBe(4000);
    expect(backoffDelay(30, 1000, 60_000, () => 0.5)).toBe(60_000);
    expect(backoffDelay(30, 1000, 60_000, () => 1)).toBe(72_000);
    expect(backoffDelay(1, 1000, 60_000, () => 0)).toBe(800);
  });

  it('treats network trouble as passing and what a person must fix as stopping', () => {
    for (const code of ['PORTAL_UNREACHABLE', 'PORTAL_TIMEOUT', 'PORTAL_SERVER_ERROR', 'PORTAL_BAD_RESPONSE'] as const) expect(isTransient(code)).toBe(true);
    for (const code of ['PORTAL_AUTH_FAILED', 'PORTAL_FORBIDDEN', 'PORTAL_CATEGORY_MISSING', 'PORTAL_MEDIA_REJECTED', 'PORTAL_NOT_CONFIGURED', 'IMAGE_NOT_FOUND', 'INTERNAL'] as const)
      expect(isTransient(code)).toBe(false);
  });

  it('sends the snapshot that was queued and records the link', async () => {
    const seen: number[][] = [];
    const { store, worker, changes } = setup(async (_entry, snapshot) => {
      seen.push([...snapshot]);
      return { id: 42, link: 'https://cong.vn/?p=42' };
    });
    store.enqueue('a1', 'Bài 1', new Uint8Array([7, 8, 9]), now());
    worker.start();
    await settle(worker);
    expect(seen).toEqual([[7, 8, 9]]);
    expect(store.list(10)[0]).toMatchObject({ state: 'sent', postId: 42, link: 'https://cong.vn/?p=42', attempts: 1, error: null });
    expect(changes.map((c) => c.state)).toEqual(['sending', 'sent']);
  });

  it('keeps retrying with backoff while the portal is unreachable, then sends', async () => {
    let calls = 0;
    const { store, worker } = setup(async () => {
      calls += 1;
      if (calls < 3) throw new ServiceError('PORTAL_UNREACHABLE', 'ECONNREFUSED');
      return { id: 1, link: 'x' };
    });
    store.enqueue('a1', 'Bài 1', new Uint8Array([1]), now());
    worker.start();
    await settle(worker);
    expect(store.list(1)[0]).toMatchObject({ state: 'queued', attempts: 1, error: { code: 'PORTAL_UNREACHABLE' } });
    expect(store.list(1)[0]!.nextAttemptAt).not.toBeNull();
    await expect.poll(() => store.list(1)[0]!.state, { timeout: 5_000 }).toBe('sent');
    expect(calls).toBe(3);
  });

  it('stops an entry on a failure only a person can fix, and leaves it until retried', async () => {
    let refuse = true;
    const { store, worker, logged } = setup(async () => {
      if (refuse) throw new ServiceError('PORTAL_CATEGORY_MISSING', 'no such category');
      return { id: 5, link: 'y' };
    });
    const { id } = store.enqueue('a1', 'Bài 1', new Uint8Array([1]), now());
    worker.start();
    await settle(worker, 150);
    expect(store.get(id)).toMatchObject({ state: 'failed', attempts: 1, nextAttemptAt: null, error: { code: 'PORTAL_CATEGORY_MISSING' } });
    // The log keeps the site's own words, which the user's message does not show.
    expect(logged).toEqual([`outbox entry ${id}, attempt 1: PORTAL_CATEGORY_MISSING: no such category`]);
    refuse = false;
    store.retryNow(id, now());
    worker.wake();
    await settle(worker);
    expect(store.get(id)).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('records an unexpected exception as INTERNAL, logs it, and does not retry by itself', async () => {
    const { store, worker, logged } = setup(async () => {
      throw new TypeError('bug');
    });
    const { id } = store.enqueue('a1', 'Bài 1', new Uint8Array([1]), now());
    worker.start();
    await settle(worker, 100);
    expect(store.get(id)).toMatchObject({ state: 'failed', error: { code: 'INTERNAL', message: 'bug' } });
    expect(logged).toHaveLength(1);
  });

  it('puts back an entry a crash left half-sent', async () => {
    const { db, store, worker } = setup(async () => ({ id: 9, link: 'z' }));
    const { id } = store.enqueue('a1', 'Bài 1', new Uint8Array([1]), now());
    db.prepare(`UPDATE outbox SET state = 'sending', next_attempt_at = NULL`).run();
    worker.start();
    await settle(worker);
    expect(store.get(id)!.state).toBe('sent');
  });
});

describe('outbox store', () => {
  it('replaces a waiting entry of the same article instead of queueing it twice', () => {
    const { store } = setup(async () => ({ id: 1, link: '' }));
    const first = store.enqueue('a1', 'Bản 1', new Uint8Array([1]), now());
    const second = store.enqueue('a1', 'Bản 2', new Uint8Array([2]), now());
    expect(second.id).toBe(first.id);
    expect(store.list(10)).toHaveLength(1);
    expect([...store.snapshot(first.id)!]).toEqual([2]);
    expect(store.get(first.id)!.title).toBe('Bản 2');
  });

  it('queues a new entry behind one that is being sent', () => {
    const { store } = setup(async () => ({ id: 1, link: '' }));
    const first = store.enqueue('a1', 'Bản 1', new Uint8Array([1]), now());
    store.markSending(first.id, now());
    const second = store.enqueue('a1', 'Bản 2', new Uint8Array([2]), now());
    expect(second.id).not.toBe(first.id);
    expect(store.latestFor('a1')!.id).toBe(second.id);
  });
});

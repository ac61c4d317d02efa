import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SaveQueue, type SaveState } from './save-queue';

/** A service that stores updates like drafts.append: in order, rejecting gaps. */
class FakeAppendTarget {
  readonly doc = new Y.Doc();
  failNext: string[] = [];
  calls = 0;
  hold: ((go: () => void) => void) | null = null;
  async append(update: Uint8Array): Promise<{ savedAt: string }> {
    this.calls += 1;
    if (this.hold) await new Promise<void>((go) => this.hold!(go));
    const code = this.failNext.shift();
    if (code) throw Object.assign(new Error(code), { code });
    Y.applyUpdate(this.doc, update);
    if (this.doc.store.pendingStructs) throw Object.assign(new Error('gap'), { code: 'INVALID_UPDATE' });
    return { savedAt: `t${this.calls}` };
  }
}

function typist() {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, type: (s: string) => text.insert(text.length, s), updates };
}

const flushTimers = () => new Promise((r) => setTimeout(r, 5));

describe('SaveQueue', () => {
  it('batches a burst into one append and reports the commit time', async () => {
    const target = new FakeAppendTarget();
    const states: SaveState[] = [];
    const queue = new SaveQueue({ send: (u) => target.append(u), onState: (s) => states.push(s), batchMs: 1 });
    const { type, updates } = typist();
    for (const ch of 'tiếng') type(ch);
    updates.forEach((u) => queue.enqueue(u));
    await queue.idle();
    expect(target.doc.getText('t').toString()).toBe('tiếng');
    expect(target.calls).toBe(1);
    expect(states[0]).toEqual({ kind: 'saving' });
    expect(states.at(-1)).toEqual({ kind: 'saved', at: 't1' });
  });

  it('keeps failed updates and retries transient failures until they are stored', async () => {
    const target = new FakeAppendTarget();
    target.failNext = ['DISCONNECTED', 'TIMEOUT'];
    const states: SaveState[] = [];
    const queue = new SaveQueue({
      send: (u) => target.append(u),
      onState: (s) => states.push(s),
      batchMs: 1,
      retryMs: [1],
    });
    const { type, updates } = typist();
    type('Tân ');
    queue.enqueue(updates[0]!);
    await flushTimers();
    type('Thạnh');
    queue.enqueue(updates[1]!);
    await queue.idle();
    expect(target.doc.getText('t').toString()).toBe('Tân Thạnh');
    expect(states).toContainEqual({ kind: 'error', code: 'DISCONNECTED', retrying: true });
    expect(queue.size).toBe(0);
  });

  it('keeps retrying while the disk is full and saves everything once space returns', async () => {
    const target = new FakeAppendTarget();
    target.failNext = ['DB_DISK_FULL', 'DB_DISK_FULL', 'DB_DISK_FULL'];
    const states: SaveState[] = [];
    const queue = new SaveQueue({ send: (u) => target.append(u), onState: (s) => states.push(s), batchMs: 1, retryMs: [1] });
    const { type, updates } = typist();
    type('Ổ đầy ');
    queue.enqueue(updates[0]!);
    await flushTimers();
    type('vẫn giữ');
    queue.enqueue(updates[1]!);
    await queue.idle();
    expect(states).toContainEqual({ kind: 'error', code: 'DB_DISK_FULL', retrying: true });
    expect(target.doc.getText('t').toString()).toBe('Ổ đầy vẫn giữ');
    expect(queue.size).toBe(0);
  });

  it('never sends a later update without the earlier unacknowledged ones', async () => {
    const target = new FakeAppendTarget();
    let release!: () => void;
    target.hold = (go) => (release = go);
    const queue = new SaveQueue({ send: (u) => target.append(u), batchMs: 1 });
    const { type, updates } = typist();
    type('a');
    queue.enqueue(updates[0]!);
    await flushTimers();
    // First append is in flight; more typing arrives and the first one then fails.
    type('b');
    queue.enqueue(updates[1]!);
    target.failNext = ['DISCONNECTED'];
    target.hold = null;
    release();
    await queue.idle();
    expect(target.doc.getText('t').toString()).toBe('ab');
  });

  it('waits for the user after a permanent failure, keeping everything', async () => {
    const target = new FakeAppendTarget();
    target.failNext = ['DRAFT_IN_TRASH'];
    const states: SaveState[] = [];
    const queue = new SaveQueue({ send: (u) => target.append(u), onState: (s) => states.push(s), batchMs: 1, retryMs: [1] });
    const { type, updates } = typist();
    type('x');
    queue.enqueue(updates[0]!);
    await flushTimers();
    await flushTimers();
    expect(states.at(-1)).toEqual({ kind: 'error', code: 'DRAFT_IN_TRASH', retrying: false });
    expect(target.calls).toBe(1);
    expect(queue.size).toBe(1);
    queue.retry();
    await queue.idle();
    expect(target.doc.getText('t').toString()).toBe('x');
  });

  it('mirrors unacknowledged updates to the store and clears them after the ack', async () => {
    const target = new FakeAppendTarget();
    target.failNext = ['DRAFT_IN_TRASH'];
    let stored: Uint8Array[] = [];
    const queue = new SaveQueue({
      send: (u) => target.append(u),
      store: { load: () => stored, save: (u) => (stored = [...u]) },
      batchMs: 1,
    });
    const { type, updates } = typist();
    type('Long ');
    type('An');
    updates.forEach((u) => queue.enqueue(u));
    await flushTimers();
    expect(stored).toHaveLength(1);
    const rescued = new Y.Doc();
    Y.applyUpdate(rescued, stored[0]!);
    expect(rescued.getText('t').toString()).toBe('Long An');
    queue.retry();
    await queue.idle();
    expect(stored).toEqual([]);
  });

  it('says "not saved" while the service is unreachable and saves once it is back', async () => {
    const target = new FakeAppendTarget();
    let release!: () => void;
    const states: SaveState[] = [];
    const queue = new SaveQueue({
      // Like the transport: a call made while disconnected waits for the connection.
      send: async (u) => {
        await new Promise<void>((go) => (release = go));
        return target.append(u);
      },
      onState: (s) => states.push(s),
      batchMs: 1,
    });
    queue.setConnected(false);
    const { type, updates } = typist();
    type('x');
    queue.enqueue(updates[0]!);
    await flushTimers();
    expect(states.at(-1)).toEqual({ kind: 'error', code: 'DISCONNECTED', retrying: true });
    queue.setConnected(true);
    release();
    await queue.idle();
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
    expect(target.doc.getText('t').toString()).toBe('x');
  });

  it('tries one catch-up after INVALID_UPDATE; a refused catch-up shows the error and waits for "Thử lại"', async () => {
    const target = new FakeAppendTarget();
    target.failNext = ['INVALID_UPDATE', 'INVALID_UPDATE'];
    const states: SaveState[] = [];
    const { doc, type, updates } = typist();
    let catchUps = 0;
    const queue = new SaveQueue({
      send: (u) => target.append(u),
      catchUp: async () => {
        catchUps += 1;
        return Y.encodeStateAsUpdate(doc);
      },
      onState: (s) => states.push(s),
      batchMs: 1,
    });
    type('Tân Thạnh');
    queue.enqueue(updates[0]!);
    await flushTimers();
    await flushTimers();
    expect(catchUps).toBe(1);
    expect(states.at(-1)).toEqual({ kind: 'error', code: 'INVALID_UPDATE', retrying: false });
    expect(queue.size).toBe(1);
    queue.retry();
    await queue.idle();
    expect(catchUps).toBe(1);
    expect(target.doc.getText('t').toString()).toBe('Tân Thạnh');
  });
});

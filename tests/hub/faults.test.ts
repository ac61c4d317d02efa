import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from './cleanup';
import { hashPassword } from '../../electron/hub/auth';
import { openHubDatabase } from '../../electron/hub/db/database';
import { HubStore } from '../../electron/hub/hub-store';
import { startChaosProxy } from './chaos-proxy';
import { freePort } from './engines';
import { trackedDesktop, type Desktop } from './desktop-harness';
import { PASSWORD, removeDir, testHub, until } from './hub-harness';
import { killHard, spawnHub, stopGently } from './hub-process';

const cleanup = cleanupAfterEach();
const desktop = () => trackedDesktop(cleanup);

async function seedAccounts(dir: string): Promise<void> {
  const database = await openHubDatabase({ dataDir: dir });
  const store = new HubStore(database.db);
  await store.createUser({ name: 'lan', displayName: 'Lan', role: 'contributor', passwordHash: await hashPassword(PASSWORD, 1 << 12) });
  await store.createUser({ name: 'hoa', displayName: 'Hòa', role: 'editor', passwordHash: await hashPassword(PASSWORD, 1 << 12) });
  await database.close();
}

/** Types numbered words at random places until stopped; returns the words the drafts service acknowledged. */
function typist(d: Desktop, id: string, tag: string) {
  const acknowledged: string[] = [];
  let running = true;
  const done = (async () => {
    for (let n = 0; running; n += 1) {
      const word = ` ${tag}${n}`;
      await d.type(id, word, Math.floor(Math.random() * 10_000));
      acknowledged.push(word.trim());
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 40));
    }
  })();
  return {
    acknowledged,
    async stop() {
      running = false;
      await done;
    },
  };
}

async function converged(a: Desktop, b: Desktop, id: string, words: string[]): Promise<string> {
  let text = '';
  await until(
    'both sides identical',
    async () => {
      const [ta, tb] = [await a.text(id), await b.text(id)];
      text = ta;
      return ta === tb;
    },
    45_000,
  );
  // Words may be split by the other side's inserts at the same spot; every letter of each must be there in order.
  const missing = words.filter((w) => !containsInOrder(text, w));
  expect(missing).toEqual([]);
  return text;
}

function containsInOrder(text: string, word: string): boolean {
  if (text.includes(word)) return true;
  let at = 0;
  for (const ch of word) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

describe('faults between the desktops and the hub', () => {
  it('converges and loses nothing acknowledged when the hub is killed with SIGKILL again and again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toasoan-hub-kill-'));
    cleanup(() => removeDir(dir));
    await seedAccounts(dir);
    const port = await freePort();
    const args = ['--data-dir', dir, '--port', String(port)];
    let hub = await spawnHub(args);
    cleanup(() => killHard(hub.child));
    const a = desktop();
    const b = desktop();
    await a.login(hub.url, 'lan');
    await b.login(hub.url, 'hoa');
    const id = await a.create();
    await a.type(id, 'Bắt đầu');
    await until('B has it', () => b.has(id), 30_000);
    const ta = typist(a, id, 'a');
    const tb = typist(b, id, 'b');
    for (let round = 0; round < 3; round += 1) {
      await new Promise((r) => setTimeout(r, 700 + Math.random() * 800));
      await killHard(hub.child);
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 400));
      hub = await spawnHub(args);
    }
    await new Promise((r) => setTimeout(r, 800));
    await ta.stop();
    await tb.stop();
    const text = await converged(a, b, id, [...ta.acknowledged, ...tb.acknowledged]);
    expect(text.startsWith('Bắt đầu') || text.includes('B')).toBe(true);
    expect(ta.acknowledged.length + tb.acknowledged.length).toBeGreaterThan(20);
    // The hub itself kept everything too: a fresh desktop gets the same text.
    const c = desktop();
    await c.login(hub.url, 'hoa');
    await until('C has it', async () => c.has(id) && (await c.text(id)) === text, 30_000);
    expect(await stopGently(hub.child)).toBe(0);
  }, 180_000);

  it('converges through a network that delays and cuts connections at random', async () => {
    const hub = await testHub();
    cleanup(() => removeDir(hub.dir));
    cleanup(() => hub.close());
    await hub.store.createUser({ name: 'lan', displayName: 'Lan', role: 'contributor', passwordHash: await hashPassword(PASSWORD, 1 << 12) });
    await hub.store.createUser({ name: 'hoa', displayName: 'Hòa', role: 'editor', passwordHash: await hashPassword(PASSWORD, 1 << 12) });
    const proxy = await startChaosProxy(hub.port, { maxDelayMs: 150, cutEveryMs: 700, cutChance: 0.35 });
    cleanup(() => proxy.close());
    const a = desktop();
    const b = desktop();
    await a.login(proxy.url, 'lan');
    await b.login(proxy.url, 'hoa');
    const id = await a.create();
    await a.type(id, 'Mưa lớn');
    await until('B has it', () => b.has(id), 30_000);
    const ta = typist(a, id, 'a');
    const tb = typist(b, id, 'b');
    await new Promise((r) => setTimeout(r, 15_000));
    await ta.stop();
    await tb.stop();
    proxy.heal();
    await converged(a, b, id, [...ta.acknowledged, ...tb.acknowledged]);
    expect(proxy.cuts).toBeGreaterThan(3);
  }, 120_000);
});

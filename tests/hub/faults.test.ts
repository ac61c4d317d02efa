import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BODY_FRAGMENT } from '../../common/article/layout';
import { DB_FILE } from '../../electron/db/database';
import { DraftsStore } from '../../electron/db/drafts-store';
import { loadArticleDoc } from '../../electron/services/drafts/article-docs';
import { cleanupAfterEach } from './cleanup';
import { hashPassword } from '../../electron/hub/auth';
import { openHubDatabase } from '../../electron/hub/db/database';
import { HubStore } from '../../electron/hub/hub-store';
import { startChaosProxy } from './chaos-proxy';
import { freePort } from './engines';
import { openDesktop, trackedDesktop, type Desktop } from './desktop-harness';
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

/** The body text a desktop's database holds (read on its own connection, e.g. after the desktop was killed). */
function storedText(dir: string, id: string): string {
  const db = new Database(join(dir, DB_FILE), { readonly: true });
  try {
    const { doc } = loadArticleDoc(new DraftsStore(db).docParts(id));
    return doc.getXmlFragment(BODY_FRAGMENT).toString().replace(/<[^>]+>/g, '');
  } finally {
    db.close();
  }
}

/** A hub in this process with Lan (contributor) and Hòa (editor). */
async function hubOfLanAndHoa() {
  const hub = await testHub();
  cleanup(() => removeDir(hub.dir));
  cleanup(() => hub.close());
  await hub.store.createUser({ name: 'lan', displayName: 'Lan', role: 'contributor', passwordHash: await hashPassword(PASSWORD, 1 << 12) });
  await hub.store.createUser({ name: 'hoa', displayName: 'Hòa', role: 'editor', passwordHash: await hashPassword(PASSWORD, 1 << 12) });
  return hub;
}

describe('faults between the desktops and the hub', () => {
  it('a desktop killed with SIGKILL while remote edits wait in its window catches up from the hub and loses nothing of its own', async () => {
    const hub = await hubOfLanAndHoa();
    const a = desktop();
    await a.login(hub.url, 'lan');
    const id = await a.create();
    await a.type(id, 'Bắt đầu');
    // Desktop C in its own process, with a long window: remote edits wait 1.5 s before they are stored.
    const dir = mkdtempSync(join(tmpdir(), 'toasoan-desk-killed-'));
    cleanup(() => removeDir(dir));
    const child = fork(fileURLToPath(new URL('./desktop-child.ts', import.meta.url)), [dir, hub.url, 'hoa', id, '1500'], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    cleanup(() => killHard(child));
    const acknowledgedByC: string[] = [];
    let ready = false;
    child.on('message', (m: { type: string; word?: string }) => {
      if (m.type === 'ready') ready = true;
      if (m.type === 'ack') acknowledgedByC.push(m.word!);
    });
    await until('C has the article', () => ready, 60_000);
    const ta = typist(a, id, 'a');
    child.send({ type: 'type' });
    await until('both typing', () => acknowledgedByC.length > 5 && ta.acknowledged.length > 5, 30_000);
    await new Promise((r) => setTimeout(r, 1000 + Math.random() * 1000));
    const typedByA = [...ta.acknowledged];
    await killHard(child);
    const cAcknowledged = [...acknowledgedByC];
    // What C's database holds: all its own acknowledged words, but not all of A's (some waited in the window).
    const killedText = storedText(dir, id);
    expect(cAcknowledged.filter((w) => !containsInOrder(killedText, w))).toEqual([]);
    expect(typedByA.filter((w) => !killedText.includes(w)).length).toBeGreaterThan(0);
    // Restarted on the same folder (signed in still): it syncs from its state vector and converges.
    const c = openDesktop(dir);
    cleanup(() => c.close());
    await new Promise((r) => setTimeout(r, 1000));
    await ta.stop();
    await converged(a, c, id, [...ta.acknowledged, ...cAcknowledged]);
  }, 120_000);

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
    const hub = await hubOfLanAndHoa();
    const proxy = await startChaosProxy(hub.port, { maxDelayMs: 150, cutEveryMs: 700, cutChance: 0.35 });
    cleanup(() => proxy.close());
    const a = desktop();
    const b = desktop();
    // A sign-in the network cuts fails with HUB_UNREACHABLE; the person tries again.
    const signIn = async (d: Desktop, login: string) =>
      until(`${login} signs in`, () =>
        d.login(proxy.url, login).then(
          () => true,
          (error: { code?: string }) => {
            if (error.code !== 'HUB_UNREACHABLE') throw error;
            return false;
          },
        ),
      );
    await signIn(a, 'lan');
    await signIn(b, 'hoa');
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

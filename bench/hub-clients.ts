/**
 * A group of simulated desktops for `bench:hub`'s fan-out, in their own
 * process (the benchmark starts several): each desktop is the real services
 * and sync engine on its own SQLite folder, typing one key every KEY_EVERY_MS
 * into one article while it keeps every article in step with the hub.
 *
 * Driven over IPC by bench/hub.bench.ts:
 *   open {url, logins, articleIds, desktopRoot} → ready
 *   type {seconds, keyEveryMs}                  → typed {sent: Map<key, ms>, expected}
 *   measure {sent: Map<key, ms>}                → latencies (Float64Array, ms)
 *   close                                       → exits
 * Times are wall-clock milliseconds with sub-millisecond precision
 * (performance.timeOrigin + performance.now()), comparable across processes.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fromBase64 } from '../common/api/base64';
import { openDesktop, type Desktop } from '../tests/hub/desktop-harness';
import { removeDir, until } from '../tests/hub/hub-harness';
import { insertedIds } from './hub-keys';

type Command =
  | { type: 'open'; url: string; logins: string[]; articleIds: string[]; desktopRoot: string; peers: number; remoteWindowMs?: number }
  | { type: 'type'; seconds: number; keyEveryMs: number }
  | { type: 'measure'; sent: Map<string, number> }
  | { type: 'close' };

const clock = () => performance.timeOrigin + performance.now();
const send = (message: unknown) => process.send!(message);

const desktops: Array<{ desktop: Desktop; article: string }> = [];
/** Keys seen arriving from the hub in the article a desktop has open: [key, when], in arrival order. */
const seen: Array<[string, number]> = [];
/** Keys of articles the desktop does not have open, caught up with when the hub's index says they changed. */
const caughtUp: Array<[string, number]> = [];
const sent = new Map<string, number>();
let peers = 0;

async function open(c: Extract<Command, { type: 'open' }>): Promise<void> {
  peers = c.peers;
  for (const login of c.logins) {
    const desktop = openDesktop(mkdtempSync(join(c.desktopRoot, 'toasoan-bench-desk-')), { keepEvents: false, indexEveryMs: 15_000, remoteWindowMs: c.remoteWindowMs });
    const article = c.articleIds[Number(login.replace(/\D/g, '')) % c.articleIds.length]!;
    desktop.runtime.onEvent((name, payload) => {
      if (name !== 'drafts.update') return;
      const { id, update, origin } = payload as { id: string; update: string; origin: string | null };
      if (origin !== 'hub') return;
      const now = clock();
      const into = id === article ? seen : caughtUp;
      for (const key of insertedIds(fromBase64(update))) into.push([key, now]);
    });
    // A login that meets a keep-alive socket the hub is just closing (likelier on a loaded machine) is tried again.
    await desktop.login(c.url, login).catch((error: { code?: string }) => {
      if (error.code !== 'HUB_UNREACHABLE') throw error;
      return desktop.login(c.url, login);
    });
    desktops.push({ desktop, article });
  }
  await until('articles on every desktop', () => desktops.every(({ desktop }) => c.articleIds.every((id) => desktop.has(id))), 600_000);
  for (const { desktop, article } of desktops) await desktop.type(article, ' '); // opens it in this desktop's editor
}

async function type(c: Extract<Command, { type: 'type' }>): Promise<number> {
  let running = true;
  let expected = 0;
  const typists = desktops.map(async ({ desktop, article }) => {
    await new Promise((r) => setTimeout(r, Math.random() * c.keyEveryMs));
    while (running) {
      const next = performance.now() + c.keyEveryMs;
      // The key's struct id is known once typed: its time is taken before the local commit.
      const before = clock();
      for (const key of insertedIds(desktop.typeNow(article, 'a'))) sent.set(key, before);
      await desktop.committed(article);
      expected += peers;
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
  });
  await new Promise((r) => setTimeout(r, c.seconds * 1000));
  running = false;
  await Promise.all(typists);
  await new Promise((r) => setTimeout(r, 3000)); // the last keys arrive
  return expected;
}

process.on('message', (command: Command) => {
  void (async () => {
    switch (command.type) {
      case 'open':
        await open(command);
        send({ type: 'ready' });
        break;
      case 'type': {
        const expected = await type(command);
        send({ type: 'typed', sent, expected });
        break;
      }
      case 'measure': {
        const latencies = (arrivals: Array<[string, number]>) => {
          const out = new Float64Array(arrivals.length);
          let n = 0;
          for (const [key, at] of arrivals) {
            const from = command.sent.get(key);
            if (from !== undefined) out[n++] = at - from;
          }
          return out.slice(0, n);
        };
        send({ type: 'latencies', latencies: latencies(seen), catchUp: latencies(caughtUp) });
        break;
      }
      case 'close':
        for (const { desktop } of desktops) {
          await desktop.close();
          removeDir(desktop.dir);
        }
        process.exit(0);
    }
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
});
send({ type: 'started' });

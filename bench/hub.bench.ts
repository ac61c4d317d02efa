/**
 * `npm run bench:hub`: the newsroom hub on this machine, printed as JSON.
 *  1. Fan-out: 50 simulated desktops (the real services and sync engine, no
 *     UI, each on its own SQLite folder) type into 10 articles, one key every
 *     200 ms each, for BENCH_HUB_SECONDS (default 120): latency from the
 *     keystroke's local commit to its commit on every other desktop of the
 *     article (the desktops with it open), p50/p95/p99; the hub process's CPU
 *     and memory; apart (`catchUp`), how fresh the articles a desktop does not
 *     have open are (they rest, and the index brings their changes).
 *  2. First sync of a newsroom of 1,000 articles into an empty desktop.
 *  3. Both again with two hubs behind Redis on one PostgreSQL (skipped when
 *     they are not installed).
 * Budgets: fan-out p95 < 100 ms with one hub; first sync < 30 s.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { BODY_FRAGMENT, META_MAP, TITLE_FRAGMENT, metaKeys, seedArticle } from '../common/article/layout';
import type { ArticleSyncInfo } from '../common/api/hub.api';
import { hashPassword } from '../electron/hub/auth';
import { openHubDatabase, type HubStorage } from '../electron/hub/db/database';
import { HubStore } from '../electron/hub/hub-store';
import { startFailoverProxy } from '../tests/hub/chaos-proxy';
import { openDesktop } from '../tests/hub/desktop-harness';
import { insertedIds } from './hub-keys';
import { enginesAvailable, startPostgres, startRedis } from '../tests/hub/engines';
import { PASSWORD, rawClient, removeDir, until } from '../tests/hub/hub-harness';
import { spawnHub as spawnHubProcess, stopGently } from '../tests/hub/hub-process';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string' },
    clients: { type: 'string' },
    newsroom: { type: 'string' },
    only: { type: 'string' },
    'one-hub': { type: 'boolean' },
    'two-hubs': { type: 'boolean' },
    profile: { type: 'string' },
    'client-processes': { type: 'string' },
    'remote-window': { type: 'string' },
  },
});
const SECONDS = Number(args.duration ?? process.env.BENCH_HUB_SECONDS ?? 120);
const CLIENTS = Number(args.clients ?? process.env.BENCH_HUB_CLIENTS ?? 50);
const ARTICLES = 10;
const KEY_EVERY_MS = 200;
const NEWSROOM = Number(args.newsroom ?? process.env.BENCH_HUB_NEWSROOM ?? 1000);
const ONLY = args.only ?? 'all';
/** `--profile DIR`: the hub processes write V8 CPU profiles there (open them in Chrome's DevTools). */
const HUB_NODE_ARGS = args.profile ? ['--cpu-prof', '--cpu-prof-dir', join(args.profile, 'hub')] : [];
const CLIENT_NODE_ARGS = args.profile ? ['--cpu-prof', '--cpu-prof-dir', join(args.profile, 'clients')] : [];
/** `--remote-window MS`: the desktops' window for storing remote edits (default: the sync engine's). */
const REMOTE_WINDOW_MS = args['remote-window'] === undefined ? undefined : Number(args['remote-window']);
/** The simulated desktops run in this many processes (each a group of them). */
const CLIENT_PROCESSES = Number(args['client-processes'] ?? 5);
/**
 * The simulated desktops' data folders. Each real desktop has its own disk and
 * its own process; here 50 share one event loop and one disk, where their
 * fsyncs (better-sqlite3 is synchronous) would queue behind one another and
 * measure this machine's disk rather than the sync. So they go to tmpfs; the
 * hub's database stays on disk with full fsync.
 */
const DESKTOP_ROOT = process.env.BENCH_HUB_DESKTOP_DIR ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
/** The first sync's one desktop is on disk, as a real one is: what it costs to store 1,000 articles durably is part of it. */
const newDesktopOnDisk = () => openDesktop(mkdtempSync(join(tmpdir(), 'toasoan-bench-desk-')), { keepEvents: false, indexEveryMs: 15_000 });

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
const round = (n: number) => Math.round(n * 10) / 10;

/** A hub process; one that dies during the benchmark says so, with its last output. */
async function spawnHub(hubArgs: string[], nodeArgs: string[] = []) {
  const hub = await spawnHubProcess(hubArgs, nodeArgs);
  hub.child.on('exit', (code, signal) => {
    if (code !== 0) console.error(`bench: a hub exited (${code ?? signal}):\n${hub.output().slice(-3000)}`);
  });
  return hub;
}

/** CPU (% of one core) and resident memory of a process, sampled each second from /proc. */
function watchProcess(pid: number) {
  const ticks = 100; // USER_HZ on Linux
  const read = () => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const cpu = (Number(stat[11]) + Number(stat[12])) / ticks;
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    return { cpu, rss };
  };
  const start = { ...read(), at: performance.now() };
  let peakRss = start.rss;
  const timer = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, read().rss);
    } catch {
      // the process ended
    }
  }, 1000);
  return () => {
    clearInterval(timer);
    const end = read();
    const seconds = (performance.now() - start.at) / 1000;
    return { cpuPercentOfOneCore: round((100 * (end.cpu - start.cpu)) / seconds), cpuSeconds: round(end.cpu - start.cpu), rssMb: round(end.rss), peakRssMb: round(peakRss) };
  };
}

/** Accounts (on the first call) and articles `from` … `to` - 1, written straight into the hub's database. */
async function seedNewsroom(storage: HubStorage, from: number, to: number): Promise<void> {
  const database = await openHubDatabase(storage);
  const store = new HubStore(database.db);
  const hash = await hashPassword(PASSWORD, 1 << 12);
  let writer = await store.userByName('ctv');
  if (!writer) {
    for (let i = 0; i < CLIENTS; i += 1) await store.createUser({ name: `bt${i}`, displayName: `Biên tập ${i}`, role: 'editor', passwordHash: hash });
    writer = await store.createUser({ name: 'ctv', displayName: 'Cộng tác viên', role: 'contributor', passwordHash: hash });
  }
  for (let i = from; i < to; i += 1) {
    const doc = new Y.Doc();
    seedArticle(doc);
    doc.transact(() => {
      const meta = doc.getMap<unknown>(META_MAP);
      meta.set(metaKeys.status, 'draft');
      meta.set(metaKeys.kind, 'tin');
      meta.set(metaKeys.category, 'Kinh tế');
      ((doc.getXmlFragment(TITLE_FRAGMENT).get(0) as Y.XmlElement).insert(0, [new Y.XmlText(`Tin số ${i}: xã Tân Thạnh sơ kết vụ lúa`)]));
      const body = doc.getXmlFragment(BODY_FRAGMENT);
      for (let p = 0; p < 6; p += 1) {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText('Sáng nay, Ủy ban nhân dân xã tổ chức hội nghị sơ kết công tác sản xuất nông nghiệp vụ đông xuân, triển khai kế hoạch vụ hè thu với nhiều chỉ tiêu mới. '.repeat(2))]);
        body.insert(body.length, [paragraph]);
      }
    });
    const id = `bai-${String(i).padStart(5, '0')}`;
    await store.createArticle(id, writer.id, 'draft', `Tin số ${i}`);
    await store.appendUpdate(id, Y.encodeStateAsUpdate(doc));
    doc.destroy();
  }
  await database.close();
}

/** One process of simulated desktops (bench/hub-clients.ts), driven over IPC. */
function clientGroup() {
  const child = fork(fileURLToPath(new URL('./hub-clients.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', ...CLIENT_NODE_ARGS],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const replies: unknown[] = [];
  const waiters: Array<(m: unknown) => void> = [];
  child.on('message', (m) => {
    const w = waiters.shift();
    if (w) w(m);
    else replies.push(m);
  });
  child.on('exit', (code) => {
    if (code !== 0) console.error(`bench: a client process exited with ${code}`);
  });
  const next = <T>(): Promise<T> => (replies.length ? Promise.resolve(replies.shift() as T) : new Promise((r) => waiters.push(r as (m: unknown) => void)));
  return {
    child,
    async ask<T>(command: unknown): Promise<T> {
      child.send(command as never);
      return next<T>();
    },
    started: next<unknown>(),
    closed: new Promise<void>((r) => child.once('exit', () => r())),
  };
}

/**
 * 50 simulated desktops in CLIENT_PROCESSES processes (not in this one: 50
 * desktops on one event loop measured that loop's queue, not the hub). Each
 * has one of the 10 articles open and types into it, so each key reaches the
 * 4 others with that article open: the fan-out. The other articles rest on
 * each desktop (the sync's restAfterMs) and are caught up with when the hub's
 * index says they changed: reported apart (`catchUp`), as freshness.
 */
async function fanOut(urls: string[], articleIds: string[], watch: number[]) {
  const groups = Array.from({ length: Math.min(CLIENT_PROCESSES, CLIENTS) }, () => clientGroup());
  await Promise.all(groups.map((g) => g.started));
  await Promise.all(
    groups.map((g, gi) => {
      const logins = Array.from({ length: CLIENTS }, (_, i) => i).filter((i) => i % groups.length === gi);
      return g.ask({
        type: 'open',
        url: urls[gi % urls.length]!,
        logins: logins.map((i) => `bt${i}`),
        articleIds,
        desktopRoot: DESKTOP_ROOT,
        peers: Math.ceil(CLIENTS / articleIds.length) - 1,
        remoteWindowMs: REMOTE_WINDOW_MS,
      });
    }),
  );
  const stops = [...watch, ...groups.map((g) => g.child.pid!)].map((pid) => watchProcess(pid));
  const typed = await Promise.all(groups.map((g) => g.ask<{ sent: Map<string, number>; expected: number }>({ type: 'type', seconds: SECONDS, keyEveryMs: KEY_EVERY_MS })));
  const loads = stops.map((s) => s());
  const sent = new Map<string, number>();
  for (const t of typed) for (const [k, v] of t.sent) sent.set(k, v);
  const parts = await Promise.all(groups.map((g) => g.ask<{ latencies: Float64Array; catchUp: Float64Array }>({ type: 'measure', sent })));
  for (const g of groups) g.child.send({ type: 'close' });
  await Promise.all(groups.map((g) => g.closed));
  const all = new Float64Array(parts.reduce((n, p) => n + p.latencies.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p.latencies, at);
    at += p.latencies.length;
  }
  const sorted = Array.from(all.sort());
  return {
    clientProcesses: groups.length,
    keys: sent.size,
    deliveries: sorted.length,
    expectedDeliveries: typed.reduce((n, t) => n + t.expected, 0),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? NaN),
    catchUp: catchUpFigures(parts.map((p) => p.catchUp)),
    hubs: loads.slice(0, watch.length),
    clients: loads.slice(watch.length),
    // CPU time per delivered key: what a loaded machine changes least (it stretches latency, not work).
    cpuMicrosecondsPerDelivery: {
      hubs: round((1e6 * loads.slice(0, watch.length).reduce((n, l) => n + l.cpuSeconds, 0)) / Math.max(1, sorted.length)),
      clients: round((1e6 * loads.slice(watch.length).reduce((n, l) => n + l.cpuSeconds, 0)) / Math.max(1, sorted.length)),
    },
  };
}

/** Keys of articles a desktop did not have open, caught up with through the index. */
function catchUpFigures(parts: Float64Array[]) {
  const sorted = parts.flatMap((p) => Array.from(p)).sort((x, y) => x - y);
  return { deliveries: sorted.length, p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)) };
}

/**
 * Bare providers (one socket each, no local database) typing one key every
 * KEY_EVERY_MS, logins bt`first`… each on article i % 10 as an editor with the
 * article open would be; `latencies` collects when the others see each key.
 */
async function rawTypists(url: string, articleIds: string[], first: number, count: number) {
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
  const clients: Array<ReturnType<typeof rawClient>> = [];
  for (let i = first; i < first + count; i += 1) {
    const token = await loginToken(url, `bt${i}`);
    const c = rawClient(url, articleIds[i % ARTICLES]!, token);
    c.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== c.provider) return;
      const now = performance.timeOrigin + performance.now();
      for (const key of insertedIds(update)) {
        const at = sentAt.get(key);
        if (at !== undefined) latencies.push(now - at);
      }
    });
    clients.push(c);
  }
  await until('all synced', () => clients.every((c) => c.events.synced), 120_000);
  let running = true;
  const typists = clients.map(async (c) => {
    await new Promise((r) => setTimeout(r, Math.random() * KEY_EVERY_MS));
    const text = c.doc.getText('bench');
    while (running) {
      const next = performance.now() + KEY_EVERY_MS;
      const before = performance.timeOrigin + performance.now();
      const captured: Uint8Array[] = [];
      const grab = (u: Uint8Array) => captured.push(u);
      c.doc.on('update', grab);
      text.insert(text.length, 'a');
      c.doc.off('update', grab);
      for (const u of captured) for (const key of insertedIds(u)) sentAt.set(key, before);
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
  });
  return {
    latencies,
    sentAt,
    async stop() {
      running = false;
      await Promise.all(typists);
      await new Promise((r) => setTimeout(r, 2000));
      for (const c of clients) c.close();
    },
  };
}

/** The hub's own share of the fan-out: the same typing from bare providers. */
async function rawFanOut(url: string, articleIds: string[]) {
  const typists = await rawTypists(url, articleIds, 0, CLIENTS);
  await new Promise((r) => setTimeout(r, Math.min(SECONDS, 30) * 1000));
  await typists.stop();
  const sorted = typists.latencies.sort((x, y) => x - y);
  return { keys: typists.sentAt.size, deliveries: sorted.length, p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), p99Ms: round(percentile(sorted, 99)) };
}

/**
 * What ONE desktop costs (as each runs on its own PC): a real desktop (the
 * services and sync engine, in a process of its own) keeps the 10 articles in
 * step while CLIENTS - 1 bare providers type. Its CPU per delivered key, and
 * the latency to its commit, are measured with the machine far from
 * saturated, unlike the 50 desktops of `fanOut` on this machine's 2 cores.
 */
async function oneDesktop(url: string, articleIds: string[]) {
  const group = clientGroup();
  await group.started;
  await group.ask({ type: 'open', url, logins: ['bt0'], articleIds, desktopRoot: DESKTOP_ROOT, peers: 0, remoteWindowMs: REMOTE_WINDOW_MS });
  const typists = await rawTypists(url, articleIds, 1, CLIENTS - 1);
  const stop = watchProcess(group.child.pid!);
  await new Promise((r) => setTimeout(r, Math.min(SECONDS, 30) * 1000));
  await typists.stop(); // the last keys arrive
  const load = stop();
  const { latencies, catchUp } = await group.ask<{ latencies: Float64Array; catchUp: Float64Array }>({ type: 'measure', sent: typists.sentAt });
  group.child.send({ type: 'close' });
  await group.closed;
  const sorted = Array.from(latencies.sort());
  return {
    keys: typists.sentAt.size,
    deliveries: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    catchUp: catchUpFigures([catchUp]),
    desktop: load,
    cpuMicrosecondsPerDelivery: round((1e6 * load.cpuSeconds) / Math.max(1, sorted.length + catchUp.length)),
  };
}

async function loginToken(url: string, login: string): Promise<string> {
  const res = await fetch(`${url.replace(/^ws/, 'http')}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function firstSync(url: string, articles: number) {
  const d = newDesktopOnDisk();
  const start = performance.now();
  await d.login(url, 'bt0');
  await until(
    'every article synced',
    async () => {
      const states = await d.call<ArticleSyncInfo[]>('hub.articles');
      return states.length >= articles && states.every((s) => s.state === 'synced');
    },
    600_000,
  );
  const seconds = (performance.now() - start) / 1000;
  const count = (d.runtime.ctx.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  await d.close();
  removeDir(d.dir);
  return { articles: count, seconds: round(seconds) };
}

async function oneHub() {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-bench-hub-'));
  await seedNewsroom({ dataDir: dir }, 0, ARTICLES);
  let hub = await spawnHub(['--data-dir', dir, '--port', '0'], HUB_NODE_ARGS);
  const ids = Array.from({ length: ARTICLES }, (_, i) => `bai-${String(i).padStart(5, '0')}`);
  let fan: unknown = { skipped: `--only ${ONLY}` };
  let raw: unknown = fan;
  let desktop: unknown = fan;
  if (ONLY === 'all' || ONLY === 'fanout') {
    fan = await fanOut([hub.url], ids, [hub.child.pid!]);
    raw = await rawFanOut(hub.url, ids);
  }
  if (ONLY !== 'sync') desktop = await oneDesktop(hub.url, ids);
  await stopGently(hub.child);
  if (ONLY === 'fanout' || ONLY === 'desktop') {
    removeDir(dir);
    return { fanOut: fan, hubOnlyFanOut: raw, oneDesktop: desktop };
  }
  await seedNewsroom({ dataDir: dir }, ARTICLES, NEWSROOM);
  hub = await spawnHub(['--data-dir', dir, '--port', '0'], HUB_NODE_ARGS);
  const sync = await firstSync(hub.url, NEWSROOM);
  await stopGently(hub.child);
  removeDir(dir);
  return { fanOut: fan, hubOnlyFanOut: raw, oneDesktop: desktop, firstSync: sync };
}

async function twoHubs() {
  const missing = enginesAvailable();
  if (missing) return { skipped: missing };
  const postgres = await startPostgres();
  const redis = await startRedis();
  try {
    await seedNewsroom({ postgres: postgres.url }, 0, ARTICLES);
    const args = ['--port', '0', '--postgres', postgres.url, '--redis', redis.url];
    const hubs = [await spawnHub(args), await spawnHub(args)];
    const ids = Array.from({ length: ARTICLES }, (_, i) => `bai-${String(i).padStart(5, '0')}`);
    const fan = await fanOut(hubs.map((h) => h.url), ids, hubs.map((h) => h.child.pid!));
    await seedNewsroom({ postgres: postgres.url }, ARTICLES, NEWSROOM);
    const balancer = await startFailoverProxy([Number(new URL(hubs[1]!.url).port)]);
    const sync = await firstSync(balancer.url, NEWSROOM);
    await balancer.close();
    for (const h of hubs) await stopGently(h.child);
    return { fanOut: fan, firstSync: sync };
  } finally {
    await redis.stop();
    await postgres.stop();
  }
}

const result = {
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
  settings: { seconds: SECONDS, clients: CLIENTS, articles: ARTICLES, keyEveryMs: KEY_EVERY_MS, newsroom: NEWSROOM, remoteWindowMs: REMOTE_WINDOW_MS ?? 'default' },
  loadAverageBefore: os.loadavg().map(round),
  oneHub: args['two-hubs'] ? { skipped: '--two-hubs' } : await oneHub(),
  twoHubsBehindRedis: args['one-hub'] || process.env.BENCH_HUB_TWO === '0' ? { skipped: '--one-hub' } : await twoHubs(),
  budgets: { fanOutP95Ms: 100, firstSyncSeconds: 30 },
  // Other work on the machine stretches latency; the CPU per delivered key changes least.
  loadAverageAfter: os.loadavg().map(round),
};
console.log(JSON.stringify(result, null, 2));
process.exit(0);

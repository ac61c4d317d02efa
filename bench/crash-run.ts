import BetterSqlite3 from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { deriveArticle } from '../common/article/derive';

/**
 * Kills the service process (or, with host 'web', the browser host) at random
 * moments while a client types, pastes, changes status and saves versions;
 * after each restart checks that every acknowledged edit is there, that every
 * list field equals the document's, that `PRAGMA integrity_check` passes and
 * that the app opens. Used by `npm run bench:crash` and by a short test.
 */
export interface CrashOptions {
  kills: number;
  host: 'service' | 'web';
  /** Longest time between a restart and the next kill (ms). */
  maxRunMs?: number;
  log?: (line: string) => void;
}

export interface CrashCounts {
  kills: number;
  ackedEdits: number;
  ackedPastes: number;
  ackedStatusChanges: number;
  ackedVersions: number;
  lostEdits: number;
  listMismatches: number;
  statusMismatches: number;
  integrityFailures: number;
  failedOpens: number;
  mismatchDetails: string[];
}

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

interface Service {
  call(method: string, args: unknown): Promise<Reply>;
  kill(): Promise<void>;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const bundles = join(root, 'dist/crash');

/**
 * The service child and the browser host, bundled once with esbuild (npm
 * packages left external): a process that starts in a fraction of a second,
 * so the bench measures restarts, not TypeScript compilation.
 */
async function bundle(): Promise<void> {
  const { build } = await import('esbuild');
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' } as const;
  // Written under a temporary name, then renamed: two runs at once never start a half-written file.
  const tag = `${process.pid}-${Date.now()}`;
  for (const [entry, name] of [
    ['bench/crash-child.ts', 'child.mjs'],
    // dist/crash/host.mjs: its '../../package.json' is the repository's, as from electron/host/main.ts.
    ['electron/host/main.ts', 'host.mjs'],
  ] as const) {
    await build({ ...common, entryPoints: [join(root, entry)], outfile: join(bundles, `${name}.${tag}.tmp.mjs`) });
    renameSync(join(bundles, `${name}.${tag}.tmp.mjs`), join(bundles, name));
  }
}

function startChild(dataDir: string): Promise<Service> {
  const proc = spawn(process.execPath, [join(bundles, 'child.mjs'), dataDir], { stdio: 'pipe' });
  const waiting = new Map<number, (r: Reply) => void>();
  let n = 0;
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  let stderr = '';
  proc.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  proc.stdin!.on('error', () => {});
  return new Promise((resolve, reject) => {
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      const m = JSON.parse(line) as { ready?: boolean; n?: number } & Reply;
      if (m.ready) {
        resolve({
          call(method, args) {
            n++;
            const id = n;
            return new Promise((done) => {
              waiting.set(id, done);
              proc.stdin!.write(`${JSON.stringify({ n: id, method, args })}\n`);
            });
          },
          kill: () => killHard(proc, exited),
        });
        return;
      }
      waiting.get(m.n!)?.(m);
      waiting.delete(m.n!);
    });
    void exited.then(() => {
      reject(new Error(`service exited before it was ready: ${stderr}`));
      for (const done of waiting.values()) done({ ok: false, error: { code: 'DISCONNECTED', message: 'killed' } });
    });
  });
}

function startWebHost(dataDir: string): Promise<Service> {
  const token = randomBytes(16).toString('hex');
  const proc = spawn(
    process.execPath,
    [join(bundles, 'host.mjs'), '--data-dir', dataDir, '--port', '0', '--static', join(root, 'bench')],
    { stdio: 'pipe', env: { ...process.env, TOASOAN_TOKEN: token } },
  );
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  proc.stderr!.on('data', () => {});
  return new Promise((resolve, reject) => {
    void exited.then(() => reject(new Error('host exited before it was ready')));
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      const match = /^TOASOAN_HOST_URL=(http:\/\/[^/#]+)/.exec(line);
      if (!match) return;
      const ws = new WebSocket(`${match[1]!.replace('http', 'ws')}/ws`);
      const waiting = new Map<number, (r: Reply) => void>();
      let n = 0;
      ws.on('message', (data) => {
        const m = JSON.parse(String(data)) as { id?: number } & Reply;
        if (typeof m.id === 'number') {
          waiting.get(m.id)?.(m);
          waiting.delete(m.id);
        }
      });
      const fail = () => {
        for (const done of waiting.values()) done({ ok: false, error: { code: 'DISCONNECTED', message: 'closed' } });
        waiting.clear();
      };
      ws.on('close', fail);
      ws.on('error', () => {});
      ws.on('open', () =>
        resolve({
          call(method, args) {
            n++;
            const id = n;
            return new Promise((done) => {
              if (ws.readyState !== ws.OPEN) return done({ ok: false, error: { code: 'DISCONNECTED', message: 'closed' } });
              waiting.set(id, done);
              ws.send(JSON.stringify({ id, token, method, args }));
            });
          },
          async kill() {
            await killHard(proc, exited);
            ws.terminate();
            fail();
          },
        }),
      );
    });
  });
}

async function killHard(proc: ChildProcess, exited: Promise<void>): Promise<void> {
  proc.kill('SIGKILL');
  await exited;
}

const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
const STATUS_CYCLE = ['in_review', 'draft'] as const;

export async function runCrash(options: CrashOptions): Promise<CrashCounts> {
  const log = options.log ?? (() => {});
  const maxRunMs = options.maxRunMs ?? 400;
  const dataDir = mkdtempSync(join(tmpdir(), 'toasoan-crash-bench-'));
  const counts: CrashCounts = {
    kills: 0,
    ackedEdits: 0,
    ackedPastes: 0,
    ackedStatusChanges: 0,
    ackedVersions: 0,
    lostEdits: 0,
    listMismatches: 0,
    statusMismatches: 0,
    integrityFailures: 0,
    failedOpens: 0,
    mismatchDetails: [],
  };
  await bundle();
  const start = options.host === 'web' ? startWebHost : startChild;
  const editor = new Y.Doc();
  const body = editor.getXmlFragment('body');
  const title = editor.getXmlFragment('title');
  const clientId = editor.clientID;
  const clock = () => Y.decodeStateVector(Y.encodeStateVector(editor)).get(clientId) ?? 0;
  let ackedClock = 0;
  let ackedStatus: string = 'draft';
  let statusInFlight: string | null = null;
  let ackedNamed = 0;

  let service = await start(dataDir);
  const created = await service.call('drafts.create', { kind: 'tin' });
  if (!created.ok) throw new Error(`create failed: ${created.error.message}`);
  const id = (created.value as { id: string }).id;
  const first = await service.call('drafts.open', { id });
  if (!first.ok) throw new Error('open failed');
  Y.applyUpdate(editor, Buffer.from((first.value as { state: string }).state, 'base64'), 'remote');

  try {
    for (let round = 0; round <= options.kills; round++) {
      if (round > 0) {
        try {
          service = await start(dataDir);
        } catch (error) {
          counts.failedOpens++;
          counts.mismatchDetails.push(`round ${round}: ${String(error).slice(0, 500)}`);
          service = await start(dataDir);
        }
      }
      // ---- checks after the restart
      const info = await service.call('app.info', {});
      const opened = await service.call('drafts.open', { id });
      const listed = await service.call('drafts.list', {});
      if (!info.ok || !opened.ok || !listed.ok) {
        counts.failedOpens++;
        counts.mismatchDetails.push(`round ${round}: open failed`);
        continue;
      }
      const stored = new Y.Doc();
      Y.applyUpdate(stored, Buffer.from((opened.value as { state: string }).state, 'base64'));
      const storedClock = Y.decodeStateVector(Y.encodeStateVector(stored)).get(clientId) ?? 0;
      if (storedClock < ackedClock) {
        counts.lostEdits += ackedClock - storedClock;
        counts.mismatchDetails.push(`round ${round}: ${ackedClock - storedClock} acknowledged changes missing`);
      }
      const derived = deriveArticle(stored);
      const summary = (listed.value as { items: Array<Record<string, unknown>> }).items.find((a) => a.id === id)!;
      const expected = {
        title: derived.title,
        sapo: derived.sapo,
        byline: derived.byline,
        category: derived.category,
        kind: derived.kind,
        status: derived.status,
        wordCount: derived.wordCount,
      };
      for (const [key, value] of Object.entries(expected)) {
        if (summary?.[key] !== value) {
          counts.listMismatches++;
          counts.mismatchDetails.push(`round ${round}: list ${key} ${JSON.stringify(summary?.[key])} ≠ document ${JSON.stringify(value)}`);
          break;
        }
      }
      if (derived.status !== ackedStatus && derived.status !== statusInFlight) {
        counts.statusMismatches++;
        counts.mismatchDetails.push(`round ${round}: status ${derived.status}, acknowledged ${ackedStatus}`);
      }
      ackedStatus = derived.status;
      statusInFlight = null;
      const versions = await service.call('drafts.versions', { id });
      if (versions.ok && (versions.value as Array<{ kind: string }>).filter((v) => v.kind === 'named').length < ackedNamed) {
        counts.lostEdits++;
        counts.mismatchDetails.push(`round ${round}: a saved version is missing`);
      }
      const db = new BetterSqlite3(join(dataDir, 'toasoan.db'), { readonly: true, fileMustExist: true });
      try {
        if (db.pragma('integrity_check', { simple: true }) !== 'ok') counts.integrityFailures++;
      } finally {
        db.close();
      }
      if (round === options.kills) break;

      // ---- what the window still holds goes first, then new work
      const missing = Y.encodeStateAsUpdate(editor, Y.encodeStateVector(stored));
      Y.applyUpdate(editor, Y.encodeStateAsUpdate(stored), 'remote');
      stored.destroy();
      const send = (update: Uint8Array, kind: 'edit' | 'paste') => {
        const after = clock();
        void service.call('drafts.append', { id, update: b64(update) }).then((r) => {
          if (!r.ok) return;
          ackedClock = Math.max(ackedClock, after);
          if (kind === 'edit') counts.ackedEdits++;
          else counts.ackedPastes++;
        });
      };
      send(missing, 'edit');
      let pasting = false;
      const onUpdate = (update: Uint8Array, origin: unknown) => {
        if (origin !== 'remote') send(update, pasting ? 'paste' : 'edit');
      };
      editor.on('update', onUpdate);
      const typing = setInterval(() => {
        const r = Math.random();
        if (r < 0.02) {
          pasting = true;
          const p = new Y.XmlElement('paragraph');
          p.insert(0, [new Y.XmlText(`Đoạn dán ${round}: ${'Ủy ban nhân dân xã Tân Thạnh họp bàn. '.repeat(40)}`)]);
          body.insert(body.length, [p]);
          pasting = false;
        } else if (r < 0.04 || body.length === 0) {
          const p = new Y.XmlElement('paragraph');
          p.insert(0, [new Y.XmlText(`đoạn ${round} `)]);
          body.insert(body.length, [p]);
        } else if (r < 0.07) {
          if (title.length === 0) title.insert(0, [new Y.XmlElement('paragraph')]);
          const t = title.get(0) as Y.XmlElement;
          if (t.length === 0) t.insert(0, [new Y.XmlText('')]);
          (t.get(0) as Y.XmlText).insert((t.get(0) as Y.XmlText).length, round % 2 ? 'ă' : ' ');
        } else if (r < 0.09 && statusInFlight === null) {
          const next = STATUS_CYCLE[(STATUS_CYCLE.indexOf(ackedStatus as never) + 1) % 2]!;
          statusInFlight = next;
          void service.call('drafts.setStatus', { id, status: next }).then((res) => {
            if (res.ok) {
              ackedStatus = next;
              counts.ackedStatusChanges++;
            }
            statusInFlight = res.ok ? null : statusInFlight;
          });
        } else if (r < 0.1) {
          void service.call('drafts.saveVersion', { id, name: `v${round}` }).then((res) => {
            if (res.ok) {
              ackedNamed++;
              counts.ackedVersions++;
            }
          });
        } else {
          const last = body.get(body.length - 1) as Y.XmlElement;
          if (last.length === 0) last.insert(0, [new Y.XmlText('')]);
          const text = last.get(0) as Y.XmlText;
          text.insert(text.length, 'ư');
        }
      }, 1);
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * maxRunMs));
      await service.kill();
      counts.kills++;
      clearInterval(typing);
      editor.off('update', onUpdate);
      if (counts.kills % 50 === 0) log(`${counts.kills} kills…`);
    }
    await service.kill();
  } finally {
    await service.kill().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
  return counts;
}

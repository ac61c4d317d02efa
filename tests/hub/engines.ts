import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * PostgreSQL and Redis for the scale tests, each started by the test on
 * loopback in a temporary folder (Debian's `postgresql` and `redis-server`).
 * PostgreSQL refuses to run as root, and CI runs as root: then the server runs
 * as the `postgres` system user, owning its temporary folder.
 */
export interface Engine {
  url: string;
  stop(): Promise<void>;
}

export function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  return null;
}

export function enginesAvailable(): string | null {
  if (!postgresBin()) return 'PostgreSQL is not installed (apt-get install postgresql)';
  if (spawnSync('redis-server', ['--version']).status !== 0) return 'Redis is not installed (apt-get install redis-server)';
  return null;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** Thrown when the port went to another process between freePort() and the engine's bind. */
class PortTaken extends Error {}

/**
 * Waits until the engine's own log says it listens (`listening`), not merely
 * until the port accepts a connection: a free port can be taken by another
 * test process before the engine binds it, and connecting would then reach
 * that process. `taken` recognises the engine's "address in use" failure.
 */
async function waitForListening(what: string, child: ChildProcess, log: () => string, listening: RegExp, taken: RegExp): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (taken.test(log())) {
      if (child.exitCode === null) child.kill('SIGKILL');
      throw new PortTaken(`${what}: port taken: ${log()}`);
    }
    if (listening.test(log())) return;
    if (child.exitCode !== null) throw new Error(`${what} exited: ${log()}`);
    if (Date.now() - start > 60_000) throw new Error(`${what} did not start: ${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts an engine on a free port, on another one if that port was taken first (a few times). */
async function onFreePort<T>(start: (port: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt >= 5) throw error;
    }
  }
}

/** PostgreSQL listens before it accepts queries ("the database system is starting up"): wait for a query to answer. */
async function waitForQueries(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited: ${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() - start > 60_000) throw new Error(`PostgreSQL does not answer: ${String(error)} ${log()}`);
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill(signal);
  });
}

export async function startPostgres(): Promise<Engine> {
  const bin = postgresBin();
  if (!bin) throw new Error('no PostgreSQL');
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-pg-'));
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }) : null;
  const uid = owner?.status === 0 ? Number(owner.stdout.trim()) : undefined;
  const gid = uid !== undefined ? Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim()) : undefined;
  if (asRoot && uid === undefined) throw new Error('running as root and there is no postgres user to run PostgreSQL as');
  if (uid !== undefined) chownSync(dir, uid, gid!);
  const as = uid !== undefined ? { uid, gid } : {};
  const data = join(dir, 'data');
  const init = spawnSync(join(bin, 'initdb'), ['-D', data, '-U', 'toasoan', '--auth=trust', '-E', 'UTF8', '--no-locale'], {
    ...as,
    encoding: 'utf8',
    cwd: dir,
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const { child, port, log } = await onFreePort(async (port) => {
    let log = '';
    const child = spawn(
      join(bin, 'postgres'),
      ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=100'],
      { ...as, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr!.on('data', (c) => (log += c));
    await waitForListening(
      'PostgreSQL',
      child,
      () => log,
      new RegExp(`listening on IPv4 address "127\\.0\\.0\\.1", port ${port}\\b`),
      /could not bind IPv4 address[^\n]*in use|could not create any TCP\/IP sockets/,
    );
    return { child, port, log: () => log };
  });
  const url = `postgres://toasoan@127.0.0.1:${port}/postgres`;
  await waitForQueries(url, child, log);
  return {
    url,
    async stop() {
      await stopChild(child, 'SIGINT'); // fast shutdown
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startRedis(): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-redis-'));
  const { child, port } = await onFreePort(async (port) => {
    let log = '';
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (c) => (log += c));
    child.stderr!.on('data', (c) => (log += c));
    await waitForListening('Redis', child, () => log, /Ready to accept connections/, /Could not create server TCP listening socket[^\n]*in use/);
    return { child, port };
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopChild(child, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

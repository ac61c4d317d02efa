import { spawn, type ChildProcess, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { defaultCategories } from '../../common/article/categories';

/**
 * A real WordPress for the tests: Debian's packaged WordPress served by PHP's
 * built-in server, over its own MariaDB on a temporary data folder. Each
 * instance has its own ports, its own config file in /etc/wordpress (chosen
 * through WORDPRESS_CONFIG by router.php, so several instances can run side
 * by side) and its own uploads folder. The first start of a test run installs
 * WordPress into a database template under the temp folder (about ten
 * seconds); later starts, in any process, copy that template (about one).
 * Needs the Debian packages
 * `wordpress mariadb-server php-cli php-mysql php-gd` and write access to
 * /etc/wordpress (the tests run as root).
 */
/** A post as the tests read it back (`context=edit`). */
export interface WpPost {
  id: number;
  slug: string;
  status: string;
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
  categories: number[];
  tags: number[];
  featured_media: number;
}

export interface WordPressInstance {
  /** Base address, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly adminUser: string;
  /** The administrator's application password (full rights). */
  readonly appPassword: string;
  readonly subscriber: { user: string; appPassword: string };
  readonly contributor: { user: string; appPassword: string };
  readonly categories: readonly string[];
  /** GET a REST route as the administrator; `route` like `/wp/v2/posts?status=any`. */
  rest<T = unknown>(route: string): Promise<T>;
  /** POST a JSON body to a REST route as the administrator (a portal editor's change). */
  restPost<T = unknown>(route: string, body: unknown): Promise<T>;
  /** Stops only the web server (the portal is "down"); the database keeps running. */
  stopServer(): Promise<void>;
  /** Starts the web server again on the same port. */
  startServer(): Promise<void>;
  /** Stops everything and deletes the temporary folders and the config file. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Categories created on the site; defaults to the newsroom's default list. */
  categories?: readonly string[];
  /** PHP's upload limits (php.ini syntax, e.g. '2M'); both default to 64M. Debian's own defaults are 2M and 8M. */
  php?: { uploadMaxFilesize?: string; postMaxSize?: string };
}

const here = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);
const WP_ROOT = '/usr/share/wordpress';
const CONFIG_DIR = '/etc/wordpress';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits until the child accepts connections on its own socket file. */
async function waitForSocket(path: string, child: ChildProcess, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(path);
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} did not open ${path} within ${timeoutMs} ms`);
}

/**
 * Starts `php -S` on `port` and resolves once it says it listens there, or
 * rejects with `taken: true` when the port went to another process first
 * (connecting would not tell: it would reach that other process). Its
 * request log is drained; the last lines are kept for error messages.
 */
export function spawnPhpServer(args: string[], port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn('php', args, { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const tail: string[] = [];
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error: (Error & { taken?: boolean }) | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        void stopChild(child);
        reject(error);
      } else resolve(child);
    };
    const timer = setTimeout(() => settle(new Error(`php -S did not start on port ${port} within 30 s:\n${tail.join('\n')}`)), 30_000);
    let pending = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        if (line.includes(`Development Server (http://127.0.0.1:${port}) started`)) settle(null);
        else if (line.includes('Failed to listen')) settle(Object.assign(new Error(`php -S: ${line}`), { taken: /in use/i.test(line) }));
      }
    });
    child.once('exit', (code, signal) => settle(new Error(`php -S exited (${code ?? signal}) before it listened:\n${tail.join('\n')}`)));
  });
}

/** Children run in their own process group (php -S forks workers that share the socket): signal the group. */
export async function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      child.kill(name);
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  // Workers of the group may outlive the leader by a moment.
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // the group is gone
  }
}

interface Credentials {
  adminUser: string;
  appPassword: string;
  subscriber: { user: string; appPassword: string };
  contributor: { user: string; appPassword: string };
}

/** Bump when install.php or the template's layout changes. */
const TEMPLATE_FORMAT = 1;

function mariadbArgs(dbDir: string, root: string): string[] {
  return [
    '--no-defaults',
    `--datadir=${dbDir}`,
    // The database listens on its own socket file only: no TCP port another process could take first.
    '--skip-networking',
    `--socket=${join(root, 'mysqld.sock')}`,
    `--pid-file=${join(root, 'mysqld.pid')}`,
    '--user=root',
    '--skip-grant-tables',
    '--skip-name-resolve',
    '--skip-log-bin',
    '--innodb-buffer-pool-size=32M',
    '--innodb-log-file-size=8M',
    `--log-error=${join(root, 'mysqld.err')}`,
  ];
}

async function startMariadb(dbDir: string, root: string): Promise<ChildProcess> {
  const child = spawn('mariadbd', mariadbArgs(dbDir, root), { stdio: 'ignore', detached: true });
  await waitForSocket(join(root, 'mysqld.sock'), child, 'mariadbd');
  return child;
}

function configPhp(name: string, dbSocket: string, contentDir: string, url: string): { file: string; text: string } {
  return {
    file: join(CONFIG_DIR, `config-${name}.php`),
    text: `<?php
// Written by tests/wordpress/wordpress-harness.ts for one test instance; deleted on teardown.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${JSON.stringify(`localhost:${dbSocket}`)});
define('WP_CONTENT_DIR', ${JSON.stringify(contentDir)});
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
$table_prefix = 'wp_';
`,
  };
}

function makeContentDir(root: string): string {
  const contentDir = join(root, 'wp-content');
  mkdirSync(join(contentDir, 'uploads'), { recursive: true });
  mkdirSync(join(contentDir, 'plugins'));
  symlinkSync(join(WP_ROOT, 'wp-content', 'themes'), join(contentDir, 'themes'));
  return contentDir;
}

/** Installs a site from scratch into `<target>/db` and returns its credentials; the database is shut down cleanly. */
async function buildTemplate(target: string, categories: readonly string[]): Promise<Credentials> {
  const root = mkdtempSync(join(tmpdir(), 'toasoan-wp-build-'));
  const dbDir = join(target, 'db');
  const name = `toasoan-build-${basename(root)}`;
  // Stored in the template; each instance overrides it with its own address (WP_HOME, WP_SITEURL).
  const url = 'http://127.0.0.1';
  const contentDir = makeContentDir(root);
  const config = configPhp(name, join(root, 'mysqld.sock'), contentDir, url);
  let mariadb: ChildProcess | null = null;
  try {
    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${dbDir}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
      '--innodb-log-file-size=8M',
      '--innodb-buffer-pool-size=32M',
    ]);
    mariadb = await startMariadb(dbDir, root);
    await run('mariadb', ['--no-defaults', `--socket=${join(root, 'mysqld.sock')}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);
    writeFileSync(config.file, config.text);
    const installed = await run('php', [join(here, 'install.php')], {
      env: { ...process.env, TOASOAN_WP_CONFIG: name, TOASOAN_WP_URL: url, TOASOAN_WP_CATEGORIES: JSON.stringify(categories) },
      maxBuffer: 1 << 20,
    });
    return JSON.parse(installed.stdout.slice(installed.stdout.indexOf('{'))) as Credentials;
  } catch (error) {
    const log = join(root, 'mysqld.err');
    const detail = existsSync(log) ? `\nmariadbd log:\n${readFileSync(log, 'utf8').slice(-2000)}` : '';
    throw new Error(`could not install WordPress: ${error instanceof Error ? error.message : String(error)}${detail}`);
  } finally {
    await stopChild(mariadb);
    rmSync(config.file, { force: true });
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * The installed template for these categories, built once per machine and
 * shared by every process (a lock folder keeps two processes from building
 * it at the same time).
 */
async function template(categories: readonly string[]): Promise<{ dbDir: string; credentials: Credentials }> {
  const key = createHash('sha256')
    .update(JSON.stringify({ TEMPLATE_FORMAT, categories, install: readFileSync(join(here, 'install.php'), 'utf8') }))
    .digest('hex')
    .slice(0, 16);
  const dir = join(tmpdir(), `toasoan-wp-template-${key}`);
  const ready = join(dir, 'credentials.json');
  const lock = `${dir}.lock`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (existsSync(ready)) return { dbDir: join(dir, 'db'), credentials: JSON.parse(readFileSync(ready, 'utf8')) as Credentials };
    let locked = false;
    try {
      mkdirSync(lock);
      locked = true;
    } catch {
      // Someone else is building it; a lock older than three minutes is left over from a crash.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // gone meanwhile
      }
    }
    if (locked) {
      const building = mkdtempSync(`${dir}.building-`);
      try {
        const credentials = await buildTemplate(building, categories);
        writeFileSync(join(building, 'credentials.json'), JSON.stringify(credentials));
        rmSync(dir, { recursive: true, force: true });
        renameSync(building, dir);
      } finally {
        rmSync(building, { recursive: true, force: true });
        rmSync(lock, { recursive: true, force: true });
      }
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for the WordPress template ${dir}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startWordPress(options: StartOptions = {}): Promise<WordPressInstance> {
  if (!existsSync(join(WP_ROOT, 'wp-config.php'))) throw new Error('Debian package "wordpress" is not installed');
  const categories = options.categories ?? defaultCategories;
  const { dbDir: templateDb, credentials } = await template(categories);
  const root = mkdtempSync(join(tmpdir(), 'toasoan-wp-'));
  const dbDir = join(root, 'db');
  const contentDir = makeContentDir(root);
  const name = `toasoan-test-${basename(root)}`;
  const dbSocket = join(root, 'mysqld.sock');
  let webPort = 0;
  let url = '';
  const config = { file: configPhp(name, dbSocket, contentDir, url).file };

  let mariadb: ChildProcess | null = null;
  let php: ChildProcess | null = null;
  const cleanup = async () => {
    await stopChild(php);
    await stopChild(mariadb);
    rmSync(config.file, { force: true });
    rmSync(root, { recursive: true, force: true });
  };

  try {
    cpSync(templateDb, dbDir, { recursive: true });
    mariadb = await startMariadb(dbDir, root);

    const phpArgs = (port: number) => [
      '-d',
      `upload_max_filesize=${options.php?.uploadMaxFilesize ?? '64M'}`,
      '-d',
      `post_max_size=${options.php?.postMaxSize ?? '64M'}`,
      '-S',
      `127.0.0.1:${port}`,
      '-t',
      WP_ROOT,
      join(here, 'router.php'),
    ];
    const phpEnv = () => ({ ...process.env, TOASOAN_WP_CONFIG: name, TOASOAN_WP_CONTENT: contentDir, TOASOAN_WP_URL: url, PHP_CLI_SERVER_WORKERS: '4' });
    // A free port can be taken by another process before php binds it: then try another one.
    for (let attempt = 1; ; attempt++) {
      webPort = await freePort();
      url = `http://127.0.0.1:${webPort}`;
      writeFileSync(config.file, configPhp(name, dbSocket, contentDir, url).text);
      try {
        php = await spawnPhpServer(phpArgs(webPort), webPort, phpEnv());
        break;
      } catch (error) {
        if (!(error as { taken?: boolean }).taken || attempt >= 5) throw error;
      }
    }

    // Restarts on the same port (the site's address is in its configuration).
    const startServer = async () => {
      if (php && php.exitCode === null && php.signalCode === null) return;
      php = await spawnPhpServer(phpArgs(webPort), webPort, phpEnv());
    };

    const authorization = 'Basic ' + Buffer.from(`${credentials.adminUser}:${credentials.appPassword}`).toString('base64');
    return {
      url,
      adminUser: credentials.adminUser,
      appPassword: credentials.appPassword,
      subscriber: credentials.subscriber,
      contributor: credentials.contributor,
      categories,
      async rest<T>(route: string): Promise<T> {
        const [path, query] = route.split('?');
        const response = await fetch(`${url}/?rest_route=${path}${query ? `&${query}` : ''}`, {
          headers: { authorization },
        });
        if (!response.ok) throw new Error(`GET ${route}: ${response.status} ${await response.text()}`);
        return (await response.json()) as T;
      },
      async restPost<T>(route: string, body: unknown): Promise<T> {
        const response = await fetch(`${url}/?rest_route=${route}`, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`POST ${route}: ${response.status} ${await response.text()}`);
        return (await response.json()) as T;
      },
      startServer,
      async stopServer() {
        await stopChild(php);
      },
      stop: cleanup,
    };
  } catch (error) {
    const log = join(root, 'mysqld.err');
    const detail = existsSync(log) ? `\nmariadbd log:\n${readFileSync(log, 'utf8').slice(-2000)}` : '';
    await cleanup();
    throw new Error(`could not start WordPress: ${error instanceof Error ? error.message : String(error)}${detail}`);
  }
}

import BetterSqlite3, { type Database } from 'better-sqlite3';
import { accessSync, closeSync, constants, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups, removePartialBackups, takeBackup, takeBackupInBackground } from './backups';
import { pendingMigrations, runMigrations, schemaVersion } from './migrate';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations/index';
import { mergeBackupInto, salvageInto } from './salvage';

export const DB_FILE = 'toasoan.db';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Below this much free space in the data folder, a start opens read-only rather than fail on the first write. */
export const MIN_FREE_BYTES = 1024 * 1024;

export type ReadOnlyReason = 'disk-full' | 'folder' | 'file';

export type DatabaseNoticeCode = 'DB_RESTORED' | 'DB_RECREATED' | 'DB_SALVAGED' | 'DB_READ_ONLY';

/** Where the database tells the user what happened at start-up (the app's NoticeBoard). */
export interface DatabaseNotices {
  raise(code: DatabaseNoticeCode, detail: string, params?: Record<string, string | number>): unknown;
}

export interface OpenedDatabase {
  readonly db: Database;
  readonly path: string;
  readonly dataDir: string;
  /** Why the database is open read-only (nothing is written, moved or created), or null. */
  readonly readOnly: ReadOnlyReason | null;
  /** Copies the database to the rotating backups now (in the background); resolves with the file written. */
  backup(): Promise<string>;
  /** Resolves when no backup is being written (a close before that abandons it). */
  whenIdle(): Promise<void>;
  /** A backup (unless read-only), a checkpoint if the disk allows, then closes. Never throws. */
  close(): void;
}

export interface OpenDatabaseOptions {
  migrations?: readonly Migration[];
  /** How many rotating backups to keep (default 5). */
  keepBackups?: number;
  /** Take a backup every this many ms while open (default daily; 0 = never). */
  backupEveryMs?: number;
  /** Take a backup when closing (default true). */
  backupOnClose?: boolean;
}

/** Free bytes for this user in the folder's file system (Infinity if unknown). */
export function freeBytes(dir: string): number {
  try {
    const s = statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Opens the one database of a data folder, shared by every service (`ctx.db`).
 *
 * 1. SQLite opens an existing file itself, which replays its WAL; only what
 *    `PRAGMA quick_check` reports after that counts as corruption. A fault is
 *    not corruption: with a full disk, a read-only folder or a read-only file
 *    the database opens read-only (in memory, from what is on disk), and
 *    nothing in the folder is moved or created.
 * 2. A corrupt file is copied (with its WAL) to `corrupt/` before anything
 *    writes; what still reads is salvaged into a new database, and the newest
 *    good backup is merged in (DB_RESTORED / DB_SALVAGED / DB_RECREATED).
 * 3. Pending migrations run, after a copy of the file is taken.
 * 4. A rotating backup is taken at start-up, daily and at a clean close (see
 *    backups.ts: the last whole one is never rotated away).
 */
export function openDatabase(dataDir: string, notices: DatabaseNotices, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const path = join(dataDir, DB_FILE);
  const migrations = options.migrations ?? allMigrations;

  const fault = writeFault(dataDir, path);
  if (fault) return openReadOnly(dataDir, path, fault, migrations, notices);
  mkdirSync(dataDir, { recursive: true });
  const backupDir = join(dataDir, 'backups');
  const keep = options.keepBackups ?? 5;

  let db: Database;
  if (existsSync(path)) {
    const checked = checkedOpen(path);
    if ('problem' in checked) {
      db = recover(path, dataDir, backupDir, checked, migrations, notices);
    } else {
      db = checked.db;
    }
  } else {
    db = new BetterSqlite3(path);
  }
  configure(db);
  const pending = pendingMigrations(db, migrations);
  if (pending.length > 0 && schemaVersion(db) > 0) {
    takeBackup(db, backupDir, `pre-migration-v${schemaVersion(db)}`, Number.POSITIVE_INFINITY);
  }
  runMigrations(db, migrations);

  removePartialBackups(backupDir);
  const running = new Set<Promise<unknown>>();
  const backup = (reason: string) => {
    const job = takeBackupInBackground(db, backupDir, reason, keep);
    running.add(job);
    const settle = () => running.delete(job);
    job.then(settle, (error: unknown) => {
      settle();
      if (db.open) console.error(`database backup (${reason}) failed`, error);
    });
    return job;
  };
  void backup('startup').catch(() => undefined);
  const every = options.backupEveryMs ?? DAY_MS;
  const timer = every > 0 ? setInterval(() => void backup('daily').catch(() => undefined), every) : undefined;
  timer?.unref();

  return {
    db,
    path,
    dataDir,
    readOnly: null,
    backup: () => backup('manual'),
    async whenIdle() {
      while (running.size) await Promise.allSettled([...running]);
    },
    close() {
      if (timer) clearInterval(timer);
      if (!db.open) return;
      if (options.backupOnClose ?? true) {
        try {
          if (freeBytes(dataDir) > statSync(path).size * 2) takeBackup(db, backupDir, 'close', keep);
        } catch (error) {
          console.error('database backup at close failed', error);
        }
      }
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (error) {
        // E.g. a full disk: the WAL stays, and the next start replays it. Nothing is lost.
        console.error('database checkpoint at close failed; the WAL is kept for the next start', error);
      }
      db.close();
    },
  };
}

function configure(db: Database): void {
  db.pragma('journal_mode = WAL');
  // synchronous = FULL: every commit fsyncs the WAL before the append is
  // acknowledged, so an acknowledged keystroke survives a power cut or a
  // forced restart. (NORMAL would only fsync at checkpoints: a power loss
  // could roll back the last seconds of acknowledged typing.) The cost is one
  // fsync per batch of appends, which batching keeps to one per burst.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -32000');
}

/** Why the data folder cannot be written now (checked before anything is created), or null. */
export function writeFault(dataDir: string, path: string): ReadOnlyReason | null {
  let dir = dataDir;
  // A folder that does not exist yet is as writable as its nearest existing parent.
  while (!existsSync(dir)) {
    const parent = join(dir, '..');
    if (parent === dir) break;
    dir = parent;
  }
  if (freeBytes(dir) < MIN_FREE_BYTES) return 'disk-full';
  if (!canWrite(dir)) return 'folder';
  if (existsSync(path) && !canWrite(path)) return 'file';
  return null;
}

/**
 * access(W_OK) sees permissions and read-only mounts; for root, who ignores
 * permissions, it still reports a read-only mount (EROFS).
 */
function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The database opened read-only: a copy in memory of what SQLite reads from
 * the folder (its WAL included), migrated there, with writes refused
 * (`query_only`). Nothing in the folder is touched. A folder without a
 * database gets an empty one in memory.
 */
function openReadOnly(
  dataDir: string,
  path: string,
  reason: ReadOnlyReason,
  migrations: readonly Migration[],
  notices: DatabaseNotices,
): OpenedDatabase {
  const db = existsSync(path) ? new BetterSqlite3(readOnlyImage(path)) : new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, migrations);
  db.pragma('query_only = ON');
  notices.raise('DB_READ_ONLY', dataDir, {
    reason,
    dir: dataDir,
    free: Number.isFinite(freeBytes(dataDir)) ? freeBytes(dataDir) : -1,
  });
  return {
    db,
    path,
    dataDir,
    readOnly: reason,
    backup: async () => {
      throw Object.assign(new Error('read-only: no backup'), { code: 'SQLITE_READONLY' });
    },
    whenIdle: async () => {},
    close() {
      if (db.open) db.close();
    },
  };
}

/**
 * The database as SQLite reads it (WAL frames included), as bytes for an
 * in-memory copy. With frames in the WAL, a read-only connection reads
 * through it (that needs the -shm a crash leaves behind); without, or if that
 * fails, the file itself is the database. Marked as a rollback-journal
 * database, which is what an in-memory copy can be.
 */
function readOnlyImage(path: string): Buffer {
  const wal = `${path}-wal`;
  let image: Buffer | null = null;
  if (existsSync(wal) && statSync(wal).size > 32) {
    try {
      const disk = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
      try {
        image = disk.serialize();
      } finally {
        disk.close();
      }
    } catch (error) {
      console.error('reading the WAL read-only failed; using the database file alone', error);
    }
  }
  image ??= readFileSync(path);
  if (image.length >= 100) {
    image[18] = 1;
    image[19] = 1;
  }
  return image;
}

type Checked = { db: Database } | { problem: string; db: Database | null };

/** Opens the file (SQLite replays its WAL) and runs quick_check; returns the open database or the problem. */
function checkedOpen(path: string): Checked {
  let db: Database | null = null;
  const wal = `${path}-wal`;
  // An empty file where a database was (its WAL empty too) holds nothing: restore rather than start blank.
  if (statSync(path).size === 0 && !(existsSync(wal) && statSync(wal).size > 32)) return { problem: 'empty file', db: null };
  try {
    db = new BetterSqlite3(path, { fileMustExist: true });
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length === 0) {
      const shortBy = truncated(path, db);
      if (!shortBy) return { db };
      return { problem: shortBy, db };
    }
    return { problem: problems.slice(0, 3).join('; '), db };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error), db };
  }
}

/**
 * A file shorter than its own page count says is missing pages, unless the
 * WAL still holds them (a checkpoint cut short: SQLite finishes it itself).
 * So it is checked only after SQLite opened the file, and only when the WAL
 * is empty.
 */
function truncated(path: string, db: Database): string | null {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 32) return null;
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const size = statSync(path).size;
  if (size >= pageSize * pageCount) return null;
  // The page count SQLite itself uses (it falls back to the file size when the header's is stale).
  const live = db.pragma('page_count', { simple: true }) as number;
  return live * pageSize > size ? `truncated: ${size} bytes, header says ${pageSize * pageCount}` : null;
}

/** Returns why the file is unusable, or null when it is a healthy SQLite database (WAL replayed first). */
export function checkDatabaseFile(path: string): string | null {
  if (!existsSync(path)) return 'no file';
  const checked = checkedOpen(path);
  checked.db?.close();
  return 'problem' in checked ? checked.problem : null;
}

/**
 * A database SQLite itself calls corrupt. Nothing is renamed: the file and
 * its WAL are copied to `corrupt/` first (so frames the WAL holds stay with
 * it), then what still reads is salvaged into a new file, the newest backup
 * that passes the check is merged in, and the new file takes the old one's
 * place.
 */
function recover(
  path: string,
  dataDir: string,
  backupDir: string,
  checked: { problem: string; db: Database | null },
  migrations: readonly Migration[],
  notices: DatabaseNotices,
): Database {
  const corruptDir = join(dataDir, 'corrupt');
  mkdirSync(corruptDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const keptAt = join(corruptDir, `${DB_FILE}.${stamp}`);
  for (const suffix of ['', '-wal']) {
    if (existsSync(path + suffix)) copyFileSync(path + suffix, keptAt + suffix);
  }
  console.error(`database ${path} is unusable (${checked.problem}); a copy is kept at ${keptAt}`);

  const fresh = `${path}.salvage`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(fresh + suffix, { force: true });
  const target = new BetterSqlite3(fresh);
  target.pragma('journal_mode = WAL');
  runMigrations(target, migrations);
  let salvaged = 0;
  if (checked.db) {
    try {
      salvaged = salvageInto(checked.db, target).articles;
    } catch (error) {
      console.error('salvage failed', error);
    }
    checked.db.close();
  }
  const good = listBackups(backupDir).find((b) => checkDatabaseFile(b.path) === null);
  let fromBackup = 0;
  if (good) {
    try {
      fromBackup = mergeBackupInto(good.path, target);
    } catch (error) {
      console.error(`merging backup ${good.path} failed`, error);
    }
  }
  target.pragma('wal_checkpoint(TRUNCATE)');
  target.close();
  for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
  renameSync(fresh, path);
  rmSync(`${fresh}-wal`, { force: true });
  rmSync(`${fresh}-shm`, { force: true });

  const params = { salvaged, fromBackup, kept: keptAt };
  if (good) notices.raise('DB_RESTORED', good.takenAt.toLocaleString('vi-VN'), params);
  else if (salvaged > 0) notices.raise('DB_SALVAGED', keptAt, params);
  else notices.raise('DB_RECREATED', keptAt, params);
  return new BetterSqlite3(path);
}

import BetterSqlite3, { type Database } from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups, removePartialBackups, takeBackup, takeBackupInBackground } from './backups';
import { pendingMigrations, runMigrations, schemaVersion } from './migrate';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations/index';

export const DB_FILE = 'toasoan.db';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Where the database tells the user what happened at start-up (the app's NoticeBoard). */
export interface DatabaseNotices {
  raise(code: 'DB_RESTORED' | 'DB_RECREATED', detail: string): unknown;
}

export interface OpenedDatabase {
  readonly db: Database;
  readonly path: string;
  /** Copies the database to the rotating backups now (in the background); resolves with the file written. */
  backup(): Promise<string>;
  /** Resolves when no backup is being written (a close before that abandons it). */
  whenIdle(): Promise<void>;
  close(): void;
}

export interface OpenDatabaseOptions {
  migrations?: readonly Migration[];
  /** How many rotating backups to keep (default 5). */
  keepBackups?: number;
  /** Take a backup every this many ms while open (default daily; 0 = never). */
  backupEveryMs?: number;
}

/**
 * Opens the one database of a data folder, shared by every service (`ctx.db`).
 *
 * 1. An existing file is checked (`PRAGMA quick_check` plus the header's page
 *    count against the file size). A corrupt file is moved to `corrupt/`, the
 *    newest backup that passes the same check is put in its place
 *    (DB_RESTORED), or an empty database is created (DB_RECREATED). Either
 *    way the app opens.
 * 2. Pending migrations run, after a copy of the file is taken.
 * 3. A rotating backup is taken at start-up and then daily, in the
 *    background (see takeBackupInBackground).
 */
export function openDatabase(dataDir: string, notices: DatabaseNotices, options: OpenDatabaseOptions = {}): OpenedDatabase {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DB_FILE);
  const backupDir = join(dataDir, 'backups');
  const keep = options.keepBackups ?? 5;
  const migrations = options.migrations ?? allMigrations;

  if (existsSync(path)) {
    const problem = checkDatabaseFile(path);
    if (problem) recover(path, dataDir, backupDir, problem, notices);
  }

  const db = new BetterSqlite3(path);
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
    backup: () => backup('manual'),
    async whenIdle() {
      while (running.size) await Promise.allSettled([...running]);
    },
    close() {
      if (timer) clearInterval(timer);
      if (db.open) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
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

/** Returns why the file is unusable, or null when it is a healthy SQLite database. */
export function checkDatabaseFile(path: string): string | null {
  const size = statSync(path).size;
  if (size === 0) return 'empty file';
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return 'not a SQLite file';
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  if (size < pageSize * pageCount) return `truncated: ${size} bytes, header says ${pageSize * pageCount}`;
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { fileMustExist: true });
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return problems.length ? problems.slice(0, 3).join('; ') : null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

function recover(path: string, dataDir: string, backupDir: string, problem: string, notices: DatabaseNotices): void {
  const corruptDir = join(dataDir, 'corrupt');
  mkdirSync(corruptDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedTo = join(corruptDir, `${DB_FILE}.${stamp}`);
  renameSync(path, movedTo);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, movedTo + suffix);
  }
  console.error(`database ${path} is unusable (${problem}); moved to ${movedTo}`);
  for (const backup of listBackups(backupDir)) {
    if (checkDatabaseFile(backup.path) !== null) continue;
    copyFileSync(backup.path, path);
    notices.raise('DB_RESTORED', backup.takenAt.toLocaleString('vi-VN'));
    return;
  }
  notices.raise('DB_RECREATED', movedTo);
}

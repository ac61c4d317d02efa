import BetterSqlite3, { type Database } from 'better-sqlite3';
import { registerChecksumFunction } from './checksum';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BackupFile {
  path: string;
  takenAt: Date;
  /** Verified after it was written: SQLite's check passed and every update, snapshot and version matched its checksum. */
  whole: boolean;
}

const WHOLE = '-whole.db';

const PREFIX = 'toasoan-';

function backupPath(dir: string, reason: string): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return join(dir, `${PREFIX}${stamp}-${reason}.db`);
}

/**
 * Keeps the newest `keep` rotating backups, and always the newest whole one:
 * if damage crept into the database, the last copy in which every article
 * loaded whole survives any number of later backups.
 */
function rotate(dir: string, keep: number): void {
  if (!Number.isFinite(keep)) return;
  const rotating = listBackups(dir).filter((b) => !b.path.includes('pre-migration'));
  const lastWhole = rotating.find((b) => b.whole);
  for (const old of rotating.slice(keep)) {
    if (old === lastWhole) continue;
    rmSync(old.path, { force: true });
  }
}

/**
 * Whether a backup file is whole: quick_check passes and no stored update,
 * snapshot or version fails its checksum.
 */
export function isWholeCopy(path: string): boolean {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    registerChecksumFunction(db);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return false;
    const bad = db
      .prepare(
        `SELECT (SELECT count(*) FROM doc_updates WHERE crc IS NOT NULL AND toasoan_crc32(data) != crc)
              + (SELECT count(*) FROM doc_snapshots WHERE crc IS NOT NULL AND toasoan_crc32(state) != crc)
              + (SELECT count(*) FROM doc_versions WHERE crc IS NOT NULL AND toasoan_crc32(state) != crc) AS n`,
      )
      .get() as { n: number };
    return bad.n === 0;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** Renames a verified backup so its name says it is whole; returns the path it ends up at. */
function markIfWhole(file: string): string {
  if (!isWholeCopy(file)) return file;
  const whole = file.replace(/\.db$/, WHOLE);
  renameSync(file, whole);
  return whole;
}

/**
 * Writes a consistent copy of the live database (VACUUM INTO works while the
 * database is open and in WAL mode) and keeps only the newest `keep` of the
 * rotating backups. Pre-migration copies are kept separately by name.
 * Blocks: used before migrations, where nothing else may run.
 */
export function takeBackup(db: Database, dir: string, reason: string, keep: number): string {
  const file = backupPath(dir, reason);
  rmSync(file, { force: true });
  db.prepare('VACUUM INTO ?').run(file);
  const final = Number.isFinite(keep) ? markIfWhole(file) : file;
  rotate(dir, keep);
  return final;
}

/**
 * The same, without blocking: SQLite's online backup copies a few pages per
 * turn of the event loop, so the app keeps answering while a large database
 * is copied. The copy is written under a `.partial` name and renamed when
 * complete, so a crash mid-way never leaves a half backup that looks whole.
 */
export async function takeBackupInBackground(db: Database, dir: string, reason: string, keep: number): Promise<string> {
  const file = backupPath(dir, reason);
  const partial = `${file}.partial`;
  try {
    await db.backup(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const final = markIfWhole(file);
  rotate(dir, keep);
  return final;
}

/** Removes copies left half-written by a crash. */
export function removePartialBackups(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith('.partial')) rmSync(join(dir, name), { force: true });
}

/** Backups, newest first. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.db'))
    .map((name) => {
      const path = join(dir, name);
      return { path, takenAt: statSync(path).mtime, name, whole: name.endsWith(WHOLE) };
    })
    .sort((a, b) => b.name.localeCompare(a.name))
    .map(({ path, takenAt, whole }) => ({ path, takenAt, whole }));
}

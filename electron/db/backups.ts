import type { Database } from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BackupFile {
  path: string;
  takenAt: Date;
}

const PREFIX = 'toasoan-';

function backupPath(dir: string, reason: string): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return join(dir, `${PREFIX}${stamp}-${reason}.db`);
}

function rotate(dir: string, keep: number): void {
  if (!Number.isFinite(keep)) return;
  for (const old of listBackups(dir).filter((b) => !b.path.includes('pre-migration')).slice(keep)) {
    rmSync(old.path, { force: true });
  }
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
  rotate(dir, keep);
  return file;
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
  rotate(dir, keep);
  return file;
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
      return { path, takenAt: statSync(path).mtime, name };
    })
    .sort((a, b) => b.name.localeCompare(a.name))
    .map(({ path, takenAt }) => ({ path, takenAt }));
}

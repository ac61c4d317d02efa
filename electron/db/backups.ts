import type { Database } from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BackupFile {
  path: string;
  takenAt: Date;
}

const PREFIX = 'toasoan-';

/**
 * Writes a consistent copy of the live database (VACUUM INTO works while the
 * database is open and in WAL mode) and keeps only the newest `keep` of the
 * rotating backups. Pre-migration copies are kept separately by name.
 */
export function takeBackup(db: Database, dir: string, reason: string, keep: number): string {
  mkdirSync(dir, { recursive: true });
  const now = new Date();
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `${PREFIX}${stamp}-${reason}.db`);
  rmSync(file, { force: true });
  db.prepare('VACUUM INTO ?').run(file);
  if (Number.isFinite(keep)) {
    for (const old of listBackups(dir).filter((b) => !b.path.includes('pre-migration')).slice(keep)) {
      rmSync(old.path, { force: true });
    }
  }
  return file;
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

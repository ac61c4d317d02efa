import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function pendingMigrations(db: Database, list: readonly Migration[]): Migration[] {
  const current = schemaVersion(db);
  return list.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
}

/**
 * Applies every migration newer than `PRAGMA user_version`, each in its own
 * transaction together with the new user_version, so a crash leaves the
 * database at the last completed step. Returns the versions applied.
 */
export function runMigrations(db: Database, list: readonly Migration[]): number[] {
  const applied: number[] = [];
  for (const migration of pendingMigrations(db, list)) {
    if (!Number.isInteger(migration.version) || migration.version <= 0) {
      throw new Error(`migration ${migration.name}: bad version ${migration.version}`);
    }
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}

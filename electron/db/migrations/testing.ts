import BetterSqlite3, { type Database } from 'better-sqlite3';
import { runMigrations } from '../migrate';
import { migrations } from './index';

/** A fresh in-memory database migrated up to (and including) `version`. */
export function migratedTo(version: number): Database {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  runMigrations(db, migrations.filter((m) => m.version <= version));
  return db;
}

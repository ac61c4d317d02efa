import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index';
import type { Engine, HubSchema } from './schema';

export interface HubDatabase {
  db: Kysely<HubSchema>;
  engine: Engine;
  close(): Promise<void>;
}

export type HubStorage = { dataDir: string } | { postgres: string };

/**
 * Opens the hub's database and brings its schema up to date: SQLite in the
 * data folder (WAL, full fsync: an update acknowledged to a client survives a
 * power cut), or PostgreSQL when several hub instances share one database.
 */
export async function openHubDatabase(storage: HubStorage): Promise<HubDatabase> {
  let db: Kysely<HubSchema>;
  let engine: Engine;
  if ('postgres' in storage) {
    engine = 'postgres';
    const pool = new pg.Pool({ connectionString: storage.postgres, max: 10 });
    db = new Kysely<HubSchema>({ dialect: new PostgresDialect({ pool }) });
  } else {
    engine = 'sqlite';
    mkdirSync(storage.dataDir, { recursive: true });
    const sqlite = new Database(join(storage.dataDir, 'hub.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<HubSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  const migrator = new Migrator({ db, provider: migrationProvider(engine) });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return { db, engine, close: () => db.destroy() };
}

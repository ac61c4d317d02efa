import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import { LogWriter } from './log-writer';
import { migrationProvider } from './migrations/index';
import type { Engine, HubSchema } from './schema';

export interface HubDatabase {
  db: Kysely<HubSchema>;
  engine: Engine;
  /** SQLite: appends to the update log off the event loop (see LogWriter); PostgreSQL: none, Kysely's pool is asynchronous. */
  logWriter: LogWriter | null;
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
  let logWriter: LogWriter | null = null;
  if ('postgres' in storage) {
    engine = 'postgres';
    const pool = new pg.Pool({ connectionString: storage.postgres, max: 10 });
    db = new Kysely<HubSchema>({ dialect: new PostgresDialect({ pool }) });
  } else {
    engine = 'sqlite';
    mkdirSync(storage.dataDir, { recursive: true });
    const file = join(storage.dataDir, 'hub.sqlite');
    const sqlite = new Database(file);
    logWriter = new LogWriter(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    db = new Kysely<HubSchema>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  }
  const migrator = new Migrator({ db, provider: migrationProvider(engine) });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return {
    db,
    engine,
    logWriter,
    async close() {
      await logWriter?.close();
      await db.destroy();
    },
  };
}

/**
 * Transactions that take the write lock at BEGIN. The update log is written
 * by another connection (LogWriter's thread); a deferred transaction that
 * read first and then wrote would fail with SQLITE_BUSY_SNAPSHOT when that
 * connection committed in between, where BEGIN IMMEDIATE just waits its turn.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

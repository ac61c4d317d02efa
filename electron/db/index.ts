export { openDatabase, checkDatabaseFile, DB_FILE, type OpenedDatabase, type DatabaseNotices } from './database';
export type { Migration } from './migration';
export { migrations } from './migrations/index';
export { runMigrations, schemaVersion } from './migrate';

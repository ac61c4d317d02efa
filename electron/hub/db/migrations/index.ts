import type { Migration, MigrationProvider } from 'kysely';
import type { HubMigration } from '../migration';
import type { Engine } from '../schema';
import { migration as createAccounts } from './0001-create-accounts';
import { migration as createArticles } from './0002-create-articles';
import { migration as createDocLog } from './0003-create-doc-log';
import { migration as statusEvents } from './0020-status-events';

export const hubMigrations: HubMigration[] = [createAccounts, createArticles, createDocLog, statusEvents];

export function migrationProvider(engine: Engine): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const m of hubMigrations) out[m.name] = { up: (db) => m.up(db, engine) };
      return out;
    },
  };
}

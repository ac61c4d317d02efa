import type { Kysely } from 'kysely';
import type { Engine } from './schema';

/**
 * One step of the hub's schema, written once for both engines (`engine`
 * picks the few types that differ). Names are never reused or edited once
 * shipped; Kysely's migrator records them in `kysely_migration`.
 */
export interface HubMigration {
  name: string;
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
}

/** Column types that differ between the engines. */
export function types(engine: Engine) {
  return engine === 'postgres' ? ({ id: 'serial', blob: 'bytea' } as const) : ({ id: 'integer', blob: 'blob' } as const);
}

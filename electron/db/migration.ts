import type { Database } from 'better-sqlite3';

/**
 * One step of the schema. `up` runs inside a transaction opened by the
 * runner, which then sets `PRAGMA user_version` to `version`. Versions are
 * never reused or edited once shipped: users' databases remember them.
 * 0001–0009: drafts, history, search. 0010–0019: the portal's outbox. 0020–0029: the newsroom hub's links. 0030–0039: statistics and royalties. 0050–0059: the newsroom's channels.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

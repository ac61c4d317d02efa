import type { Migration } from '../migration';

/**
 * A status the hub must still record for an article shared with it: the
 * portal's answer (`submitted`) that came while the hub could not be reached.
 * The desktop never writes that status into the document itself (the hub
 * would refuse the change); it asks the hub again at each reading of the
 * hub's index until the hub has it, or says it cannot (the article moved on).
 */
export const migration: Migration = {
  version: 51,
  name: 'hub-owed-status',
  up(db) {
    db.exec(`ALTER TABLE hub_links ADD COLUMN owed_status TEXT CHECK (owed_status IS NULL OR owed_status = 'submitted')`);
  },
};

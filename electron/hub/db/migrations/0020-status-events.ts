import { sql } from 'kysely';
import { type HubMigration, types } from '../migration';

/**
 * Statistics on the hub (issue 18): what the desktop's `status_events` table
 * records, for the whole newsroom.
 *
 * - `status_events`: the creation of each article (from NULL to 'draft') and
 *   every status change, written by the store in the same transaction as the
 *   change itself. Existing articles get their creation at `created_at` and
 *   every change the audit log already holds.
 * - `articles.byline`, `category`, `kind`: the figures are by author, category
 *   and kind; the store copies them from the document with the title.
 */
export const migration: HubMigration = {
  name: '0020-status-events',
  async up(db, engine) {
    const t = types(engine);
    await db.schema.alterTable('articles').addColumn('byline', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('articles').addColumn('category', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('articles').addColumn('kind', 'text', (c) => c.notNull().defaultTo('tin')).execute();
    await db.schema
      .createTable('status_events')
      .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('status_events_by_article').on('status_events').columns(['article_id', 'id']).execute();
    await sql`INSERT INTO status_events (article_id, from_status, to_status, at)
              SELECT id, NULL, 'draft', created_at FROM articles ORDER BY created_at, id`.execute(db);
    await sql`INSERT INTO status_events (article_id, from_status, to_status, at)
              SELECT article_id, from_status, to_status, at FROM audit_log ORDER BY id`.execute(db);
  },
};

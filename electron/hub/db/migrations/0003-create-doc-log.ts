import { type HubMigration, types } from '../migration';

/**
 * An article's Yjs document = its snapshot (if any) + its updates in id
 * order, as on the desktop. Every stored piece carries the SHA-256 of its
 * bytes, checked when the document is loaded.
 */
export const migration: HubMigration = {
  name: '0003-create-doc-log',
  async up(db, engine) {
    const t = types(engine);
    await db.schema
      .createTable('doc_updates')
      .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn('article_id', 'text', (c) => c.notNull())
      .addColumn('data', t.blob, (c) => c.notNull())
      .addColumn('checksum', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('doc_updates_by_article').on('doc_updates').columns(['article_id', 'id']).execute();
    await db.schema
      .createTable('doc_snapshots')
      .addColumn('article_id', 'text', (c) => c.primaryKey())
      .addColumn('state', t.blob, (c) => c.notNull())
      .addColumn('checksum', 'text', (c) => c.notNull())
      .addColumn('compacted_at', 'text', (c) => c.notNull())
      .execute();
  },
};

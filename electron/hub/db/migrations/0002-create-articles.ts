import { type HubMigration, types } from '../migration';

/**
 * The article index (who wrote what, where it stands in the workflow) and
 * the audit log of status changes. The hub, not the documents, is the
 * authority on status: clients cannot change it by editing the document.
 */
export const migration: HubMigration = {
  name: '0002-create-articles',
  async up(db, engine) {
    const t = types(engine);
    await db.schema
      .createTable('articles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('author_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('articles_by_author').on('articles').column('author_id').execute();
    await db.schema.createIndex('articles_by_status').on('articles').column('status').execute();
    await db.schema
      .createTable('audit_log')
      .addColumn('id', t.id, (c) => (engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('from_status', 'text', (c) => c.notNull())
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema.createIndex('audit_by_article').on('audit_log').columns(['article_id', 'id']).execute();
  },
};

import type { Database, Statement } from 'better-sqlite3';
import type { HubAccess } from '../../../common/api/hub.api';

export interface HubLinkRow {
  article_id: string;
  author_name: string;
  shared: number;
  access: HubAccess | 'revoked';
  pending: number;
  /** A status the hub must still record (migration 0051): the portal's answer, come while the hub was out of reach. */
  owed_status: 'submitted' | null;
}

/** The `hub_links` table (migrations 0020, 0051): what the desktop knows of each article it shares with the hub. */
export class HubLinks {
  private readonly stmts: Record<string, Statement>;

  constructor(db: Database) {
    const p = (sql: string) => db.prepare(sql);
    this.stmts = {
      all: p('SELECT article_id, author_name, shared, access, pending, owed_status FROM hub_links'),
      get: p('SELECT article_id, author_name, shared, access, pending, owed_status FROM hub_links WHERE article_id = ?'),
      upsert: p(
        `INSERT INTO hub_links (article_id, author_name, shared, access, pending) VALUES (@id, @authorName, @shared, @access, @pending)
         ON CONFLICT (article_id) DO UPDATE SET author_name = excluded.author_name, shared = excluded.shared, access = excluded.access`,
      ),
      setAccess: p('UPDATE hub_links SET access = ? WHERE article_id = ?'),
      setPending: p('UPDATE hub_links SET pending = ? WHERE article_id = ?'),
      setOwed: p('UPDATE hub_links SET owed_status = ? WHERE article_id = ?'),
      owed: p('SELECT article_id, owed_status FROM hub_links WHERE owed_status IS NOT NULL'),
      localIds: p('SELECT id FROM articles'),
    };
  }

  all(): HubLinkRow[] {
    return this.stmts.all!.all() as HubLinkRow[];
  }

  get(id: string): HubLinkRow | undefined {
    return this.stmts.get!.get(id) as HubLinkRow | undefined;
  }

  /** Records what the hub says of an article; `pending` is set only for a new row. */
  upsert(id: string, authorName: string, shared: boolean, access: HubLinkRow['access'], pending: boolean): void {
    this.stmts.upsert!.run({ id, authorName, shared: shared ? 1 : 0, access, pending: pending ? 1 : 0 });
  }

  setAccess(id: string, access: HubLinkRow['access']): void {
    this.stmts.setAccess!.run(access, id);
  }

  setPending(id: string, pending: boolean): void {
    this.stmts.setPending!.run(pending ? 1 : 0, id);
  }

  /** Records (or, with null, clears) a status the hub must still record. */
  setOwed(id: string, status: 'submitted' | null): void {
    this.stmts.setOwed!.run(status, id);
  }

  owed(): Array<{ article_id: string; owed_status: 'submitted' }> {
    return this.stmts.owed!.all() as Array<{ article_id: string; owed_status: 'submitted' }>;
  }

  localArticleIds(): string[] {
    return (this.stmts.localIds!.all() as Array<{ id: string }>).map((r) => r.id);
  }
}

import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import type { Kysely } from 'kysely';
import { HubRole, type HubAccount } from '../../common/api/hub.api';
import { ArticleStatus } from '../../common/article/model';
import type { HubSchema } from './db/schema';
import { HubError } from './hub-error';
import type { LogWriter } from './db/log-writer';

export interface UserRow {
  id: number;
  name: string;
  displayName: string;
  role: HubRole;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
}

export interface ArticleRow {
  id: string;
  authorId: number;
  authorName: string;
  status: ArticleStatus;
  title: string;
  updatedAt: string;
}

export interface StatsArticleRow {
  id: string;
  authorId: number;
  title: string;
  author: string;
  category: string;
  kind: string;
  status: string;
  createdAt: string;
  events: Array<{ from: string | null; to: string; at: string }>;
}

export function checksum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const iso = (ms = Date.now()) => new Date(ms).toISOString();

/**
 * Every query of the hub, written once with Kysely for SQLite and
 * PostgreSQL. Nothing here catches errors; callers decide.
 */
export class HubStore {
  constructor(
    readonly db: Kysely<HubSchema>,
    private readonly logWriter: LogWriter | null = null,
  ) {}

  // ---- accounts

  async createUser(u: { name: string; displayName: string; role: HubRole; passwordHash: string }): Promise<UserRow> {
    const existing = await this.userByName(u.name);
    if (existing) throw new HubError(409, 'HUB_ACCOUNT_EXISTS', `account ${u.name} exists`);
    const row = await this.db
      .insertInto('users')
      .values({ name: u.name, display_name: u.displayName, role: u.role, password_hash: u.passwordHash, disabled: 0, created_at: iso() })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(row);
  }

  async userById(id: number): Promise<UserRow | null> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async userByName(name: string): Promise<UserRow | null> {
    const row = await this.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async listUsers(): Promise<UserRow[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('id').execute()).map(toUser);
  }

  async updateUser(id: number, patch: { role?: HubRole; disabled?: boolean; passwordHash?: string; displayName?: string }): Promise<UserRow> {
    const values: { role?: string; disabled?: number; password_hash?: string; display_name?: string } = {};
    if (patch.role !== undefined) values.role = patch.role;
    if (patch.disabled !== undefined) values.disabled = patch.disabled ? 1 : 0;
    if (patch.passwordHash !== undefined) values.password_hash = patch.passwordHash;
    if (patch.displayName !== undefined) values.display_name = patch.displayName;
    if (Object.keys(values).length) await this.db.updateTable('users').set(values).where('id', '=', id).execute();
    const user = await this.userById(id);
    if (!user) throw new HubError(404, 'HUB_ACCOUNT_NOT_FOUND', `no account ${id}`);
    return user;
  }

  // ---- sessions (only hashes of tokens)

  async createSession(userId: number, tokenHash: string, ttlMs: number): Promise<string> {
    const now = Date.now();
    const expiresAt = iso(now + ttlMs);
    await this.db.insertInto('sessions').values({ token_hash: tokenHash, user_id: userId, created_at: iso(now), expires_at: expiresAt, revoked_at: null }).execute();
    return expiresAt;
  }

  /** The account of a live session: not revoked, not expired, account not disabled. */
  async sessionUser(tokenHash: string): Promise<UserRow | null> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .where('sessions.token_hash', '=', tokenHash)
      .where('sessions.revoked_at', 'is', null)
      .where('sessions.expires_at', '>', iso())
      .where('users.disabled', '=', 0)
      .executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async revokeSession(tokenHash: string): Promise<void> {
    await this.db.updateTable('sessions').set({ revoked_at: iso() }).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).execute();
  }

  async revokeUserSessions(userId: number): Promise<void> {
    await this.db.updateTable('sessions').set({ revoked_at: iso() }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  }

  /** Forgets sessions that ended more than a day ago. */
  async pruneSessions(): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<', iso(Date.now() - 86_400_000)).execute();
  }

  // ---- the article index and its audit log

  private articleQuery() {
    return this.db
      .selectFrom('articles')
      .innerJoin('users', 'users.id', 'articles.author_id')
      .select(['articles.id', 'articles.author_id', 'articles.status', 'articles.title', 'articles.updated_at', 'users.display_name']);
  }

  async article(id: string): Promise<ArticleRow | null> {
    const row = await this.articleQuery().where('articles.id', '=', id).executeTakeFirst();
    return row ? toArticle(row) : null;
  }

  async articles(): Promise<ArticleRow[]> {
    return (await this.articleQuery().orderBy('articles.updated_at', 'desc').execute()).map(toArticle);
  }

  /** Registers a new article, with its creation in `status_events`; when another connection registered it first, keeps theirs. */
  async createArticle(id: string, authorId: number, status: ArticleStatus, title: string): Promise<void> {
    const now = iso();
    await this.db.transaction().execute(async (trx) => {
      const result = await trx
        .insertInto('articles')
        .values({ id, author_id: authorId, status, title, created_at: now, updated_at: now })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return;
      await trx.insertInto('status_events').values({ article_id: id, from_status: null, to_status: status, at: now }).execute();
    });
  }

  /** Copies what the index shows of the document: its title, and the byline, category and kind the statistics count by. */
  async touchArticle(id: string, fields: { title: string; byline?: string; category?: string; kind?: string }): Promise<void> {
    await this.db
      .updateTable('articles')
      .set({
        title: fields.title,
        updated_at: iso(),
        ...(fields.byline === undefined ? {} : { byline: fields.byline.slice(0, 500) }),
        ...(fields.category === undefined ? {} : { category: fields.category.slice(0, 500) }),
        ...(fields.kind === undefined ? {} : { kind: fields.kind }),
      })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Every article with what statistics need (byline, category, kind, status,
   * creation) and its status history, oldest first: two queries, folded here.
   */
  async statsArticles(): Promise<StatsArticleRow[]> {
    const articles = await this.db
      .selectFrom('articles')
      .innerJoin('users', 'users.id', 'articles.author_id')
      .select(['articles.id', 'articles.author_id', 'articles.status', 'articles.title', 'articles.created_at', 'articles.byline', 'articles.category', 'articles.kind', 'users.display_name'])
      .execute();
    const events = await this.db.selectFrom('status_events').select(['article_id', 'from_status', 'to_status', 'at']).orderBy('id').execute();
    const history = new Map<string, StatsArticleRow['events']>();
    for (const e of events) {
      let list = history.get(e.article_id);
      if (!list) history.set(e.article_id, (list = []));
      list.push({ from: e.from_status, to: e.to_status, at: e.at });
    }
    return articles.map((a) => ({
      id: a.id,
      authorId: Number(a.author_id),
      title: a.title,
      // The byline written in the document; the account's name until one is written.
      author: a.byline || a.display_name,
      category: a.category,
      kind: a.kind,
      status: a.status,
      createdAt: a.created_at,
      events: history.get(a.id) ?? [],
    }));
  }

  /** Moves the status from `from` to `to` and writes the audit entry, in one transaction; false when someone moved it first. */
  async changeStatus(id: string, from: ArticleStatus, to: ArticleStatus, userId: number, note: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const now = iso();
      const result = await trx
        .updateTable('articles')
        .set({ status: to, updated_at: now })
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await trx.insertInto('audit_log').values({ article_id: id, user_id: userId, at: now, from_status: from, to_status: to, note }).execute();
      await trx.insertInto('status_events').values({ article_id: id, from_status: from, to_status: to, at: now }).execute();
      return true;
    });
  }

  async audit(articleId: string) {
    const rows = await this.db
      .selectFrom('audit_log')
      .innerJoin('users', 'users.id', 'audit_log.user_id')
      .select(['audit_log.id', 'audit_log.article_id', 'audit_log.user_id', 'audit_log.at', 'audit_log.from_status', 'audit_log.to_status', 'audit_log.note', 'users.display_name'])
      .where('audit_log.article_id', '=', articleId)
      .orderBy('audit_log.id')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      articleId: r.article_id,
      userId: Number(r.user_id),
      userName: r.display_name,
      at: r.at,
      from: ArticleStatus.parse(r.from_status),
      to: ArticleStatus.parse(r.to_status),
      note: r.note,
    }));
  }

  // ---- documents

  /**
   * The stored pieces of a document, snapshot first, each checked against its
   * checksum. A piece that fails the check is left out and counted, never
   * applied: a damaged update must not poison the document every client syncs.
   */
  async loadDoc(articleId: string): Promise<{ parts: Uint8Array[]; damaged: number }> {
    const snapshot = await this.db.selectFrom('doc_snapshots').select(['state', 'checksum']).where('article_id', '=', articleId).executeTakeFirst();
    const updates = await this.db.selectFrom('doc_updates').select(['data', 'checksum']).where('article_id', '=', articleId).orderBy('id').execute();
    const pieces = snapshot ? [{ data: snapshot.state, checksum: snapshot.checksum }, ...updates] : updates;
    const parts: Uint8Array[] = [];
    let damaged = 0;
    for (const piece of pieces) {
      const bytes = new Uint8Array(piece.data);
      if (checksum(bytes) === piece.checksum) parts.push(bytes);
      else damaged += 1;
    }
    return { parts, damaged };
  }

  /** Appends updates (of any documents, in order) in one transaction: one fsync for a burst, off the event loop on SQLite. */
  async appendUpdates(batch: Array<{ articleId: string; update: Uint8Array }>): Promise<void> {
    if (batch.length === 0) return;
    if (this.logWriter) return this.logWriter.append(batch);
    const rows = batch.map((b) => ({ article_id: b.articleId, data: Buffer.from(b.update), checksum: checksum(b.update) }));
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 200) await trx.insertInto('doc_updates').values(rows.slice(i, i + 200)).execute();
    });
  }

  async appendUpdate(articleId: string, update: Uint8Array): Promise<void> {
    await this.appendUpdates([{ articleId, update }]);
  }

  /**
   * Folds the update log into the snapshot. What is stored is merged with the
   * in-memory state inside the transaction, so an update written by another
   * hub instance (sharing the database) is never dropped by the fold.
   */
  async compact(articleId: string, state: Uint8Array): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const snapshot = await trx.selectFrom('doc_snapshots').select(['state', 'checksum']).where('article_id', '=', articleId).executeTakeFirst();
      const updates = await trx.selectFrom('doc_updates').select(['id', 'data', 'checksum']).where('article_id', '=', articleId).orderBy('id').execute();
      const parts = [state];
      if (snapshot && checksum(new Uint8Array(snapshot.state)) === snapshot.checksum) parts.push(new Uint8Array(snapshot.state));
      for (const u of updates) if (checksum(new Uint8Array(u.data)) === u.checksum) parts.push(new Uint8Array(u.data));
      const merged = Y.mergeUpdates(parts);
      const sum = checksum(merged);
      const now = iso();
      await trx
        .insertInto('doc_snapshots')
        .values({ article_id: articleId, state: Buffer.from(merged), checksum: sum, compacted_at: now })
        .onConflict((oc) => oc.column('article_id').doUpdateSet({ state: Buffer.from(merged), checksum: sum, compacted_at: now }))
        .execute();
      // By id, not `id <= last`: on PostgreSQL another instance may commit a lower id meanwhile.
      for (let i = 0; i < updates.length; i += 500) {
        const ids = updates.slice(i, i + 500).map((u) => u.id);
        await trx.deleteFrom('doc_updates').where('id', 'in', ids).execute();
      }
    });
  }
}

function toUser(row: HubSchema['users'] extends infer U ? { [K in keyof U]: unknown } : never): UserRow {
  const role = HubRole.safeParse(row.role);
  return {
    id: Number(row.id),
    name: String(row.name),
    displayName: String(row.display_name),
    // An unknown role (a newer hub's database) gets the least rights.
    role: role.success ? role.data : 'contributor',
    passwordHash: String(row.password_hash),
    disabled: Number(row.disabled) !== 0,
    createdAt: String(row.created_at),
  };
}

function toArticle(row: { id: string; author_id: number; status: string; title: string; updated_at: string; display_name: string }): ArticleRow {
  const status = ArticleStatus.safeParse(row.status);
  return {
    id: row.id,
    authorId: Number(row.author_id),
    authorName: row.display_name,
    status: status.success ? status.data : 'draft',
    title: row.title,
    updatedAt: row.updated_at,
  };
}

export function toAccount(u: UserRow): HubAccount {
  return { id: u.id, login: u.name, name: u.displayName, role: u.role, disabled: u.disabled, createdAt: u.createdAt };
}

import type { Database, Statement } from 'better-sqlite3';
import { checksum } from './checksum';

/** A row of `articles` without the body text. */
export interface ArticleRow {
  seq: number;
  id: string;
  title: string;
  sapo: string;
  byline: string;
  category: string;
  kind: string;
  status: string;
  word_count: number;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
  /** Committed updates so far (grows with every append). */
  log_seq: number;
  /** The log_seq the derived fields (title, word count, search text…) reflect. */
  derived_seq: number;
}

/** A stored piece of a document with its checksum (null: stored before checksums). */
export interface StoredUpdate {
  id: number;
  data: Uint8Array;
  crc: number | null;
}

export interface DerivedColumns {
  title: string;
  titleKey: string;
  sapo: string;
  byline: string;
  category: string;
  kind: string;
  status: string;
  wordCount: number;
  bodyText: string;
}

/** Folded text for the full-text index. */
export interface SearchColumns {
  title: string;
  sapo: string;
  byline: string;
  body: string;
}

export interface VersionRow {
  id: number;
  article_id: string;
  kind: string;
  name: string;
  author: string;
  title: string;
  word_count: number;
  created_at: string;
  restored_from: number | null;
}

export interface ListQuery {
  trashed: boolean;
  status?: string;
  category?: string;
  kind?: string;
  sort: 'updated' | 'created' | 'title';
  direction: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** Which articles a search looks in: the trash or not, and the list's filters. */
export type SearchScope = Pick<ListQuery, 'trashed' | 'status' | 'category' | 'kind'>;

export interface SearchRow extends ArticleRow {
  body_text: string;
  rank: number;
}

const SUMMARY_COLUMNS =
  'seq, id, title, sapo, byline, category, kind, status, word_count, created_at, updated_at, trashed_at, log_seq, derived_seq';
const VERSION_COLUMNS = 'id, article_id, kind, name, author, title, word_count, created_at, restored_from';
const SORT_COLUMN = { updated: 'updated_at', created: 'created_at', title: 'title_key' } as const;

/**
 * Every SQL statement of drafts, history and search. Callers own transactions
 * (`store.transaction(fn)`); nothing here catches errors.
 */
export class DraftsStore {
  private readonly stmts: ReturnType<typeof DraftsStore.prepare>;

  constructor(readonly db: Database) {
    this.stmts = DraftsStore.prepare(db);
  }

  /** The statements, by name: a typed map, so a misspelt name does not compile. */
  private static prepare(db: Database) {
    const p = (sql: string): Statement => db.prepare(sql);
    return {
      insertArticle: p(
        `INSERT INTO articles (id, title, title_key, sapo, byline, category, kind, status, word_count, created_at, updated_at, body_text, log_seq, derived_seq)
         VALUES (@id, @title, @titleKey, @sapo, @byline, @category, @kind, @status, @wordCount, @now, @now, @bodyText, 0, 0)`,
      ),
      getArticle: p(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id = ?`),
      bySeq: p(`SELECT ${SUMMARY_COLUMNS}, body_text FROM articles WHERE seq = ?`),
      trashedOf: p('SELECT trashed_at FROM articles WHERE seq = ?'),
      trashedCount: p('SELECT count(*) AS hidden FROM articles WHERE trashed_at IS NOT NULL'),
      rankAll: p(
        `SELECT rowid AS seq, bm25(articles_fts, 10.0, 4.0, 3.0, 1.0) AS rank FROM articles_fts
         WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      ),
      updateDerived: p(
        `UPDATE articles SET title = @title, title_key = @titleKey, sapo = @sapo, byline = @byline, category = @category,
           kind = @kind, status = @status, word_count = @wordCount, body_text = @bodyText, derived_seq = @seq WHERE id = @id`,
      ),
      touch: p('UPDATE articles SET updated_at = ?, log_seq = log_seq + ? WHERE id = ? RETURNING log_seq'),
      setStatus: p('UPDATE articles SET status = ? WHERE id = ?'),
      staleIds: p('SELECT id FROM articles WHERE derived_seq < log_seq'),
      setTrashed: p('UPDATE articles SET trashed_at = ? WHERE id = ?'),
      deleteArticle: p('DELETE FROM articles WHERE id = ?'),
      ftsDelete: p('DELETE FROM articles_fts WHERE rowid = ?'),
      ftsInsert: p('INSERT INTO articles_fts (rowid, title, sapo, byline, body) VALUES (?, ?, ?, ?, ?)'),
      insertUpdate: p('INSERT INTO doc_updates (article_id, data, crc) VALUES (?, ?, ?)'),
      updatesOf: p('SELECT id, data, crc FROM doc_updates WHERE article_id = ? ORDER BY id'),
      updateStats: p('SELECT count(*) AS count, coalesce(sum(length(data)), 0) AS bytes FROM doc_updates WHERE article_id = ?'),
      deleteUpdatesUpTo: p('DELETE FROM doc_updates WHERE article_id = ? AND id <= ?'),
      snapshotOf: p('SELECT state, crc FROM doc_snapshots WHERE article_id = ?'),
      putSnapshot: p(
        `INSERT INTO doc_snapshots (article_id, state, compacted_at, crc) VALUES (?, ?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET state = excluded.state, compacted_at = excluded.compacted_at, crc = excluded.crc`,
      ),
      insertVersion: p(
        `INSERT INTO doc_versions (article_id, kind, name, author, title, word_count, created_at, restored_from, state, crc)
         VALUES (@articleId, @kind, @name, @author, @title, @wordCount, @createdAt, @restoredFrom, @state, @crc)`,
      ),
      getVersion: p(`SELECT ${VERSION_COLUMNS} FROM doc_versions WHERE id = ? AND article_id = ?`),
      versionState: p('SELECT state, crc FROM doc_versions WHERE id = ? AND article_id = ?'),
      versionsOf: p(`SELECT ${VERSION_COLUMNS} FROM doc_versions WHERE article_id = ? ORDER BY created_at DESC, id DESC`),
      deleteVersion: p('DELETE FROM doc_versions WHERE id = ?'),
    };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** A new article whose first update is `first`; its derived fields reflect that update. */
  insertArticle(id: string, derived: DerivedColumns, search: SearchColumns, now: string, first: Uint8Array): void {
    this.stmts.insertArticle.run({ id, now, ...derived });
    this.appendUpdate(id, first);
    const seq = this.touch(id, now, 1);
    this.updateDerived(id, derived, search, seq);
  }

  getArticle(id: string): ArticleRow | undefined {
    return this.stmts.getArticle.get(id) as ArticleRow | undefined;
  }

  /** Writes the derived fields and records that they reflect the article's `seq`-th update. */
  updateDerived(id: string, derived: DerivedColumns, search: SearchColumns, seq: number): void {
    this.stmts.updateDerived.run({ id, ...derived, seq });
    this.reindex(id, search);
  }

  private reindex(id: string, search: SearchColumns): void {
    const row = this.getArticle(id);
    if (!row) return;
    this.stmts.ftsDelete.run(row.seq);
    this.stmts.ftsInsert.run(row.seq, search.title, search.sapo, search.byline, search.body);
  }

  /** Records `count` more committed updates of the article; returns its new log_seq. */
  touch(id: string, now: string, count: number): number {
    return (this.stmts.touch.get(now, count, id) as { log_seq: number } | undefined)?.log_seq ?? 0;
  }

  /** The status column, written in the transaction of the update that changes it. */
  setStatus(id: string, status: string): void {
    this.stmts.setStatus.run(status, id);
  }

  /** Articles whose derived fields are behind their log (e.g. after a crash). */
  staleIds(): string[] {
    return (this.stmts.staleIds.all() as Array<{ id: string }>).map((r) => r.id);
  }

  setTrashed(id: string, at: string | null): void {
    this.stmts.setTrashed.run(at, id);
  }

  deleteArticle(id: string): void {
    const row = this.getArticle(id);
    if (!row) return;
    this.stmts.ftsDelete.run(row.seq);
    this.stmts.deleteArticle.run(id); // updates, snapshot and versions go by ON DELETE CASCADE
  }

  list(q: ListQuery): { rows: ArticleRow[]; total: number } {
    const where = [q.trashed ? 'trashed_at IS NOT NULL' : 'trashed_at IS NULL'];
    const params: Record<string, unknown> = { limit: q.limit, offset: q.offset };
    if (q.status) {
      where.push('status = @status');
      params.status = q.status;
    }
    if (q.category) {
      where.push('category = @category');
      params.category = q.category;
    }
    if (q.kind) {
      where.push('kind = @kind');
      params.kind = q.kind;
    }
    const dir = q.direction === 'asc' ? 'ASC' : 'DESC';
    const clause = where.join(' AND ');
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE ${clause}
         ORDER BY ${SORT_COLUMN[q.sort]} ${dir}, seq ${dir} LIMIT @limit OFFSET @offset`,
      )
      .all(params) as ArticleRow[];
    const { total } = this.db.prepare(`SELECT count(*) AS total FROM articles WHERE ${clause}`).get(params) as {
      total: number;
    };
    return { rows, total };
  }

  /**
   * Candidates for an FTS5 MATCH expression, best bm25 first (title weighs
   * most). Ranks first, then reads only the winners' rows: the body text of
   * every match is never loaded. The list's filters (status, category, kind)
   * narrow the candidates in SQL, so a filtered search still gets `limit` hits.
   */
  search(match: string, scope: SearchScope, limit: number): SearchRow[] {
    const withBody = ({ seq, rank }: { seq: number; rank: number }) =>
      ({ ...(this.stmts.bySeq.get(seq) as Omit<SearchRow, 'rank'>), rank });
    if (scope.trashed || scope.status || scope.category || scope.kind) {
      // The trash is small, and a filter is selective: filter while ranking.
      const where = [scope.trashed ? 'a.trashed_at IS NOT NULL' : 'a.trashed_at IS NULL'];
      const params: Record<string, unknown> = { match, limit };
      for (const key of ['status', 'category', 'kind'] as const) {
        if (!scope[key]) continue;
        where.push(`a.${key} = @${key}`);
        params[key] = scope[key];
      }
      const ranked = this.db
        .prepare(
          `SELECT a.seq AS seq, f.rank AS rank
           FROM (SELECT rowid, bm25(articles_fts, 10.0, 4.0, 3.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH @match) f
           JOIN articles a ON a.seq = f.rowid
           WHERE ${where.join(' AND ')}
           ORDER BY f.rank LIMIT @limit`,
        )
        .all(params) as Array<{ seq: number; rank: number }>;
      return ranked.map(withBody);
    }
    // Rank inside FTS5 alone (a top-N heap, no join per match), asking for as
    // many extra rows as there are articles in the trash, then drop those.
    const { hidden } = this.stmts.trashedCount.get() as { hidden: number };
    const ranked = this.stmts.rankAll.all(match, limit + hidden) as Array<{ seq: number; rank: number }>;
    const kept: Array<{ seq: number; rank: number }> = [];
    for (const r of ranked) {
      if (kept.length >= limit) break;
      const row = this.stmts.trashedOf.get(r.seq) as { trashed_at: string | null } | undefined;
      if (row && row.trashed_at === null) kept.push(r);
    }
    return kept.map(withBody);
  }

  appendUpdate(articleId: string, data: Uint8Array): number {
    return Number(this.stmts.insertUpdate.run(articleId, data, checksum(data)).lastInsertRowid);
  }

  /** The stored pieces of an article's document, with their checksums: snapshot first, then updates in order. */
  docParts(articleId: string): { snapshot: { data: Uint8Array; crc: number | null } | null; updates: StoredUpdate[] } {
    const snap = this.stmts.snapshotOf.get(articleId) as { state: Uint8Array; crc: number | null } | undefined;
    const updates = this.stmts.updatesOf.all(articleId) as StoredUpdate[];
    return { snapshot: snap ? { data: snap.state, crc: snap.crc } : null, updates };
  }

  updateStats(articleId: string): { count: number; bytes: number } {
    return this.stmts.updateStats.get(articleId) as { count: number; bytes: number };
  }

  /** Replaces the snapshot and drops the updates it includes. Call inside a transaction. */
  compact(articleId: string, state: Uint8Array, upToUpdateId: number, now: string): void {
    this.stmts.putSnapshot.run(articleId, state, now, checksum(state));
    this.stmts.deleteUpdatesUpTo.run(articleId, upToUpdateId);
  }

  insertVersion(v: {
    articleId: string;
    kind: string;
    name: string;
    author: string;
    title: string;
    wordCount: number;
    createdAt: string;
    restoredFrom: number | null;
    state: Uint8Array;
  }): number {
    return Number(this.stmts.insertVersion.run({ ...v, crc: checksum(v.state) }).lastInsertRowid);
  }

  getVersion(articleId: string, id: number): VersionRow | undefined {
    return this.stmts.getVersion.get(id, articleId) as VersionRow | undefined;
  }

  versionState(articleId: string, id: number): { state: Uint8Array; crc: number | null } | undefined {
    return this.stmts.versionState.get(id, articleId) as { state: Uint8Array; crc: number | null } | undefined;
  }

  versions(articleId: string): VersionRow[] {
    return this.stmts.versionsOf.all(articleId) as VersionRow[];
  }

  deleteVersion(id: number): void {
    this.stmts.deleteVersion.run(id);
  }
}

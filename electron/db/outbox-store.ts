/**
 * Every SQL statement of the portal's outbox (tables from migrations 0010 and
 * 0011). Each write is one statement or one transaction, so a crash leaves a
 * row either before or after a state change, never half-way.
 */
import type { Database } from 'better-sqlite3';
import type { OutboxEntry, OutboxNote, OutboxState } from '../../common/api/portal.api';
import { isErrorCode } from '../../common/api/errors';

interface OutboxRow {
  id: number;
  article_id: string;
  title: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string | null;
  error_code: string | null;
  error_message: string | null;
  error_subject: string | null;
  post_id: number | null;
  post_link: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

export interface PortalPostRow {
  post_id: number;
  link: string;
  status: string;
  submitted_at: string;
}

export interface OutboxError {
  code: string;
  message: string;
  subject?: string | undefined;
}

const COLUMNS = `id, article_id, title, state, attempts, next_attempt_at, error_code, error_message, error_subject,
  post_id, post_link, created_at, updated_at, sent_at`;

function statements(db: Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    insert: p(`INSERT INTO outbox (article_id, title, state, snapshot, next_attempt_at, created_at, updated_at)
               VALUES (?, ?, 'queued', ?, ?, ?, ?)`),
    get: p(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`),
    snapshot: p('SELECT snapshot FROM outbox WHERE id = ?'),
    list: p(`SELECT ${COLUMNS} FROM outbox ORDER BY id DESC LIMIT ?`),
    latestFor: p(`SELECT ${COLUMNS} FROM outbox WHERE article_id = ? ORDER BY id DESC LIMIT 1`),
    waitingFor: p(`SELECT id FROM outbox WHERE article_id = ? AND state IN ('queued', 'failed')`),
    replaceSnapshot: p(`UPDATE outbox SET snapshot = ?, title = ?, state = 'queued', attempts = 0, next_attempt_at = ?,
                        error_code = NULL, error_message = NULL, error_subject = NULL, updated_at = ? WHERE id = ?`),
    nextDue: p(`SELECT ${COLUMNS} FROM outbox WHERE state IN ('queued', 'failed') AND next_attempt_at IS NOT NULL
                AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1`),
    earliestDue: p(`SELECT MIN(at) AS at FROM (
                      SELECT MIN(next_attempt_at) AS at FROM outbox WHERE state IN ('queued', 'failed') AND next_attempt_at IS NOT NULL
                      UNION ALL SELECT MIN(verify_at) FROM outbox WHERE verify_at IS NOT NULL)`),
    markSending: p(`UPDATE outbox SET state = 'sending', attempts = attempts + 1, verify_at = NULL, updated_at = ? WHERE id = ?`),
    markSent: p(`UPDATE outbox SET state = 'sent', post_id = ?, post_link = ?, error_code = NULL, error_message = NULL,
                 error_subject = NULL, next_attempt_at = NULL, verify_at = ?, sent_at = ?, updated_at = ? WHERE id = ?`),
    markError: p(`UPDATE outbox SET state = ?, error_code = ?, error_message = ?, error_subject = ?, next_attempt_at = ?,
                  updated_at = ? WHERE id = ?`),
    retryNow: p(`UPDATE outbox SET state = 'queued', next_attempt_at = ?, updated_at = ? WHERE id = ?`),
    remove: p(`DELETE FROM outbox WHERE id = ? AND state <> 'sending'`),
    removeNotes: p('DELETE FROM outbox_notes WHERE entry_id = ?'),
    interrupted: p(`SELECT id FROM outbox WHERE state = 'sending'`),
    nextVerify: p(`SELECT ${COLUMNS} FROM outbox WHERE state = 'sent' AND verify_at IS NOT NULL AND verify_at <= ?
                   ORDER BY verify_at, id LIMIT 1`),
    setVerify: p('UPDATE outbox SET verify_at = ? WHERE id = ?'),
    notes: p('SELECT at, kind, post_id FROM outbox_notes WHERE entry_id = ? ORDER BY id'),
    addNote: p('INSERT INTO outbox_notes (entry_id, at, kind, post_id) VALUES (?, ?, ?, ?)'),
    getPost: p('SELECT post_id, link, status, submitted_at FROM portal_posts WHERE portal_url = ? AND article_id = ?'),
    putPost: p(`INSERT INTO portal_posts (portal_url, article_id, post_id, link, status, submitted_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (portal_url, article_id) DO UPDATE SET post_id = excluded.post_id, link = excluded.link,
                status = excluded.status, submitted_at = excluded.submitted_at`),
    forgetPost: p('DELETE FROM portal_posts WHERE portal_url = ? AND article_id = ?'),
    notePost: p('UPDATE portal_posts SET status = ?, link = ? WHERE portal_url = ? AND article_id = ? AND post_id = ?'),
    slugs: p('SELECT slug FROM portal_slugs WHERE portal_url = ? AND article_id = ? ORDER BY created_at, slug'),
    addSlug: p('INSERT OR IGNORE INTO portal_slugs (portal_url, article_id, slug, created_at) VALUES (?, ?, ?, ?)'),
  };
}

export class OutboxStore {
  private readonly stmts: ReturnType<typeof statements>;

  constructor(private readonly db: Database) {
    this.stmts = statements(db);
  }

  /**
   * Queues an article's snapshot. An entry of the same article that has not
   * gone out yet is replaced rather than sent twice; one being sent right now
   * is left alone and the new snapshot queued behind it.
   */
  enqueue(articleId: string, title: string, snapshot: Uint8Array, now: string): OutboxEntry {
    const id = this.db.transaction(() => {
      const waiting = this.stmts.waitingFor.get(articleId) as { id: number } | undefined;
      if (waiting) {
        this.stmts.replaceSnapshot.run(snapshot, title, now, now, waiting.id);
        return waiting.id;
      }
      return Number(this.stmts.insert.run(articleId, title, snapshot, now, now, now).lastInsertRowid);
    }).immediate();
    return this.mustGet(id);
  }

  /** A waiting entry takes the article as it is now ("Thử lại" sends what the user sees, not the copy that failed). */
  refresh(id: number, title: string, snapshot: Uint8Array, now: string): void {
    this.stmts.replaceSnapshot.run(snapshot, title, now, now, id);
  }

  get(id: number): OutboxEntry | null {
    const row = this.stmts.get.get(id) as OutboxRow | undefined;
    return row ? this.toEntry(row) : null;
  }

  /** For ids just written or read in the same call. */
  mustGet(id: number): OutboxEntry {
    const entry = this.get(id);
    if (!entry) throw new Error(`outbox entry ${id} vanished`);
    return entry;
  }

  snapshot(id: number): Uint8Array | null {
    const row = this.stmts.snapshot.get(id) as { snapshot: Uint8Array } | undefined;
    return row?.snapshot ?? null;
  }

  list(limit: number): OutboxEntry[] {
    return (this.stmts.list.all(limit) as OutboxRow[]).map((row) => this.toEntry(row));
  }

  latestFor(articleId: string): OutboxEntry | null {
    const row = this.stmts.latestFor.get(articleId) as OutboxRow | undefined;
    return row ? this.toEntry(row) : null;
  }

  nextDue(now: string): OutboxEntry | null {
    const row = this.stmts.nextDue.get(now) as OutboxRow | undefined;
    return row ? this.toEntry(row) : null;
  }

  /** A sent entry due for another look for late copies of its post. */
  nextVerify(now: string): OutboxEntry | null {
    const row = this.stmts.nextVerify.get(now) as OutboxRow | undefined;
    return row ? this.toEntry(row) : null;
  }

  setVerify(id: number, at: string | null): void {
    this.stmts.setVerify.run(at, id);
  }

  earliestDue(): string | null {
    return (this.stmts.earliestDue.get() as { at: string | null }).at;
  }

  markSending(id: number, now: string): void {
    this.stmts.markSending.run(now, id);
  }

  markSent(id: number, post: { id: number; link: string }, verifyAt: string | null, now: string): void {
    this.stmts.markSent.run(post.id, post.link, verifyAt, now, now, id);
  }

  /** `nextAttemptAt` null: the entry waits for the user (state `failed`). */
  markError(id: number, error: OutboxError, nextAttemptAt: string | null, now: string): void {
    const state: OutboxState = nextAttemptAt === null ? 'failed' : 'queued';
    this.stmts.markError.run(state, error.code, error.message.slice(0, 2000), error.subject ?? null, nextAttemptAt, now, id);
  }

  retryNow(id: number, now: string): void {
    this.stmts.retryNow.run(now, now, id);
  }

  /**
   * Deletes an entry and its history lines, unless it is being sent (the
   * check and the delete are one statement). True when it was deleted.
   */
  remove(id: number): boolean {
    return this.db.transaction(() => {
      const removed = this.stmts.remove.run(id).changes > 0;
      if (removed) this.stmts.removeNotes.run(id);
      return removed;
    }).immediate();
  }

  /** Entries left `sending` by a crash or a close mid-flight go back to the queue. */
  requeueInterrupted(now: string): number[] {
    const ids = (this.stmts.interrupted.all() as { id: number }[]).map((r) => r.id);
    for (const id of ids) this.stmts.retryNow.run(now, now, id);
    return ids;
  }

  addNote(entryId: number, note: OutboxNote): void {
    this.stmts.addNote.run(entryId, note.at, note.kind, note.postId);
  }

  portalPost(portalUrl: string, articleId: string): PortalPostRow | null {
    return (this.stmts.getPost.get(portalUrl, articleId) as PortalPostRow | undefined) ?? null;
  }

  rememberPost(portalUrl: string, articleId: string, post: { id: number; link: string; status: string }, now: string): void {
    this.stmts.putPost.run(portalUrl, articleId, post.id, post.link, post.status, now);
  }

  /** What the portal says of a remembered post now (its editors may have published it); the time it was sent stays. */
  notePostState(portalUrl: string, articleId: string, postId: number, state: { status: string; link: string }): void {
    this.stmts.notePost.run(state.status, state.link, portalUrl, articleId, postId);
  }

  forgetPost(portalUrl: string, articleId: string): void {
    this.stmts.forgetPost.run(portalUrl, articleId);
  }

  /** Every slug the article was sent under on this portal, oldest first. */
  slugs(portalUrl: string, articleId: string): string[] {
    return (this.stmts.slugs.all(portalUrl, articleId) as { slug: string }[]).map((r) => r.slug);
  }

  rememberSlug(portalUrl: string, articleId: string, slug: string, now: string): void {
    this.stmts.addSlug.run(portalUrl, articleId, slug, now);
  }

  private toEntry(row: OutboxRow): OutboxEntry {
    const code = row.error_code;
    const notes = (this.stmts.notes.all(row.id) as { at: string; kind: OutboxNote['kind']; post_id: number | null }[]).map(
      (n) => ({ at: n.at, kind: n.kind, postId: n.post_id }),
    );
    return {
      id: row.id,
      articleId: row.article_id,
      title: row.title,
      state: row.state,
      attempts: row.attempts,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      nextAttemptAt: row.next_attempt_at,
      error: code
        ? {
            code: isErrorCode(code) ? code : 'INTERNAL',
            message: row.error_message ?? '',
            ...(row.error_subject ? { subject: row.error_subject } : {}),
          }
        : null,
      notes,
      postId: row.post_id,
      link: row.post_link,
      sentAt: row.sent_at,
    };
  }
}

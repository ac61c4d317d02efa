import { writeTemplate, type TemplateContent } from '../../../common/article/templates';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { ArticleSummary } from '../../../common/api/drafts.api';
import { ServiceError } from '../../../common/api/errors';
import { META_MAP, metaKeys, seedArticle } from '../../../common/article/layout';
import { canChangeStatus } from '../../../common/article/workflow';
import { reviewLog, type Decision } from '../../../common/article/review-log';
import { recordReviewed } from '../../../common/article/review-snapshot';
import type { ArticleKind, ArticleStatus } from '../../../common/article/model';
import { ArticleKind as KindSchema, ArticleStatus as StatusSchema } from '../../../common/article/model';
import { freeBytes } from '../../db/database';
import { DraftsStore, type ArticleRow } from '../../db/drafts-store';
import type { ServiceContext } from '../context';
import { toBase64 } from '../../../common/api/base64';
import {
  buildDoc,
  captureUpdate,
  copyAside,
  deriveArticle,
  derivedColumns,
  loadArticleDoc,
  needsMoreThan,
  newestCopyInBackups,
  searchColumns,
  unmetDependencies,
} from './article-docs';
import { AppendQueue } from './append-queue';

/** Compaction thresholds: past either, the update log is folded into the snapshot. */
export const COMPACT_AFTER_UPDATES = 500;
export const COMPACT_AFTER_BYTES = 1024 * 1024;
/**
 * Derived fields (lists, search) are refreshed when typing pauses for
 * DERIVE_IDLE_MS, and at least every DERIVE_MAX_WAIT_MS during non-stop
 * typing. Deriving a 20,000-word article takes tens of milliseconds, which
 * must not land between keystrokes; any read (list, search, get) refreshes
 * first, so nobody sees stale fields.
 */
const DERIVE_IDLE_MS = 1500;
const DERIVE_MAX_WAIT_MS = 20_000;
const CACHE_SIZE = 16;

export interface DraftsOptions {
  /** Clock for timestamps and version spacing (tests move it). */
  now?: () => number;
}

/** An article whose document is in memory: the merged state of everything committed. */
export interface LiveArticle {
  id: string;
  doc: Y.Doc;
  updateCount: number;
  updateBytes: number;
  lastUpdateId: number;
  /** The article's committed updates so far (articles.log_seq) that `doc` holds. */
  logSeq: number;
  /** Edits committed since the last version of any kind. */
  editedSinceVersion: boolean;
  lastVersionAt: number;
}

type Ctx = Pick<ServiceContext, 'db' | 'emit' | 'settings'> & Partial<Pick<ServiceContext, 'notices' | 'dataDir'>>;

/**
 * Drafts storage: the article documents, their update log and derived fields.
 * History (versions) and search build on it in their own modules.
 */
export class DraftsService {
  readonly store: DraftsStore;
  readonly now: () => number;
  private readonly live = new Map<string, LiveArticle>();
  private readonly deriveTimers = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>();
  private readonly queue: AppendQueue;
  /** Articles whose derived fields are behind their log (a crash between commit and derive). */
  private readonly stale: Set<string>;
  private staleTimer: ReturnType<typeof setImmediate> | null = null;
  /** Called after an append commits (history uses it for automatic versions). */
  afterCommit: (article: LiveArticle) => void = () => {};

  constructor(
    readonly ctx: Ctx,
    options: DraftsOptions = {},
  ) {
    this.store = new DraftsStore(ctx.db);
    this.now = options.now ?? Date.now;
    this.queue = new AppendQueue(this.store, () => this.iso());
    // Found through a partial index: costs nothing when there are none. They
    // are re-derived one per turn of the event loop, or at once when read.
    this.stale = new Set(this.store.staleIds());
    this.scheduleStale();
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  // ---- reading

  row(id: string): ArticleRow {
    const row = this.store.getArticle(id);
    if (!row) throw new ServiceError('DRAFT_NOT_FOUND', `no article ${id}`);
    return row;
  }

  summary(id: string): ArticleSummary {
    this.flushDerived(id);
    this.refreshStale(id);
    return toSummary(this.row(id));
  }

  /** Where the article stands in the workflow, read from its document (the one truth). */
  statusOf(id: string): ArticleStatus {
    const parsed = StatusSchema.safeParse(this.article(id).doc.getMap<unknown>(META_MAP).get(metaKeys.status));
    return parsed.success ? parsed.data : 'draft';
  }

  /** The article's document, loading it from the database if needed. */
  article(id: string): LiveArticle {
    let live = this.live.get(id);
    if (live) {
      this.live.delete(id); // re-insert: most recently used last
      this.live.set(id, live);
      return live;
    }
    const row = this.row(id);
    const loaded = loadArticleDoc(this.store.docParts(id));
    // Dropped and reloaded while accepted edits wait for their commit (a refused
    // update, the sync's recovery): they are not in the database yet, but they
    // will be, and editors build on them; the reloaded document has them too.
    for (const waiting of this.queue.waiting(id)) Y.applyUpdate(loaded.doc, waiting);
    const newestVersion = this.store.versions(id)[0];
    live = {
      id,
      doc: loaded.doc,
      updateCount: loaded.updates.length,
      updateBytes: loaded.updates.reduce((sum, u) => sum + u.data.byteLength, 0),
      lastUpdateId: loaded.updates.at(-1)?.id ?? 0,
      logSeq: row.log_seq,
      editedSinceVersion: false,
      lastVersionAt: newestVersion ? Date.parse(newestVersion.created_at) : this.now(),
    };
    this.live.set(id, live);
    if (loaded.lost > 0) this.salvage(live, loaded.lost);
    while (this.live.size > CACHE_SIZE) {
      const oldest = this.live.keys().next().value!;
      this.flushDerived(oldest);
      this.evict(oldest);
    }
    return live;
  }

  /**
   * An article with damaged pieces (checksum or decoding): it opens with the
   * longest intact part of its log, merged with the newest backup's copy.
   * The database is copied aside before anything is written; then the
   * recovered document replaces the damaged log (one snapshot), and a notice
   * names the article, what was lost and where the original is kept.
   */
  private salvage(live: LiveArticle, lost: number): void {
    const dataDir = this.ctx.dataDir;
    let kept = '';
    let fromBackup = false;
    if (dataDir) {
      const backup = newestCopyInBackups(join(dataDir, 'backups'), live.id);
      if (backup) {
        Y.applyUpdate(live.doc, backup);
        fromBackup = true;
      }
      try {
        kept = copyAside(this.ctx.db, dataDir, live.id);
        const state = Y.encodeStateAsUpdate(live.doc);
        this.store.transaction(() => {
          this.store.compact(live.id, state, Number.MAX_SAFE_INTEGER, this.iso());
          live.logSeq = this.store.touch(live.id, this.iso(), 1);
        });
        live.updateCount = 0;
        live.updateBytes = 0;
        live.lastUpdateId = 0;
        this.scheduleDerive(live.id);
      } catch (error) {
        // Read-only or a full disk: the recovered copy is shown, the file stays as it is.
        console.error(`drafts: writing the salvaged article ${live.id} failed`, error);
        kept = kept || join(dataDir, 'toasoan.db');
      }
    }
    console.error(`drafts: article ${live.id} was damaged; ${lost} piece(s) dropped, backup merged: ${fromBackup}`);
    this.ctx.notices?.raise('DB_ARTICLE_SALVAGED', deriveArticle(live.doc).title, {
      lost,
      fromBackup: fromBackup ? 1 : 0,
      kept,
    });
  }

  /** Forgets the in-memory document; the next use reloads it from what is committed. */
  evict(id: string): void {
    this.live.get(id)?.doc.destroy();
    this.live.delete(id);
  }

  /**
   * The merged state for an editor. The summary is as last derived (at most
   * a pause in typing old): re-deriving a long article here would only slow
   * the opening, and the editor counts words itself.
   */
  open(id: string): { summary: ArticleSummary; state: string } {
    const live = this.article(id);
    return { summary: toSummary(this.row(id)), state: toBase64(Y.encodeStateAsUpdate(live.doc)) };
  }

  // ---- writing

  create(init: { kind: ArticleKind; category: string; byline: string; template?: TemplateContent }): ArticleSummary {
    const doc = buildDoc([]);
    const meta = doc.getMap<unknown>(META_MAP);
    doc.transact(() => {
      if (init.template) writeTemplate(doc, init.template);
      meta.set(metaKeys.kind, init.kind);
      meta.set(metaKeys.category, init.category);
      meta.set(metaKeys.byline, init.byline);
      meta.set(metaKeys.status, 'draft');
    });
    return this.insert(doc);
  }

  /** A copy of the article's current content, as a new draft. */
  duplicate(id: string): ArticleSummary {
    const source = this.article(id);
    const doc = buildDoc([Y.encodeStateAsUpdate(source.doc)]);
    doc.getMap<unknown>(META_MAP).set(metaKeys.status, 'draft');
    return this.insert(doc);
  }

  /**
   * Articles received whole from elsewhere (the newsroom hub), each stored
   * under its own id exactly as it came (not seeded: its first paragraphs are
   * already in its state). A first sync brings hundreds: they go in ONE
   * transaction with whatever `alongside` writes (the sync's own rows): one
   * commit, not one per article. Articles already here are left out.
   */
  adoptAll(items: Array<{ id: string; state: Uint8Array }>, alongside: (ids: string[]) => void = () => {}): string[] {
    const now = this.iso();
    const fresh = items.filter((item) => !this.store.getArticle(item.id));
    const rows = fresh.map(({ id, state }) => {
      const doc = buildDoc([state]);
      const derived = deriveArticle(doc);
      doc.destroy();
      return { id, state, derived };
    });
    const ids = rows.map((r) => r.id);
    this.store.transaction(() => {
      for (const r of rows) this.store.insertArticle(r.id, derivedColumns(r.derived), searchColumns(r.derived), now, r.state);
      alongside(ids);
    });
    for (const id of ids) this.ctx.emit('drafts.changed', { id, summary: this.summary(id) });
    return ids;
  }

  private insert(doc: Y.Doc, adoptedId?: string): ArticleSummary {
    // Every field starts with its paragraph, so editors opening the new
    // article at the same time never each write a first one.
    if (adoptedId === undefined) seedArticle(doc);
    const id = adoptedId ?? randomUUID();
    const derived = deriveArticle(doc);
    const now = this.iso();
    this.store.transaction(() =>
      this.store.insertArticle(id, derivedColumns(derived), searchColumns(derived), now, Y.encodeStateAsUpdate(doc)),
    );
    doc.destroy();
    const summary = this.summary(id);
    this.ctx.emit('drafts.changed', { id, summary });
    return summary;
  }

  /**
   * Validates a client's update against the article's document, then commits
   * it (batched with others arriving in the same burst). Resolves after the
   * commit. Nothing is stored, and the in-memory document is reloaded, when
   * the update is rejected.
   */
  async append(id: string, update: Uint8Array, origin: string | null): Promise<{ savedAt: string }> {
    const row = this.row(id);
    if (row.trashed_at) throw new ServiceError('DRAFT_IN_TRASH', `article ${id} is in the trash`);
    const live = this.article(id);
    this.applyClientUpdate(live, update);
    return this.commit(live, update, origin);
  }

  private applyClientUpdate(live: LiveArticle, update: Uint8Array): void {
    const reject = (why: string): never => {
      this.evict(live.id);
      throw new ServiceError('INVALID_UPDATE', `article ${live.id}: ${why}`);
    };
    try {
      Y.decodeUpdate(update);
    } catch (error) {
      throw new ServiceError('INVALID_UPDATE', `article ${live.id}: not a Yjs update (${String(error)})`);
    }
    const meta = live.doc.getMap<unknown>(META_MAP);
    const statusBefore = meta.get(metaKeys.status);
    // The review log, like the status, is written by setStatus only.
    const decisionsBefore = reviewLog(live.doc).length;
    // A document may already wait for changes (a hub relayed a deletion before
    // the insertion it deletes): only an update adding to what it waits for is refused.
    const waitedFor = unmetDependencies(live.doc);
    try {
      Y.applyUpdate(live.doc, update, 'client');
    } catch (error) {
      reject(`update does not apply (${String(error)})`);
    }
    if (needsMoreThan(unmetDependencies(live.doc), waitedFor)) {
      reject('update depends on changes this article does not have');
    }
    if (meta.get(metaKeys.status) !== statusBefore) reject('status is set with drafts.setStatus only');
    if (reviewLog(live.doc).length !== decisionsBefore) reject('review decisions are written with drafts.setStatus only');
  }

  /** Stores an update already applied to `live.doc`; broadcasts it after the commit. */
  async commit(
    live: LiveArticle,
    update: Uint8Array,
    origin: string | null,
    status?: ArticleStatus,
  ): Promise<{ savedAt: string }> {
    let savedAt: string;
    try {
      savedAt = await this.queue.push(live.id, update, (updateId, logSeq) => {
        live.lastUpdateId = updateId;
        live.logSeq = logSeq;
        // A copy reloaded meanwhile holds this update too (see `article`).
        const current = this.live.get(live.id);
        if (current && current !== live) {
          current.lastUpdateId = updateId;
          current.logSeq = logSeq;
        }
        live.updateCount += 1;
        live.updateBytes += update.byteLength;
        // Runs right after the commit, before anything else can touch the doc:
        // the in-memory doc is exactly what is committed (plus, at most, later
        // updates of the same batch, which the log then repeats harmlessly).
        if (live.updateCount > COMPACT_AFTER_UPDATES || live.updateBytes > COMPACT_AFTER_BYTES) {
          try {
            this.compact(live.id);
          } catch (error) {
            // The log is intact; compaction is retried after the next append.
            console.error(`drafts: compacting ${live.id} failed`, error);
          }
        }
      }, status);
    } catch (error) {
      this.evict(live.id);
      throw this.writeFailure(`append to ${live.id}`, error);
    }
    this.diskFullSince = null;
    if (this.diskFullNotice) {
      this.ctx.notices?.dismiss(this.diskFullNotice);
      this.diskFullNotice = null;
    }
    live.editedSinceVersion = true;
    this.ctx.emit('drafts.update', { id: live.id, update: toBase64(update), origin });
    this.afterCommit(live);
    this.scheduleDerive(live.id);
    return { savedAt };
  }

  private diskFullSince: number | null = null;
  private diskFullNotice: string | null = null;

  /**
   * A failed write as the user's words: a full disk says so, with the folder
   * and its free space (once per episode, as a notice; the window keeps the
   * edits and retries); a read-only database says so; anything else is DB_FAILED.
   */
  writeFailure(what: string, error: unknown): ServiceError {
    if (error instanceof ServiceError) return error;
    const code = (error as { code?: unknown } | null)?.code;
    const message = `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
      if (this.diskFullSince === null) {
        this.diskFullSince = Date.now();
        const dir = this.ctx.dataDir ?? '';
        this.diskFullNotice = this.ctx.notices?.raise('DB_DISK_FULL', dir, { free: dir ? freeBytes(dir) : -1 }).id ?? null;
      }
      return new ServiceError('DB_DISK_FULL', message);
    }
    if (code === 'SQLITE_READONLY') return new ServiceError('DB_READ_ONLY', message);
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new ServiceError('DB_CORRUPT', message);
    return new ServiceError('DB_FAILED', message);
  }

  /** A change made by the service itself (status, restore): applied, committed and broadcast. */
  async change(id: string, change: (doc: Y.Doc) => void, status?: ArticleStatus): Promise<void> {
    const live = this.article(id);
    const update = captureUpdate(live.doc, () => change(live.doc));
    if (update) await this.commit(live, update, null, status);
    this.flushDerived(id);
  }

  /** Changes the status; a review decision, when given, is logged in the same update. */
  async setStatus(id: string, status: ArticleStatus, decision?: Decision): Promise<ArticleSummary> {
    this.row(id);
    // The transition is checked against the document, never the list's copy.
    const from = this.statusOf(id);
    if (from === status) return this.summary(id);
    if (!canChangeStatus(from, status)) {
      throw new ServiceError('INVALID_STATUS_CHANGE', `article ${id} cannot go from ${from} to ${status}`);
    }
    await this.change(
      id,
      (doc) => {
        doc.getMap<unknown>(META_MAP).set(metaKeys.status, status);
        if (decision) {
          reviewLog(doc).push([decision]);
          // The reviewed text travels with the article: any computer can compare with it.
          recordReviewed(doc, decision);
        }
      },
      status,
    );
    return this.summary(id);
  }

  /** Folds the update log into the snapshot, in one transaction. */
  compact(id: string): void {
    const live = this.article(id);
    const state = Y.encodeStateAsUpdate(live.doc);
    this.store.transaction(() => this.store.compact(id, state, live.lastUpdateId, this.iso()));
    live.updateCount = 0;
    live.updateBytes = 0;
  }

  trash(id: string): ArticleSummary {
    if (this.row(id).trashed_at) throw new ServiceError('DRAFT_IN_TRASH', `article ${id} is already in the trash`);
    this.store.setTrashed(id, this.iso());
    return this.changed(id);
  }

  restore(id: string): ArticleSummary {
    if (!this.row(id).trashed_at) throw new ServiceError('DRAFT_NOT_IN_TRASH', `article ${id} is not in the trash`);
    this.store.setTrashed(id, null);
    return this.changed(id);
  }

  deleteForever(id: string): void {
    if (!this.row(id).trashed_at) throw new ServiceError('DRAFT_NOT_IN_TRASH', `article ${id} is not in the trash`);
    this.cancelDerive(id);
    this.evict(id);
    this.store.transaction(() => this.store.deleteArticle(id));
    this.ctx.emit('drafts.changed', { id, summary: null });
  }

  private changed(id: string): ArticleSummary {
    const summary = this.summary(id);
    this.ctx.emit('drafts.changed', { id, summary });
    return summary;
  }

  // ---- derived fields

  private scheduleDerive(id: string): void {
    const pending = this.deriveTimers.get(id);
    const now = Date.now();
    if (pending) {
      if (now - pending.since >= DERIVE_MAX_WAIT_MS) return; // overdue: let it fire
      clearTimeout(pending.timer);
    }
    const since = pending?.since ?? now;
    const timer = setTimeout(
      () => {
        this.deriveTimers.delete(id);
        try {
          this.deriveNow(id);
        } catch (error) {
          console.error(`drafts: deriving ${id} failed`, error);
        }
      },
      Math.min(DERIVE_IDLE_MS, Math.max(0, since + DERIVE_MAX_WAIT_MS - now)),
    );
    timer.unref?.();
    this.deriveTimers.set(id, { timer, since });
  }

  private cancelDerive(id: string): boolean {
    const pending = this.deriveTimers.get(id);
    if (!pending) return false;
    clearTimeout(pending.timer);
    this.deriveTimers.delete(id);
    return true;
  }

  /** Runs a pending refresh of derived fields now, so a read sees the latest text. */
  flushDerived(id?: string): void {
    const ids = id === undefined ? [...this.deriveTimers.keys()] : [id];
    for (const each of ids) if (this.cancelDerive(each)) this.deriveNow(each);
  }

  private deriveNow(id: string): void {
    const live = this.live.get(id);
    if (!live || !this.store.getArticle(id)) return;
    // The document holds an update that is not committed yet: deriving now
    // would record text the log may never get. Its commit schedules another.
    if (this.queue.has(id)) return this.scheduleDerive(id);
    const derived = deriveArticle(live.doc);
    this.store.transaction(() => this.store.updateDerived(id, derivedColumns(derived), searchColumns(derived), live.logSeq));
    this.stale.delete(id);
    this.ctx.emit('drafts.changed', { id, summary: toSummary(this.row(id)) });
  }

  /** Re-derives articles left stale by a crash: `id` alone, or all of them (before a list or search). */
  refreshStale(id?: string): void {
    for (const each of id === undefined ? [...this.stale] : this.stale.has(id) ? [id] : []) {
      this.stale.delete(each);
      if (!this.store.getArticle(each)) continue;
      const wasLive = this.live.has(each);
      try {
        this.article(each);
        this.deriveNow(each);
      } catch (error) {
        console.error(`drafts: re-deriving ${each} failed`, error);
      } finally {
        if (!wasLive) this.evict(each);
      }
    }
  }

  private scheduleStale(): void {
    if (this.staleTimer || this.stale.size === 0) return;
    this.staleTimer = setImmediate(() => {
      this.staleTimer = null;
      const next = this.stale.values().next();
      if (!next.done) this.refreshStale(next.value);
      this.scheduleStale();
    });
    this.staleTimer.unref?.();
  }

  async close(): Promise<void> {
    if (this.staleTimer) clearImmediate(this.staleTimer);
    this.staleTimer = null;
    await this.queue.drain();
    try {
      this.flushDerived();
    } catch (error) {
      // E.g. a full disk: the log is committed; the list is re-derived at the next start.
      console.error('drafts: refreshing derived fields at close failed', error);
    }
    for (const id of [...this.live.keys()]) this.evict(id);
  }
}

export function toSummary(row: ArticleRow): ArticleSummary {
  const kind = KindSchema.safeParse(row.kind);
  const status = StatusSchema.safeParse(row.status);
  return {
    id: row.id,
    title: row.title,
    sapo: row.sapo,
    byline: row.byline,
    category: row.category,
    kind: kind.success ? kind.data : 'tin',
    status: status.success ? status.data : 'draft',
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
  };
}

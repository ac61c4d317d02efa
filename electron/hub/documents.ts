import * as Y from 'yjs';
import type { Document, Extension, Hocuspocus, onAuthenticatePayload, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import { HubArticleId } from '../../common/api/hub.api';
import { deriveArticle } from '../../common/article/derive';
import { META_MAP, metaKeys } from '../../common/article/layout';
import { reviewLog, type Decision } from '../../common/article/review-log';
import { REVIEWED_MAP, recordReviewed } from '../../common/article/review-snapshot';
import { ASSIGNMENT_MAP, assign, hubAccountId, readAssignment, type Assignment } from '../../common/article/review-assignment';
import type { ArticleStatus } from '../../common/article/model';
import { tokenHash } from './auth';
import type { HubStore, UserRow } from './hub-store';
import { accessTo, mayAssign, mayCreate } from './rights';

/** What a connection carries after onAuthenticate. */
export interface HubContext {
  user: Pick<UserRow, 'id' | 'role' | 'displayName'>;
  /** The article this connection created on the hub: its first upload brings the review history kept on the PC. */
  created?: string;
}

/** Transaction origin of the hub's own changes (status written back into a document). */
export const HUB_ORIGIN = 'hub';
const LOAD_ORIGIN = 'hub-load';
/** Hocuspocus's Redis extension applies other instances' updates with this origin; they stored them. */
const REDIS_ORIGIN = '__hocuspocus__redis__origin__';

/** Hocuspocus sends an error's `reason` to the client with the refusal. */
function denied(reason: string): Error {
  return Object.assign(new Error(reason), { reason });
}

export interface HubLog {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

/**
 * One Yjs document per article, stored by the hub:
 *  - every update a client sends is appended to the log (with its checksum)
 *    as it arrives, in arrival order; the debounced store folds the log into
 *    a snapshot;
 *  - each connection is checked (live session, right to read or write this
 *    article); a reader's connection is read-only, so Hocuspocus refuses
 *    their updates;
 *  - the status inside a document follows the hub's index: a client that
 *    writes another status into the document is overruled at once.
 */
export class HubDocuments implements Extension {
  extensionName = 'toasoan-documents';
  /** Updates received and not yet written; written together at the next turn of the event loop. */
  private queued: Array<{ articleId: string; update: Uint8Array }> = [];
  /** The write in progress (writes run one after another, so the log keeps arrival order). */
  private writing: Promise<void> = Promise.resolve();
  private flushScheduled = false;
  /** The status each loaded document last had; the index is read again only when it changes. */
  private readonly knownStatus = new Map<string, unknown>();
  /** The assignment each loaded document last had with the hub's consent, and the checks under way (in order). */
  private readonly knownAssignment = new Map<string, Assignment | null>();
  private readonly assignmentChecks = new Map<string, Promise<void>>();
  /** The review log and reviewed text each loaded document last had from the hub (null: none yet, a new article). */
  private readonly knownReview = new Map<string, ReviewRecord | null>();
  private readonly reviewChecks = new Set<string>();
  instance: Hocuspocus | null = null;

  constructor(
    private readonly store: HubStore,
    private readonly log: HubLog,
  ) {}

  async onConfigure({ instance }: { instance: Hocuspocus }): Promise<void> {
    this.instance = instance;
  }

  async onAuthenticate(data: onAuthenticatePayload): Promise<HubContext> {
    const user = await this.store.sessionUser(tokenHash(data.token ?? ''));
    if (!user) throw denied('HUB_SESSION_INVALID');
    if (!HubArticleId.safeParse(data.documentName).success) throw denied('HUB_BAD_ARTICLE_ID');
    let article = await this.store.article(data.documentName);
    let created: string | undefined;
    if (!article) {
      if (!mayCreate(user)) throw denied('HUB_FORBIDDEN');
      await this.store.createArticle(data.documentName, user.id, 'draft', '');
      article = await this.store.article(data.documentName);
      if (!article) throw denied('HUB_FORBIDDEN');
      created = data.documentName;
    }
    const access = accessTo(user, article);
    if (access === null) throw denied('HUB_FORBIDDEN');
    data.connectionConfig.readOnly = access !== 'write';
    return { user: { id: user.id, role: user.role, displayName: user.displayName }, created };
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const { parts, damaged } = await this.store.loadDoc(documentName);
    if (damaged) this.log.error(`article ${documentName}: ${damaged} stored piece(s) failed their checksum and were left out`);
    for (const part of parts) Y.applyUpdate(document, part, LOAD_ORIGIN);
    const article = await this.store.article(documentName);
    if (article) this.enforceStatus(document, article.status);
    this.knownStatus.set(documentName, document.getMap<unknown>(META_MAP).get(metaKeys.status));
    this.knownAssignment.set(documentName, readAssignment(document));
    document.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(document, update, origin));
    document.getMap<unknown>(ASSIGNMENT_MAP).observe((event) => this.onAssignment(document, event.transaction.origin));
    this.knownReview.set(documentName, parts.length ? reviewRecord(document) : null);
    reviewLog(document).observe((event) => this.onReview(document, event.transaction.origin));
    document.getMap<unknown>(REVIEWED_MAP).observe((event) => this.onReview(document, event.transaction.origin));
  }

  /**
   * The review log and the reviewed text are the hub's to write (with a status
   * change, in writeStatus): a client's change to them is put back. The one
   * exception is the first upload of an article created by this connection,
   * which brings the decisions taken on the PC before the hub knew it.
   */
  private onReview(document: Document, origin: unknown): void {
    const context = (origin as { context?: HubContext } | null)?.context;
    const known = this.knownReview.get(document.name);
    if (!context?.user || (known === null && context.created === document.name)) {
      this.knownReview.set(document.name, reviewRecord(document));
      return;
    }
    if (this.reviewChecks.has(document.name)) return;
    this.reviewChecks.add(document.name);
    // After the client's transaction: put back what the hub last wrote.
    queueMicrotask(() => {
      this.reviewChecks.delete(document.name);
      const want = this.knownReview.get(document.name) ?? { log: [], reviewed: {} };
      if (sameRecord(reviewRecord(document), want)) return;
      this.log.info(`article ${document.name}: review log change by ${context.user.role} #${context.user.id} refused`);
      document.transact(() => restoreReview(document, want), HUB_ORIGIN);
    });
  }

  private onUpdate(document: Document, update: Uint8Array, origin: unknown): void {
    if (origin === LOAD_ORIGIN) return;
    if (origin !== REDIS_ORIGIN) this.append(document.name, update);
    // The index is the authority on status; a document saying otherwise was edited by a client.
    queueMicrotask(() => void this.checkStatus(document));
  }

  private append(name: string, update: Uint8Array): void {
    this.queued.push({ articleId: name, update });
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      const batch = this.queued;
      this.queued = [];
      this.writing = this.writing
        .then(() => this.store.appendUpdates(batch))
        .catch((error) => this.log.error(`storing ${batch.length} update(s) failed (kept in memory until the next snapshot)`, error));
    });
  }

  private async checkStatus(document: Document): Promise<void> {
    const inDoc = document.getMap<unknown>(META_MAP).get(metaKeys.status);
    if (this.knownStatus.get(document.name) === inDoc) return;
    const article = await this.store.article(document.name);
    if (!article) return;
    if (inDoc !== article.status) this.enforceStatus(document, article.status);
    this.knownStatus.set(document.name, article.status);
    this.recheckConnections(document, article.status, article.authorId);
  }

  /**
   * The assignment (phân công) is checked like the status: a client's change
   * the hub's rights refuse (mayAssign) is put back at once; an accepted one
   * gets the real names of the assignee and of who assigned, whatever the
   * client wrote. Changes by the hub itself, at load or from another hub
   * instance (which checked them) are taken as they are.
   */
  private onAssignment(document: Document, origin: unknown): void {
    const next = readAssignment(document);
    const user = (origin as { context?: HubContext } | null)?.context?.user;
    if (!user) {
      if (origin !== HUB_ORIGIN) this.knownAssignment.set(document.name, next);
      return;
    }
    const previous = this.assignmentChecks.get(document.name) ?? Promise.resolve();
    const check = previous
      .then(() => this.checkAssignment(document, user, next))
      .catch((error) => this.log.error(`checking the assignment of ${document.name} failed`, error));
    this.assignmentChecks.set(document.name, check);
  }

  private async checkAssignment(document: Document, user: HubContext['user'], next: Assignment | null): Promise<void> {
    const known = this.knownAssignment.get(document.name) ?? null;
    if (sameAssignment(known, next)) return;
    const article = await this.store.article(document.name);
    const to = next ? hubAccountId(next.toId) : null;
    const assignee = to === null ? null : await this.store.userById(to);
    const allowed =
      !!article &&
      (next === null || to !== null) &&
      mayAssign(user, article, { from: hubAccountId(known?.toId), to }, assignee);
    const untouched = sameAssignment(readAssignment(document), next);
    if (!allowed) {
      this.log.info(`article ${document.name}: assignment by ${user.role} #${user.id} refused`);
      if (untouched) document.transact(() => assign(document, known), HUB_ORIGIN);
      return;
    }
    const fixed = next && assignee ? { ...next, to: assignee.displayName, by: user.displayName } : null;
    this.knownAssignment.set(document.name, fixed);
    if (untouched && fixed && !sameAssignment(fixed, next)) document.transact(() => assign(document, fixed), HUB_ORIGIN);
  }

  private enforceStatus(document: Y.Doc, status: ArticleStatus): void {
    const meta = document.getMap<unknown>(META_MAP);
    if (meta.get(metaKeys.status) !== status) document.transact(() => meta.set(metaKeys.status, status), HUB_ORIGIN);
  }

  /** After a status change, each open connection gets the rights of the new status. */
  recheckConnections(document: Document, status: ArticleStatus, authorId: number): void {
    for (const connection of document.getConnections()) {
      const ctx = connection.context as HubContext | undefined;
      if (!ctx?.user) continue;
      const access = accessTo(ctx.user, { authorId, status });
      if (access === null) connection.close({ code: 4403, reason: 'HUB_FORBIDDEN' } as never);
      else connection.readOnly = access !== 'write';
    }
  }

  /** Ends every connection of an account (disabled, password reset, new role): it must sign in again. */
  disconnectUser(userId: number): void {
    for (const document of this.instance?.documents.values() ?? []) {
      for (const connection of document.getConnections()) {
        if ((connection.context as HubContext | undefined)?.user?.id === userId) {
          connection.close({ code: 4401, reason: 'HUB_SESSION_INVALID' } as never);
        }
      }
    }
  }

  /**
   * Writes the article's new status into its document (loading it if needed), as the hub,
   * with the decision it records, if any (the review log and the reviewed text).
   */
  async writeStatus(articleId: string, status: ArticleStatus, decision: Decision | null = null): Promise<void> {
    if (!this.instance) throw new Error('hub documents not configured');
    const direct = await this.instance.openDirectConnection(articleId, { hub: true });
    try {
      await direct.transact((doc) => {
        this.enforceStatus(doc, status);
        if (decision) {
          reviewLog(doc).push([decision]);
          recordReviewed(doc, decision);
        }
      });
      const article = await this.store.article(articleId);
      const loaded = this.instance.documents.get(articleId);
      if (article && loaded) this.recheckConnections(loaded, article.status, article.authorId);
    } finally {
      await direct.disconnect();
    }
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    this.knownStatus.delete(documentName);
    this.knownAssignment.delete(documentName);
    this.assignmentChecks.delete(documentName);
    this.knownReview.delete(documentName);
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    await this.flushed();
    await this.store.compact(documentName, Y.encodeStateAsUpdate(document));
    const derived = deriveArticle(document);
    await this.store.touchArticle(documentName, { title: derived.title.slice(0, 500), byline: derived.byline, category: derived.category, kind: derived.kind });
  }

  /** Resolves when every update received so far is stored. */
  async flushed(): Promise<void> {
    while (this.flushScheduled || this.queued.length) await new Promise((r) => setImmediate(r));
    await this.writing;
  }
}

function sameAssignment(a: Assignment | null, b: Assignment | null): boolean {
  return a === b || (!!a && !!b && a.toId === b.toId && a.to === b.to && a.by === b.by && a.at === b.at);
}

interface ReviewRecord {
  log: unknown[];
  reviewed: Record<string, unknown>;
}

function reviewRecord(doc: Y.Doc): ReviewRecord {
  return { log: reviewLog(doc).toJSON(), reviewed: doc.getMap<unknown>(REVIEWED_MAP).toJSON() };
}

function sameRecord(a: ReviewRecord, b: ReviewRecord): boolean {
  return JSON.stringify(a.log) === JSON.stringify(b.log) && JSON.stringify(Object.entries(a.reviewed).sort()) === JSON.stringify(Object.entries(b.reviewed).sort());
}

function restoreReview(doc: Y.Doc, want: ReviewRecord): void {
  const log = reviewLog(doc);
  if (JSON.stringify(log.toJSON()) !== JSON.stringify(want.log)) {
    log.delete(0, log.length);
    log.push(want.log.map((d) => structuredClone(d)) as Decision[]);
  }
  const map = doc.getMap<unknown>(REVIEWED_MAP);
  for (const key of [...map.keys()]) if (!(key in want.reviewed)) map.delete(key);
  for (const [key, value] of Object.entries(want.reviewed)) {
    if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
  }
}

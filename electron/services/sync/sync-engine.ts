import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { HubUser, PresenceCursor, type ArticleSyncInfo, type HubArticle, type PresencePeer } from '../../../common/api/hub.api';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import { ArticleStatus as ArticleStatusSchema, type ArticleStatus } from '../../../common/article/model';
import { captureUpdate, lacksChangesOf } from '../drafts/article-docs';
import type { DraftsService } from '../drafts/drafts.service';
import type { HubHttp } from './hub-http';
import type { HubLinks } from './hub-links';

/**
 * `ws` emits 'error' when a socket still connecting is closed; the provider
 * removes its own listeners before closing a stale socket, and an 'error'
 * with no listener would bring down the whole services process. The
 * provider's listeners still get every error.
 */
export class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

/** Transaction origin of local changes copied into an article's sync document. */
const LOCAL = 'local';
/** `origin` of remote edits committed to the drafts (echoed in `drafts.update`). */
export const HUB_ORIGIN = 'hub';

export interface SyncEngineOptions {
  drafts: DraftsService;
  links: HubLinks;
  http: HubHttp;
  url: string;
  me: HubUser;
  token: () => string | null;
  /** Something a list shows changed (connection, an article's sync state). */
  onChange: () => void;
  /** The hub no longer accepts the session (expired, revoked, account disabled). */
  onSessionLost: () => void;
  /** Who has an article open changed. */
  onPresence?: (id: string, people: PresencePeer[]) => void;
  /** How often the article index is read again while connected (new shared articles, changed rights). */
  indexEveryMs?: number;
  /**
   * Remote edits are stored at most this often (milliseconds): every article's
   * edits received meanwhile in one SQLite transaction, each article's merged
   * into one update (see `remote`). 0 stores them at the next turn of the loop.
   */
  remoteWindowMs?: number;
  /**
   * An article nobody has open here, with nothing left to send or store, stops
   * listening to the hub after this long (milliseconds); the index brings it
   * back when the hub says it changed, and opening or editing it here at once.
   * Without this every desktop would receive every keystroke typed in the
   * newsroom. Default REST_AFTER_MS; Infinity keeps every article live.
   */
  restAfterMs?: number;
  /** Reconnection backoff (tests shorten it). */
  reconnect?: { minDelay: number; maxDelay: number };
  log?: (message: string, error?: unknown) => void;
}

/** One article kept in step with the hub: its own Y.Doc mirrors the local one and talks to the hub. */
interface ArticleLink {
  id: string;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Remote edits received and not yet applied to the drafts (the next window takes them). */
  incoming: Uint8Array[];
  /** Their commits (several in one burst share one transaction). */
  commits: Set<Promise<unknown>>;
  pending: boolean;
  /** What hub_links says; written only when `pending` has lasted (not twice per keystroke). */
  storedPending: boolean;
  pendingTimer: ReturnType<typeof setTimeout> | null;
  /** The local database has the article (checked once; a deleted article is unlinked). */
  local: boolean;
  restTimer: ReturnType<typeof setTimeout> | null;
  /** When the last remote edit arrived (performance.now()). */
  lastRemoteAt: number;
  /** The provider is on the shared socket (see `attach`); until then its attachment may wait (`attachTimer`). */
  attached: boolean;
  attachTimer: ReturnType<typeof setTimeout> | null;
}

/** What of the hub's index entry says an article at rest changed (its status is written by the hub, a moment before `updatedAt`). */
const restKey = (a: HubArticle): string => `${a.updatedAt} ${a.status} ${a.access}`;

const statusIn = (doc: Y.Doc): unknown => doc.getMap<unknown>(META_MAP).get(metaKeys.status);

/** The document's status when an update changed it (a valid one; anything else is left to the deriving). */
function changedStatus(before: unknown, doc: Y.Doc): ArticleStatus | undefined {
  const after = statusIn(doc);
  if (after === before) return undefined;
  const parsed = ArticleStatusSchema.safeParse(after);
  return parsed.success ? parsed.data : undefined;
}

/** A pending state that lasts this long is written down (so that "chờ gửi" survives a restart). */
const PERSIST_PENDING_AFTER_MS = 1000;
/** See `SyncEngineOptions.remoteWindowMs`. */
const REMOTE_WINDOW_MS = 30;
/** See `SyncEngineOptions.restAfterMs`. */
const REST_AFTER_MS = 5000;
/** An article linked only to catch up (at start, or from the index) rests this soon after it is in step. */
const CATCH_UP_MS = 500;
/** See `rest`. */
const SETTLE_MS = 2000;
/** See `link`: how long a provider for an article waits after the last one for it left the hub. */
const REATTACH_AFTER_MS = 1000;

/**
 * Keeps every article this person may see in step with the hub, over ONE
 * WebSocket (Hocuspocus multiplexes one provider per article on it).
 *  - Local edits (committed by the drafts service) are copied into the
 *    article's sync document, which the provider sends; while offline they
 *    wait there, and the Yjs sync on reconnection sends whatever the hub lacks
 *    (also after a restart: the sync document starts from the local database).
 *  - Remote edits are committed to the local database through the drafts
 *    service, like another window's (durable, history, pushed to open windows).
 * Nothing here is awaited by typing: the drafts service commits first, always.
 */
export class SyncEngine {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly articles = new Map<string, ArticleLink>();
  /** When each article's provider last left the shared socket (performance.now(); see `link`). */
  private readonly detachedAt = new Map<string, number>();
  private readonly seenOnHub = new Set<string>();
  /** Articles at rest (not listening to the hub): what the hub's index said when they were last in step (`restKey`). */
  private readonly rested = new Map<string, string>();
  private indexReadAt = -Infinity;
  /** Articles open in a window here (presence), linked or not yet: they stay live. */
  private readonly openHere = new Set<string>();
  /** The hub's last word on each article it lists for this person. */
  private readonly index = new Map<string, HubArticle>();
  private indexTimer: ReturnType<typeof setTimeout> | null = null;
  private refreshing: Promise<void> | null = null;
  /** Others' articles arrived and waiting to be stored (see `arrive`). */
  private readonly arrivals = new Map<string, ArticleLink>();
  private arriving: Promise<void> | null = null;
  /** Articles with remote edits waiting for the window (see `remote`). */
  private readonly waiting = new Set<ArticleLink>();
  private windowTimer: ReturnType<typeof setTimeout> | null = null;
  private lastWindow = -Infinity;
  private stopped = false;
  private sessionLost = false;
  /** Callers waiting for a status the hub wrote to be committed here (see `statusArrived`), by article. */
  private readonly statusWaiters = new Map<string, Set<() => void>>();
  /** Owed statuses being recorded on the hub now (see `owe`). */
  private readonly recording = new Set<string>();
  connected = false;

  constructor(private readonly o: SyncEngineOptions) {
    this.socket = new HocuspocusProviderWebsocket({
      url: o.url,
      WebSocketPolyfill: NodeWebSocket,
      minDelay: o.reconnect?.minDelay ?? 1000,
      delay: o.reconnect?.minDelay ?? 1000,
      maxDelay: o.reconnect?.maxDelay ?? 30_000,
      messageReconnectTimeout: 30_000,
    });
    this.socket.on('status', ({ status }: { status: WebSocketStatus }) => {
      const connected = status === WebSocketStatus.Connected;
      if (connected === this.connected) return;
      this.connected = connected;
      if (connected) void this.refreshIndex();
      this.o.onChange();
    });
    // Everything local that is not known to be out of reach is offered to the hub.
    const rows = new Map(o.links.all().map((r) => [r.article_id, r]));
    for (const id of o.links.localArticleIds()) {
      const row = rows.get(id);
      if (row?.access === 'revoked') continue;
      if (!row) o.links.upsert(id, o.me.name, false, 'write', true);
      this.link(id);
    }
    this.scheduleIndex();
  }

  /**
   * The next reading of the index, 75–125 % of indexEveryMs away: desktops
   * started together (after a power cut, or the benchmark's 50) do not all ask
   * the hub, and catch up with their articles at rest, in the same moment.
   */
  private scheduleIndex(): void {
    if (this.stopped) return;
    const every = this.o.indexEveryMs ?? 15_000;
    this.indexTimer = setTimeout(() => {
      if (this.connected) void this.refreshIndex();
      this.scheduleIndex();
    }, every * (0.75 + Math.random() / 2));
    this.indexTimer.unref?.();
  }

  private log(message: string, error?: unknown): void {
    (this.o.log ?? ((m, e) => console.error(m, e ?? '')))(message, error);
  }

  /** Starts syncing one article (seeded from the local database when it has it). */
  private link(id: string): ArticleLink {
    const existing = this.articles.get(id);
    if (existing) return existing;
    const doc = new Y.Doc();
    const local = Boolean(this.o.drafts.store.getArticle(id));
    if (local) {
      const { snapshot, updates } = this.o.drafts.store.docParts(id);
      const parts = snapshot ? [snapshot.data, ...updates.map((u) => u.data)] : updates.map((u) => u.data);
      if (parts.length) Y.applyUpdate(doc, Y.mergeUpdates(parts), LOCAL);
    }
    const row = this.o.links.get(id);
    const pending = row ? row.pending === 1 : true;
    const link: ArticleLink = {
      id,
      doc,
      incoming: [],
      commits: new Set(),
      pending,
      storedPending: pending,
      pendingTimer: null,
      local,
      restTimer: null,
      lastRemoteAt: -Infinity,
      attached: false,
      attachTimer: null,
      provider: null as never,
    };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL) this.remote(link, update);
    });
    link.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: id,
      document: doc,
      token: () => this.o.token() ?? '',
      onUnsyncedChanges: ({ number }) => {
        if (number === 0 && link.provider?.isSynced) this.setPending(link, false);
      },
      onSynced: () => {
        if (!link.provider.hasUnsyncedChanges) this.setPending(link, false);
      },
      onAuthenticationFailed: ({ reason }) => this.refused(link, reason),
      onAwarenessChange: () => this.o.onPresence?.(id, this.presence(id)),
    });
    // No awareness state until the article is opened here: a provider with a
    // state renews it every 15 s, and the hub passes each renewal to every
    // other desktop syncing the article (every article, for an editor).
    link.provider.awareness?.setLocalState(null);
    this.articles.set(id, link);
    this.rested.delete(id);
    // The hub handles a provider's leaving (its close message) a turn of its loop after it reads it. A new
    // provider's sign-in for the same article that it reads before then goes to the connection that is closing:
    // the hub then closes the new provider's stream too, and the article would hear nothing more on this desktop
    // (a rest followed at once by a reading of the index, or an opening). So a new provider waits a moment.
    const wait = (this.detachedAt.get(id) ?? -Infinity) + REATTACH_AFTER_MS - performance.now();
    this.detachedAt.delete(id);
    if (wait > 0) {
      link.attachTimer = setTimeout(() => {
        link.attachTimer = null;
        if (!this.stopped && this.articles.get(id) === link) this.attach(link);
      }, wait);
      link.attachTimer.unref?.();
    } else {
      this.attach(link);
    }
    this.scheduleRest(link, CATCH_UP_MS);
    return link;
  }

  private attach(link: ArticleLink): void {
    link.attached = true;
    link.provider.attach();
  }

  /** (Re)starts the article's countdown to rest (see `restAfterMs`; `soon` caps it). */
  private scheduleRest(link: ArticleLink, soon = Infinity): void {
    const base = this.o.restAfterMs ?? REST_AFTER_MS;
    if (link.restTimer) clearTimeout(link.restTimer);
    link.restTimer = null;
    if (!Number.isFinite(base) || this.stopped) return;
    const after = Math.min(base, soon);
    link.restTimer = setTimeout(() => {
      link.restTimer = null;
      this.rest(link);
    }, after);
    link.restTimer.unref?.();
  }

  private rest(link: ArticleLink): void {
    if (this.stopped || this.articles.get(link.id) !== link || this.openHere.has(link.id)) return;
    const busy =
      !link.local ||
      link.pending ||
      !link.provider.isSynced ||
      link.provider.hasUnsyncedChanges ||
      link.incoming.length > 0 ||
      link.commits.size > 0 ||
      this.arrivals.has(link.id);
    if (busy) return this.scheduleRest(link, CATCH_UP_MS);
    // The index's word is trusted only if it was read well after the last edit
    // arrived (one still on its way when the article rests would be missed);
    // otherwise the next reading of the index brings the article back once more.
    const settledBeforeIndex = link.lastRemoteAt < this.indexReadAt - SETTLE_MS;
    const known = this.index.get(link.id);
    this.unlink(link.id);
    this.rested.set(link.id, settledBeforeIndex && known ? restKey(known) : '');
  }

  private unlink(id: string): void {
    const link = this.articles.get(id);
    if (!link) return;
    this.articles.delete(id);
    this.waiting.delete(link);
    if (link.pendingTimer) clearTimeout(link.pendingTimer);
    if (link.restTimer) clearTimeout(link.restTimer);
    if (link.attachTimer) clearTimeout(link.attachTimer);
    if (link.attached) this.detachedAt.set(id, performance.now());
    if (link.pending !== link.storedPending) this.storePending(link);
    link.provider.destroy();
    link.doc.destroy();
  }

  private setPending(link: ArticleLink, pending: boolean): void {
    if (link.pending === pending) return;
    link.pending = pending;
    if (link.pendingTimer) clearTimeout(link.pendingTimer);
    link.pendingTimer = null;
    if (!pending && link.storedPending) this.storePending(link);
    if (pending && !link.storedPending) {
      link.pendingTimer = setTimeout(() => {
        link.pendingTimer = null;
        if (link.pending) this.storePending(link);
      }, PERSIST_PENDING_AFTER_MS);
      link.pendingTimer.unref?.();
    }
    this.o.onChange();
  }

  private storePending(link: ArticleLink): void {
    try {
      if (link.local) this.o.links.setPending(link.id, link.pending);
      link.storedPending = link.pending;
    } catch (error) {
      this.log(`sync: recording the sync state of ${link.id} failed`, error);
    }
  }

  private refused(link: ArticleLink, reason: string): void {
    if (reason === 'HUB_SESSION_INVALID') {
      if (!this.sessionLost) {
        this.sessionLost = true;
        this.o.onSessionLost();
      }
      return;
    }
    // Kept locally, marked: the hub no longer lets this person see it (or never did).
    if (this.o.drafts.store.getArticle(link.id)) this.o.links.setAccess(link.id, 'revoked');
    this.unlink(link.id);
    this.o.onChange();
  }

  /**
   * A remote edit (already applied to the article's sync document by the
   * provider). Remote edits are stored in windows, at most every
   * `remoteWindowMs`: each article's edits of the window are applied to the
   * drafts' document in one Yjs transaction, whose update (exactly what the
   * document gained) is committed as one row and sent to the windows as one
   * event, and all the articles of a window share one SQLite transaction.
   * Per keystroke of each person typing, that was a transaction, a row, an
   * event, a Yjs transaction and a derive timer on every desktop.
   *
   * Nothing is lost by waiting: a remote edit is durable on the hub already,
   * and one lost here (a crash within the window) is sent again by the hub
   * after the restart, as the sync document starts from the local database.
   * Local edits never wait: the drafts service commits them first, and one
   * can only build on remote edits the window was shown, which are committed
   * (the append queue keeps the order).
   */
  private remote(link: ArticleLink, update: Uint8Array): void {
    link.lastRemoteAt = performance.now();
    link.incoming.push(update);
    this.waiting.add(link);
    if (this.windowTimer || this.stopped) return;
    const window = this.o.remoteWindowMs ?? REMOTE_WINDOW_MS;
    // After a quiet spell the edit is stored at once; under steady traffic, once per window.
    const wait = Math.max(0, this.lastWindow + window - performance.now());
    this.windowTimer = setTimeout(() => this.storeRemote(), wait);
    this.windowTimer.unref?.();
  }

  /** Stores every remote edit waiting (see `remote`). */
  private storeRemote(): void {
    if (this.windowTimer) clearTimeout(this.windowTimer);
    this.windowTimer = null;
    this.lastWindow = performance.now();
    const links = [...this.waiting];
    this.waiting.clear();
    for (const link of links) {
      const batch = link.incoming.splice(0);
      try {
        this.commitRemote(link, batch);
      } catch (error) {
        this.log(`sync: storing a remote edit of ${link.id} failed; the next sync brings it again`, error);
      }
    }
  }

  /**
   * Someone else's articles arriving (hundreds at a first sync): stored whole,
   * under their hub ids, together with their hub_links rows, in one
   * transaction per turn of the event loop.
   */
  private arrive(link: ArticleLink): void {
    this.arrivals.set(link.id, link);
    this.arriving ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        const links = [...this.arrivals.values()];
        this.arrivals.clear();
        this.arriving = null;
        try {
          if (!this.stopped) this.adoptAll(links);
        } catch (error) {
          this.log(`sync: storing ${links.length} arriving article(s) failed; the next sync brings them again`, error);
        }
        resolve();
      }),
    );
  }

  private adoptAll(links: ArticleLink[]): void {
    const byId = new Map(links.map((l) => [l.id, l]));
    this.o.drafts.adoptAll(
      links.map((l) => ({ id: l.id, state: Y.encodeStateAsUpdate(l.doc) })),
      (ids) => {
        for (const id of ids) {
          const known = this.index.get(id);
          this.o.links.upsert(id, known?.authorName ?? '', known ? known.authorId !== this.o.me.id : true, known?.access ?? 'read', false);
        }
      },
    );
    // Stored now (or already here, e.g. created on this desktop meanwhile): later edits are committed one by one.
    for (const link of byId.values()) link.local = true;
    this.o.onChange();
  }

  private commitRemote(link: ArticleLink, batch: Uint8Array[]): void {
    if (this.stopped || batch.length === 0) return;
    const drafts = this.o.drafts;
    if (!link.local) {
      // Someone else's article, arriving: its whole state is stored with the next batch of arrivals.
      this.arrive(link);
      return;
    }
    const live = drafts.article(link.id);
    const statusBefore = statusIn(live.doc);
    // One Yjs transaction for the window's edits; its update is what the document gained (null: nothing new).
    const update = captureUpdate(live.doc, () => batch.forEach((u) => Y.applyUpdate(live.doc, u)), HUB_ORIGIN);
    // Both documents may wait for changes the hub has not sent yet (a deletion
    // relayed before its insertion): that resolves when they arrive. But the
    // stored copy must never lack what the sync document holds. Should that
    // happen, reload what is committed and store exactly what is missing.
    if (lacksChangesOf(live.doc, link.doc)) {
      drafts.evict(link.id);
      const fresh = drafts.article(link.id);
      const missing = Y.encodeStateAsUpdate(link.doc, Y.encodeStateVector(fresh.doc));
      const before = statusIn(fresh.doc);
      Y.applyUpdate(fresh.doc, missing, HUB_ORIGIN);
      this.track(link, drafts.commit(fresh, missing, HUB_ORIGIN, changedStatus(before, fresh.doc)));
      return;
    }
    // Not awaited: the window's articles share one transaction (the append queue's next).
    // A status the hub changed reaches the drafts list in the transaction of its update (never lazily).
    // What still waits is stored too (the whole batch, which repeats the rest
    // harmlessly): a reloaded copy must wait for the same changes.
    const waits = live.doc.store.pendingDs || live.doc.store.pendingStructs;
    const stored = waits ? Y.mergeUpdates(batch) : update;
    if (stored) this.track(link, drafts.commit(live, stored, HUB_ORIGIN, changedStatus(statusBefore, live.doc)));
  }

  private track(link: ArticleLink, commit: Promise<unknown>): void {
    const tracked = commit.catch((error) => this.log(`sync: storing a remote edit of ${link.id} failed; the next sync brings it again`, error));
    link.commits.add(tracked);
    void tracked.then(() => {
      link.commits.delete(tracked);
      for (const check of this.statusWaiters.get(link.id) ?? []) check();
    });
  }

  /**
   * Resolves true once the local copy of the article has `status`, which the
   * hub wrote into its document (the change arrives through the sync and is
   * committed like any remote edit); false after `timeoutMs` or when the engine
   * stops. An article at rest is woken to fetch it.
   */
  statusArrived(id: string, status: ArticleStatus, timeoutMs: number): Promise<boolean> {
    const has = () => {
      try {
        return this.o.drafts.statusOf(id) === status;
      } catch {
        return false; // deleted meanwhile
      }
    };
    if (has()) return Promise.resolve(true);
    if (this.stopped) return Promise.resolve(false);
    if (!this.articles.has(id)) this.link(id);
    return new Promise<boolean>((resolve) => {
      const waiters = this.statusWaiters.get(id) ?? new Set<() => void>();
      this.statusWaiters.set(id, waiters);
      const done = (arrived: boolean) => {
        clearTimeout(timer);
        waiters.delete(check);
        if (waiters.size === 0 && this.statusWaiters.get(id) === waiters) this.statusWaiters.delete(id);
        resolve(arrived);
      };
      const check = () => {
        if (this.stopped) done(false);
        else if (has()) done(true);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      waiters.add(check);
    });
  }

  /** A committed local edit (from `drafts.update`). */
  localUpdate(id: string, update: Uint8Array): void {
    if (this.stopped) return;
    let link = this.articles.get(id);
    if (!link) {
      const row = this.o.links.get(id);
      if (row?.access === 'revoked') return;
      if (!row) this.o.links.upsert(id, this.o.me.name, false, 'write', true);
      link = this.link(id); // seeded from the database, which has this edit already
    } else {
      Y.applyUpdate(link.doc, update, LOCAL);
      this.scheduleRest(link);
    }
    this.setPending(link, true);
  }

  /** A local article was deleted for good: it stops syncing (the hub keeps its copy). */
  localDeleted(id: string): void {
    this.rested.delete(id);
    this.unlink(id);
  }

  /** Reads the hub's index: new articles shared with this person, and changed rights. */
  refreshIndex(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        const index = await this.o.http.articles();
        this.applyIndex(index);
        this.settleOwed(index);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'HUB_SESSION_INVALID' && !this.sessionLost) {
          this.sessionLost = true;
          this.o.onSessionLost();
        } else if (code !== 'HUB_UNREACHABLE') this.log('sync: reading the hub index failed', error);
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  private applyIndex(index: HubArticle[]): void {
    if (this.stopped) return;
    const now = new Set(index.map((a) => a.id));
    this.indexReadAt = performance.now();
    this.index.clear();
    const rows = new Map(this.o.links.all().map((r) => [r.article_id, r]));
    for (const article of index) {
      this.index.set(article.id, article);
      const row = rows.get(article.id);
      const shared = article.authorId !== this.o.me.id;
      const same = row && row.author_name === article.authorName && row.shared === (shared ? 1 : 0) && row.access === article.access;
      if (!same && this.o.drafts.store.getArticle(article.id)) {
        this.o.links.upsert(article.id, article.authorName, shared, article.access, true);
      }
      this.seenOnHub.add(article.id);
      // At rest and unchanged on the hub since: nothing to fetch.
      if (this.rested.get(article.id) !== restKey(article)) this.link(article.id);
    }
    // Seen before, gone now: the hub no longer lets this person see it. Kept locally, marked.
    for (const id of [...this.seenOnHub]) {
      if (now.has(id)) continue;
      this.seenOnHub.delete(id);
      this.rested.delete(id);
      if (this.o.drafts.store.getArticle(id)) this.o.links.setAccess(id, 'revoked');
      this.unlink(id);
    }
    this.o.onChange();
  }

  /**
   * A status the hub could not be told (the portal's answer, come while the
   * hub was out of reach): kept in hub_links and asked again at every reading
   * of the index until the hub records it (its change then arrives through the
   * sync) or says it cannot. Never written into the document here: the hub
   * would refuse that change from a person the article is read-only to.
   */
  owe(id: string, status: 'submitted'): void {
    this.o.links.setOwed(id, status);
    this.o.onChange();
    if (this.connected && !this.stopped) void this.refreshIndex();
  }

  private settleOwed(index: HubArticle[]): void {
    if (this.stopped) return;
    const onHub = new Map(index.map((a) => [a.id, a.status]));
    for (const { article_id: id, owed_status: status } of this.o.links.owed()) {
      if (this.recording.has(id)) continue;
      const now = onHub.get(id);
      if (now === status || (status === 'submitted' && now === 'published')) {
        this.o.links.setOwed(id, null); // recorded already (a request whose answer was lost, or someone else)
        this.o.onChange();
        continue;
      }
      this.recording.add(id);
      void this.o.http
        .setStatus(id, status, '')
        .then(
          () => {
            this.o.links.setOwed(id, null);
            if (!this.stopped && !this.articles.has(id)) this.link(id); // the hub's change, to fetch
          },
          (error: { code?: string }) => {
            // Out of reach, or signed out: asked again at the next reading of the index (of the next session).
            if (error.code === 'HUB_UNREACHABLE' || error.code === 'HUB_SESSION_INVALID') return;
            // The hub cannot record it (the article moved on, or this person no longer may): nothing more to ask.
            this.log(`sync: the hub did not record ${id} as ${status}`, error);
            this.o.links.setOwed(id, null);
          },
        )
        .finally(() => {
          this.recording.delete(id);
          this.o.onChange();
        });
    }
  }

  /** Marks the article open (or closed) here, with the cursor, for the others (Yjs awareness). */
  setPresence(id: string, open: boolean, cursor: PresenceCursor | null): PresencePeer[] {
    // Opening an article at rest brings it back to life.
    if (open) this.openHere.add(id);
    else this.openHere.delete(id);
    const link = this.articles.get(id) ?? (open && this.rested.has(id) ? this.link(id) : undefined);
    if (!link) return [];
    if (!open) this.scheduleRest(link);
    const awareness = link.provider.awareness;
    // Opening again without a caret (the presence line) keeps the caret the editor last reported.
    const kept = (awareness?.getLocalState() as { open?: { cursor?: PresenceCursor | null } } | null)?.open?.cursor ?? null;
    awareness?.setLocalState(open ? { open: { user: this.o.me, cursor: cursor ?? kept } } : null);
    return this.presence(id);
  }

  /** Everyone else with the article open, as their desktops announce it (validated: it is a peer's word). */
  presence(id: string): PresencePeer[] {
    const link = this.articles.get(id);
    const awareness = link?.provider.awareness;
    if (!awareness) return [];
    const people: PresencePeer[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const open = (state as { open?: { user?: unknown; cursor?: unknown } | null }).open;
      const user = HubUser.safeParse(open?.user);
      if (!open || !user.success) continue;
      const cursor = PresenceCursor.safeParse(open.cursor);
      people.push({ clientId, user: user.data, cursor: cursor.success ? cursor.data : null });
    }
    return people;
  }

  /** Whether the article is kept in step with the hub (live, or at rest). */
  isLinked(id: string): boolean {
    return this.articles.has(id) || this.rested.has(id);
  }

  /** Whether the article listens to the hub now (not at rest). */
  isLive(id: string): boolean {
    return this.articles.has(id);
  }

  /** Sync state of every article linked to the hub (articles never shared are not listed). */
  states(): ArticleSyncInfo[] {
    return this.o.links.all().map((row) => {
      const link = this.articles.get(row.article_id);
      const revoked = row.access === 'revoked';
      // A status the hub must still record waits to be sent too.
      const pending = (link ? link.pending : row.pending === 1) || row.owed_status !== null;
      return {
        id: row.article_id,
        authorName: row.author_name,
        shared: row.shared === 1,
        access: row.access === 'revoked' ? null : row.access,
        state: revoked ? 'revoked' : pending ? 'pending' : this.connected ? 'synced' : 'offline',
      };
    });
  }

  /** Waits until every remote edit received so far is committed locally. */
  async settled(): Promise<void> {
    this.storeRemote();
    await this.arriving;
    await Promise.all([...this.articles.values()].flatMap((l) => [...l.commits]));
  }

  async stop(): Promise<void> {
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = null;
    await this.settled();
    this.stopped = true;
    for (const waiters of [...this.statusWaiters.values()]) for (const check of [...waiters]) check();
    if (this.indexTimer) clearTimeout(this.indexTimer); // one may have been set while settling
    for (const id of [...this.articles.keys()]) this.unlink(id);
    this.socket.destroy();
    this.connected = false;
  }
}

/**
 * The portal service: settings and connection check, "Gửi lên cổng" into the
 * outbox, and the outbox's background sender. Which portal it talks to is a
 * `PortalKind` from adapters.ts, chosen by the type in Settings.
 */
import * as Y from 'yjs';
import { ServiceError } from '../../../common/api/errors';
import type { portalMethods } from '../../../common/api/portal.api';
import { pendingPictureCount } from '../../../common/article/pictures';
import { canSubmitToPortal } from '../../../common/article/workflow';
import { OutboxStore } from '../../db/outbox-store';
import type { Domain, ServiceContext } from '../context';
import type { ArticlePort } from '../drafts/article-port';
import { articleImageFiles, type ImageFiles } from '../images/image-files';
import { OutboxWorker } from '../outbox/outbox-worker';
import { portalKinds } from './adapters';
import type { PortalKind, PostState } from './portal-adapter';
import { portalSender } from './portal-sender';
import { articleVideoFiles } from '../media/video-files';
import { PortalSettings } from './portal-settings';

export { PORTAL_PASSWORD_KEY } from './portal-settings';

/** Failures new settings may cure: saving settings sends the entries that stopped on them at once. */
const CURED_BY_SETTINGS = new Set([
  'PORTAL_NOT_CONFIGURED',
  'PORTAL_AUTH_FAILED',
  'PORTAL_FORBIDDEN',
  'PORTAL_NO_API',
  'PORTAL_PLAIN_HTTP',
]);

export interface OutboxTiming {
  /** Backoff of the outbox's retries (defaults 5 s, capped at 60 s). */
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  /** Per request to the portal. */
  timeoutMs?: number | undefined;
  /** How long after a send that needed retries the portal is checked again for a late copy. */
  verifyAfterMs?: number | undefined;
}

export interface PortalDomainOptions extends OutboxTiming {
  /** The drafts service's port (drafts/article-port.ts). */
  articles: ArticlePort;
  images?: ImageFiles;
  kinds?: Readonly<Record<string, PortalKind>>;
  /** Told once the portal has accepted an article (the drafts service marks it "Đã gửi lên cổng"). */
  onSubmitted?: (articleId: string, post: { id: number; link: string; status?: string }) => void | Promise<void>;
}

export interface PortalDomain extends Domain<keyof typeof portalMethods> {
  /** The article's post on the portal in Settings (address and status), or null (the channels share that address). */
  postOf(articleId: string): { link: string; status: string } | null;
  /**
   * Asks the portal for the state of these articles' posts now and remembers
   * it: a post sent as "pending" may have been published since by the
   * portal's editors. Articles without a remembered post, or on a portal kind
   * that cannot tell, are left out; a portal that cannot be reached throws
   * (the caller tries again later).
   */
  refreshPosts(articleIds: readonly string[]): Promise<Array<{ articleId: string } & PostState>>;
  /** Cancels the article's send in progress (its video upload); false when none is. */
  cancelSend(articleId: string): boolean;
}

export function createPortalDomain(ctx: ServiceContext, options: PortalDomainOptions): PortalDomain {
  const store = new OutboxStore(ctx.db);
  const settings = new PortalSettings(ctx, options.kinds ?? portalKinds, options.timeoutMs);
  const sender = portalSender({
    ctx,
    store,
    settings,
    images: options.images ?? articleImageFiles(ctx.dataDir),
    videos: articleVideoFiles(ctx.dataDir),
    onSubmitted: options.onSubmitted,
  });
  const worker = new OutboxWorker({
    store,
    send: sender.send,
    verify: sender.verify,
    baseDelayMs: options.baseDelayMs,
    maxDelayMs: options.maxDelayMs,
    verifyAfterMs: options.verifyAfterMs,
    onChange: (entry) => ctx.emit('outbox.changed', entry),
    log: (message, error) => (error === undefined ? console.error(`[outbox] ${message}`) : console.error(`[outbox] ${message}`, error)),
  });
  worker.start();
  const now = () => new Date().toISOString();

  /** The article as it is now, checked for the portal (PORTAL_NOT_APPROVED, PORTAL_IMAGES_PENDING). */
  function readSubmittable(articleId: string) {
    const article = options.articles.read(articleId);
    if (article.trashed) throw new ServiceError('DRAFT_IN_TRASH', `article ${articleId} is in the trash`);
    if (!canSubmitToPortal(article.status)) {
      throw new ServiceError('PORTAL_NOT_APPROVED', `article ${articleId} is ${article.status}, not approved`);
    }
    const doc = new Y.Doc();
    Y.applyUpdate(doc, article.state);
    const pending = pendingPictureCount(doc);
    doc.destroy();
    if (pending > 0) {
      throw new ServiceError('PORTAL_IMAGES_PENDING', `article ${articleId} has ${pending} pasted picture(s) not stored yet`);
    }
    return article;
  }

  function retry(id: number): void {
    const entry = store.get(id);
    if (!entry || (entry.state !== 'queued' && entry.state !== 'failed')) return;
    // "Thử lại" sends the article as it is now, not the copy that failed.
    let article: ReturnType<typeof readSubmittable> | null = null;
    try {
      article = readSubmittable(entry.articleId);
    } catch (error) {
      // Deleted or no longer approved: what was approved then is still sent.
      if (!(error instanceof ServiceError)) throw error;
    }
    if (article) store.refresh(id, article.title, article.state, now());
    else store.retryNow(id, now());
    ctx.emit('outbox.changed', store.mustGet(id));
  }

  function portalPost(articleId: string) {
    const { portal } = ctx.settings.read();
    const kind = (options.kinds ?? portalKinds)[portal.type];
    return portal.url && kind ? store.portalPost(kind.siteKey(portal.url), articleId) : null;
  }

  async function refreshPosts(articleIds: readonly string[]) {
    const refreshed: Array<{ articleId: string } & PostState> = [];
    if (articleIds.length === 0) return refreshed;
    let chosen;
    try {
      chosen = settings.choose();
    } catch (error) {
      if (error instanceof ServiceError) return refreshed;
      throw error;
    }
    const adapter = chosen.kind.create(chosen.connection);
    if (!adapter.postState) return refreshed;
    for (const articleId of articleIds) {
      const known = store.portalPost(chosen.siteKey, articleId);
      if (!known) continue;
      await settings.ensureChecked(chosen);
      const state = await adapter.postState(known.post_id);
      if (!state) continue;
      if (state.status !== known.status || state.link !== known.link) {
        store.notePostState(chosen.siteKey, articleId, known.post_id, state);
      }
      refreshed.push({ articleId, ...state });
    }
    return refreshed;
  }

  return {
    refreshPosts,
    cancelSend: (articleId) => sender.cancel(articleId),
    postOf(articleId) {
      const post = portalPost(articleId);
      return post ? { link: post.link, status: post.status } : null;
    },
    handlers: {
      'portal.getSettings': () => settings.view(),

      'portal.saveSettings': ({ patch }) => {
        settings.save(patch);
        for (const entry of store.list(1000)) {
          if (entry.state === 'failed' && entry.error && CURED_BY_SETTINGS.has(entry.error.code)) retry(entry.id);
        }
        worker.wake();
        return settings.view();
      },

      'portal.testConnection': async ({ draft }) => {
        const chosen = settings.choose(draft);
        const report = await chosen.kind.create(chosen.connection).testConnection(ctx.settings.read().categories);
        if (report.reachable && chosen.kind.probe) settings.markChecked(chosen.siteKey);
        return report;
      },

      'portal.submit': ({ articleId }) => {
        const article = readSubmittable(articleId);
        // An entry that can only fail is never queued: the user is sent to the portal settings instead.
        settings.requireConfigured();
        const entry = store.enqueue(articleId, article.title, article.state, now());
        ctx.emit('outbox.changed', entry);
        worker.wake();
        return entry;
      },

      'portal.articleStatus': ({ articleId }) => {
        const post = portalPost(articleId);
        return {
          articleId,
          post: post ? { id: post.post_id, link: post.link, status: post.status, submittedAt: post.submitted_at } : null,
          latest: store.latestFor(articleId),
        };
      },

      'outbox.list': ({ limit }) => store.list(limit),

      'outbox.retry': ({ id }) => {
        if (!store.get(id)) throw new ServiceError('OUTBOX_NOT_FOUND', `no outbox entry ${id}`);
        retry(id);
        worker.wake();
        return store.mustGet(id);
      },

      'outbox.remove': ({ id }) => {
        if (ctx.readOnly) throw new ServiceError('DB_READ_ONLY', `data folder is read-only (${ctx.readOnly})`);
        const entry = store.get(id);
        if (!entry) throw new ServiceError('OUTBOX_NOT_FOUND', `no outbox entry ${id}`);
        if (!store.remove(id)) {
          // Still there: the sender took it meanwhile (it is never removed mid-send).
          if (store.get(id)) throw new ServiceError('OUTBOX_SENDING', `outbox entry ${id} is being sent`);
          throw new ServiceError('OUTBOX_NOT_FOUND', `no outbox entry ${id}`);
        }
        ctx.emit('outbox.removed', { id });
        return null;
      },
    },
    close: () => worker.close(),
  };
}

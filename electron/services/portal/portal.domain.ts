import * as Y from 'yjs';
import { ServiceError } from '../../../common/api/errors';
import type { PortalSettingsPatch, PortalSettingsView, portalMethods } from '../../../common/api/portal.api';
import { pendingPictureCount } from '../../../common/article/pictures';
import type { Domain, ServiceContext } from '../context';
import { OutboxStore } from '../outbox/outbox-store';
import { OutboxWorker } from '../outbox/outbox-worker';
import { applyPatch } from '../settings/settings-store';
import { articleImagesIn } from './article-images';
import { draftsArticleReader, type ArticleReader } from './article-reader';
import type { PortalAdapter } from './portal-adapter';
import { submitArticle, type ImageSource } from './submission';
import { siteBase, type WordPressConnection } from './wordpress-http';
import { createWordPressAdapter, sameName } from './wordpress-adapter';

/** Key of the application password in the secret store (safeStorage in the desktop app). */
export const PORTAL_PASSWORD_KEY = 'portal.applicationPassword';

/** Statuses from which an article may go to the portal (approved, or already sent once). */
const SUBMITTABLE = new Set(['approved', 'submitted', 'published']);

/** Failures a new password or address may cure: saving settings retries them. */
const CURED_BY_SETTINGS = new Set(['PORTAL_NOT_CONFIGURED', 'PORTAL_AUTH_FAILED', 'PORTAL_FORBIDDEN']);

export interface PortalDomainOptions {
  articles?: ArticleReader;
  images?: ImageSource;
  adapterFor?: (connection: WordPressConnection) => PortalAdapter;
  /** Outbox backoff; the browser host reads TOASOAN_OUTBOX_MAX_DELAY_MS for tests. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  /** Told once the portal has accepted an article (the drafts service marks it "Đã gửi lên cổng"). */
  onSubmitted?: (articleId: string, post: { id: number; link: string }) => void | Promise<void>;
}

export function createPortalDomain(
  ctx: ServiceContext,
  options: PortalDomainOptions = {},
): Domain<keyof typeof portalMethods> {
  const store = new OutboxStore(ctx.db);
  const articles = options.articles ?? draftsArticleReader(ctx.db);
  const images = options.images ?? articleImagesIn(ctx.dataDir);
  const adapterFor = options.adapterFor ?? createWordPressAdapter;
  const envMaxDelay = Number(process.env.TOASOAN_OUTBOX_MAX_DELAY_MS);
  const now = () => new Date().toISOString();

  function view(): PortalSettingsView {
    const { portal } = ctx.settings.read();
    return {
      url: portal.url,
      username: portal.username,
      postStatus: portal.postStatus,
      hasPassword: Boolean(ctx.secrets.get(PORTAL_PASSWORD_KEY)),
      passwordEncrypted: ctx.secrets.encrypted,
    };
  }

  function connection(draft?: { url: string; username: string; password?: string | undefined }): WordPressConnection {
    const { portal } = ctx.settings.read();
    const url = (draft?.url ?? portal.url).trim();
    const username = (draft?.username ?? portal.username).trim();
    const applicationPassword = draft?.password || ctx.secrets.get(PORTAL_PASSWORD_KEY) || '';
    if (!url || !username || !applicationPassword) {
      throw new ServiceError('PORTAL_NOT_CONFIGURED', 'portal address, user name or application password is missing');
    }
    return { url, username, applicationPassword, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  }

  const worker = new OutboxWorker({
    store,
    baseDelayMs: options.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? (envMaxDelay > 0 ? envMaxDelay : undefined),
    onChange: (entry) => ctx.emit('outbox.changed', entry),
    log: (message, error) => console.error(`[outbox] ${message}`, error),
    async send(entry, snapshot) {
      const target = connection();
      const portalUrl = siteBase(target.url);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, snapshot);
      const post = await submitArticle(
        adapterFor(target),
        {
          articleId: entry.articleId,
          doc,
          postStatus: ctx.settings.read().portal.postStatus,
          knownPostId: store.portalPost(portalUrl, entry.articleId)?.post_id ?? null,
        },
        images,
      );
      store.rememberPost(portalUrl, entry.articleId, post, now());
      try {
        await options.onSubmitted?.(entry.articleId, { id: post.id, link: post.link });
      } catch (error) {
        // The post is on the portal; only the local status label lags behind.
        console.error('[outbox] could not mark the article as submitted', error);
      }
      return { id: post.id, link: post.link };
    },
  });
  worker.start();

  return {
    handlers: {
      'portal.getSettings': () => view(),

      'portal.saveSettings': ({ patch }: { patch: PortalSettingsPatch }) => {
        const { password, ...fields } = patch;
        const current = ctx.settings.read();
        const next = applyPatch(current, {
          portal: {
            ...(fields.url !== undefined ? { url: fields.url.normalize('NFC') } : {}),
            ...(fields.username !== undefined ? { username: fields.username.normalize('NFC') } : {}),
            ...(fields.postStatus !== undefined ? { postStatus: fields.postStatus } : {}),
          },
        });
        ctx.settings.write(next);
        if (password === null) ctx.secrets.delete(PORTAL_PASSWORD_KEY);
        else if (password !== undefined && password.trim() !== '') ctx.secrets.set(PORTAL_PASSWORD_KEY, password.trim());
        ctx.emit('settings.changed', next);
        for (const entry of store.list(1000)) {
          if (entry.state === 'failed' && entry.error && CURED_BY_SETTINGS.has(entry.error.code)) {
            store.retryNow(entry.id, now());
            ctx.emit('outbox.changed', store.get(entry.id)!);
          }
        }
        worker.wake();
        return view();
      },

      'portal.testConnection': async ({ draft }) => {
        const adapter = adapterFor(connection(draft));
        const report = await adapter.testConnection();
        if (!report.signedIn) return { ...report, missingCategories: [] };
        const onPortal = await adapter.listCategories();
        const missingCategories = ctx.settings
          .read()
          .categories.filter((name) => !onPortal.some((category) => sameName(category.name, name)));
        return { ...report, missingCategories };
      },

      'portal.submit': ({ articleId }) => {
        const article = articles.read(articleId);
        if (article.trashed) throw new ServiceError('DRAFT_IN_TRASH', `article ${articleId} is in the trash`);
        if (!SUBMITTABLE.has(article.status)) {
          throw new ServiceError('PORTAL_NOT_APPROVED', `article ${articleId} is ${article.status}, not approved`);
        }
        const doc = new Y.Doc();
        Y.applyUpdate(doc, article.state);
        const pending = pendingPictureCount(doc);
        doc.destroy();
        if (pending > 0) {
          throw new ServiceError('PORTAL_IMAGES_PENDING', `article ${articleId} has ${pending} pasted picture(s) not stored yet`);
        }
        const entry = store.enqueue(articleId, article.title, article.state, now());
        ctx.emit('outbox.changed', entry);
        worker.wake();
        return entry;
      },

      'portal.articleStatus': ({ articleId }) => {
        const { portal } = ctx.settings.read();
        const post = portal.url ? store.portalPost(siteBase(portal.url), articleId) : null;
        return {
          articleId,
          post: post ? { id: post.post_id, link: post.link, status: post.status, submittedAt: post.submitted_at } : null,
          latest: store.latestFor(articleId),
        };
      },

      'outbox.list': ({ limit }) => store.list(limit),

      'outbox.retry': ({ id }) => {
        const entry = store.get(id);
        if (!entry) throw new ServiceError('OUTBOX_NOT_FOUND', `no outbox entry ${id}`);
        if (entry.state === 'queued' || entry.state === 'failed') {
          store.retryNow(id, now());
          ctx.emit('outbox.changed', store.get(id)!);
          worker.wake();
        }
        return store.get(id)!;
      },
    },
    close: () => worker.close(),
  };
}

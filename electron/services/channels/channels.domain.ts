/**
 * The channels service: per-channel settings (page or OA id, token in the
 * secret store, "Kiểm tra kết nối"), sharing an article into the channels'
 * outbox, and the outbox worker that sends each share exactly once: the
 * remote id is recorded, and a retry after an unclear reply looks the post
 * up (or verifies the receipt an earlier attempt recorded) before posting.
 * Which API each channel speaks is its `ChannelKind` in adapters.ts.
 */
import * as Y from 'yjs';
import { ChannelName, shareProblem, type ChannelShare, type ChannelSettingsView, type channelsMethods } from '../../../common/api/channels.api';
import { ServiceError, type ErrorCode } from '../../../common/api/errors';
import type { Domain, ServiceContext } from '../context';
import type { ArticlePort } from '../drafts/article-port';
import { OutboxWorker } from '../outbox/outbox-worker';
import { readArticle } from '../portal/submission';
import { channelKinds } from './adapters';
import type { ChannelConnection, ChannelKind, RemotePost } from './channel-adapter';
import { ShareStore, type QueuedShare } from './share-store';

/** Key of a channel's access token in the secret store (safeStorage in the desktop app). */
export const channelTokenKey = (channel: ChannelName) => `channels.${channel}.token`;

/** Failures new settings may cure: saving a channel's settings sends its shares that stopped on them. */
const CURED_BY_SETTINGS = new Set<ErrorCode>(['CHANNEL_NOT_CONFIGURED', 'CHANNEL_TOKEN_EXPIRED', 'CHANNEL_FORBIDDEN']);

export interface ChannelsDomainOptions {
  articles: ArticlePort;
  /** The article's post on the portal (its address and the portal's status for it), or null. */
  portalPost(articleId: string): { link: string; status: string } | null;
  /**
   * Asks the portal what became of these articles' posts (published later by
   * its editors?), and remembers it; throws when the portal cannot be reached.
   */
  refreshPortalPosts?(articleIds: readonly string[]): Promise<Array<{ articleId: string; status: string; link: string; featuredImageUrl: string | null }>>;
  /** How often parked shares ask the portal whether their article is published (ms; 0: never). Default 5 minutes. */
  publishWatchMs?: number | undefined;
  kinds?: Readonly<Record<ChannelName, ChannelKind>>;
  timeoutMs?: number | undefined;
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
}

export interface ChannelsDomain extends Domain<keyof typeof channelsMethods> {
  /** The portal accepted the article: published, its parked shares go out. */
  onPortalPost(articleId: string, post: { link: string; status: string }): void;
  store: ShareStore;
}

type Draft = { targetId: string; apiBase?: string | undefined; token?: string | undefined };

/** What leaves the service: the contract's fields only. */
function publicShare({ op: _op, receipt: _receipt, firstAttemptAt: _first, ...share }: QueuedShare): ChannelShare {
  return share;
}

export function createChannelsDomain(ctx: ServiceContext, options: ChannelsDomainOptions): ChannelsDomain {
  const kinds = options.kinds ?? channelKinds;
  const store = new ShareStore(ctx.db);
  const now = () => new Date().toISOString();
  const changed = (id: number) => ctx.emit('channels.changed', publicShare(store.mustGet(id)));

  function view(): ChannelSettingsView[] {
    return ChannelName.options.map((channel) => {
      const config = store.config(channel);
      return {
        channel,
        targetId: config.targetId,
        apiBase: config.apiBase,
        hasToken: Boolean(ctx.secrets.get(channelTokenKey(channel))),
        tokenEncrypted: ctx.secrets.encrypted,
        tokenState: config.tokenState,
      };
    });
  }

  function connection(channel: ChannelName, draft?: Draft): ChannelConnection {
    const config = store.config(channel);
    const targetId = (draft?.targetId ?? config.targetId).trim();
    const token = (draft?.token || ctx.secrets.get(channelTokenKey(channel)) || '').trim();
    const apiBase = (draft?.apiBase ?? config.apiBase).trim() || kinds[channel].defaultApiBase;
    if (!targetId || !token) throw new ServiceError('CHANNEL_NOT_CONFIGURED', `${channel}: page/OA id or token missing`);
    return { targetId, token, apiBase, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) };
  }

  function noteToken(channel: ChannelName, state: 'ok' | 'expired'): void {
    const config = store.config(channel);
    if (config.tokenState !== state) store.putConfig(channel, { ...config, tokenState: state });
  }

  async function send(share: QueuedShare): Promise<RemotePost> {
    const adapter = kinds[share.channel].create(connection(share.channel));
    try {
      let post: RemotePost;
      if (share.op === 'remove') {
        // No id recorded: an attempt whose reply was lost may still have posted; look it up as a retry would.
        const remoteId =
          share.remoteId ??
          (await adapter.find({ content: share.content, since: share.firstAttemptAt ?? share.updatedAt, receipt: share.receipt }))?.id ??
          null;
        if (remoteId) await adapter.remove(remoteId);
        post = { id: remoteId ?? '', link: share.remoteLink };
      } else {
        if (!share.link) throw new ServiceError('CHANNEL_NOT_PUBLISHED', `share ${share.id} has no portal link`);
        post = await adapter.publish({
          content: share.content,
          link: share.link,
          since: share.firstAttemptAt ?? share.updatedAt,
          mayExist: share.attempts > 1 || share.receipt !== null,
          receipt: share.receipt,
          remember: (receipt) => store.rememberReceipt(share.id, receipt),
        });
      }
      noteToken(share.channel, 'ok');
      return post;
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'CHANNEL_TOKEN_EXPIRED') noteToken(share.channel, 'expired');
      throw error;
    }
  }

  const worker = new OutboxWorker<QueuedShare, RemotePost>({
    store,
    send: (share) => send(share),
    onChange: (share) => ctx.emit('channels.changed', publicShare(share)),
    baseDelayMs: options.baseDelayMs,
    maxDelayMs: options.maxDelayMs,
    log: (message, error) => (error === undefined ? console.error(`[channels] ${message}`) : console.error(`[channels] ${message}`, error)),
  });
  worker.start();

  function retry(id: number): void {
    const share = store.get(id);
    if (!share || share.state !== 'failed') return;
    store.retryNow(id, now());
    changed(id);
  }

  function requireWritable(): void {
    if (ctx.readOnly) throw new ServiceError('DB_READ_ONLY', `data folder is read-only (${ctx.readOnly})`);
  }

  function onPortalPost(articleId: string, post: { link: string; status: string }): void {
    if (post.status !== 'publish' || !post.link) return;
    const released = store.release(articleId, post.link, now());
    for (const id of released) changed(id);
    if (released.length) worker.wake();
  }

  // A post sent as "pending" is published later by the portal's editors, on the portal: the parked shares ask
  // the portal now and then, and go out when it says so. Offline, they ask again at the next round.
  const watchMs = options.publishWatchMs ?? 5 * 60_000;
  let watching: Promise<void> | null = null;
  async function watchPublished(): Promise<void> {
    const parked = store.parkedArticles();
    if (!parked.length || !options.refreshPortalPosts) return;
    try {
      for (const post of await options.refreshPortalPosts(parked)) onPortalPost(post.articleId, post);
    } catch (error) {
      if (!(error instanceof ServiceError)) console.error('[channels] asking the portal about parked shares failed', error);
    }
  }
  const watchTimer =
    watchMs > 0 && !ctx.readOnly
      ? setInterval(() => {
          watching ??= watchPublished().finally(() => (watching = null));
        }, watchMs)
      : null;
  watchTimer?.unref?.();

  return {
    store,
    onPortalPost,
    handlers: {
      'channels.getSettings': () => view(),

      'channels.saveSettings': ({ channel, patch }) => {
        requireWritable();
        const config = store.config(channel);
        const tokenChanged = patch.token !== undefined && (patch.token === null || patch.token.trim() !== '');
        store.putConfig(channel, {
          targetId: patch.targetId ?? config.targetId,
          apiBase: patch.apiBase ?? config.apiBase,
          tokenState: tokenChanged || (patch.targetId !== undefined && patch.targetId !== config.targetId) ? 'unknown' : config.tokenState,
        });
        if (patch.token === null) ctx.secrets.delete(channelTokenKey(channel));
        else if (patch.token !== undefined && patch.token.trim() !== '') ctx.secrets.set(channelTokenKey(channel), patch.token.trim());
        for (const share of store.list(1000)) {
          if (share.channel === channel && share.state === 'failed' && share.error && CURED_BY_SETTINGS.has(share.error.code)) retry(share.id);
        }
        worker.wake();
        return view();
      },

      'channels.testConnection': async ({ channel, draft }) => {
        let name: string;
        try {
          name = await kinds[channel].create(connection(channel, draft)).check();
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error;
          // Only the saved token's state is remembered: a draft may never be saved.
          if (error.code === 'CHANNEL_TOKEN_EXPIRED' && !draft?.token) noteToken(channel, 'expired');
          return { channel, ok: false, name: null, problem: error.code };
        }
        if (!draft?.token) noteToken(channel, 'ok');
        return { channel, ok: true, name, problem: null };
      },

      'channels.draft': async ({ articleId }) => {
        // The portal is asked what became of the post (published since? its featured picture, Zalo's cover);
        // offline, the form opens with what is remembered.
        let cover = '';
        try {
          const [state] = options.refreshPortalPosts ? await options.refreshPortalPosts([articleId]) : [];
          if (state) {
            onPortalPost(articleId, state);
            cover = state.featuredImageUrl ?? '';
          }
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error;
        }
        const copy = options.articles.read(articleId);
        const doc = new Y.Doc();
        Y.applyUpdate(doc, copy.state);
        const article = readArticle(doc);
        doc.destroy();
        const post = options.portalPost(articleId);
        const sapo = article.sapo.trim() || article.title.trim();
        const cut = (text: string, max: number) => ([...text].length > max ? [...text].slice(0, max - 1).join('').trimEnd() + '…' : text);
        const configured = ChannelName.options.filter((channel) => {
          try {
            connection(channel);
            return true;
          } catch {
            return false;
          }
        });
        return {
          articleId,
          link: post?.link ?? null,
          published: post?.status === 'publish',
          content: {
            facebook: { text: sapo, title: '', description: '', coverUrl: '' },
            zalo: { text: sapo, title: cut(article.title.trim(), 150), description: cut(sapo, 300), coverUrl: cover },
          },
          configured,
        };
      },

      'channels.share': ({ articleId, shares, now: atOnce }) => {
        requireWritable();
        const article = options.articles.read(articleId);
        if (article.trashed) throw new ServiceError('DRAFT_IN_TRASH', `article ${articleId} is in the trash`);
        for (const { channel, content } of shares) {
          connection(channel);
          const problem = shareProblem(channel, content);
          if (problem) throw new ServiceError(problem, `${channel}: ${problem}`, { subject: channel });
        }
        const post = options.portalPost(articleId);
        if (atOnce && !post?.link) throw new ServiceError('CHANNEL_NOT_PUBLISHED', `article ${articleId} has no post on the portal yet`);
        const link = atOnce || post?.status === 'publish' ? (post?.link ?? null) : null;
        const queued = shares.map(({ channel, content }) => store.put(articleId, channel, article.title, content, link, now()));
        for (const share of queued) changed(share.id);
        worker.wake();
        return queued.map((share) => publicShare(store.mustGet(share.id)));
      },

      'channels.articleShares': ({ articleId }) => store.forArticle(articleId).map(publicShare),

      'channels.list': ({ limit }) => store.list(limit).map(publicShare),

      'channels.retry': ({ id }) => {
        if (!store.get(id)) throw new ServiceError('SHARE_NOT_FOUND', `no share ${id}`);
        retry(id);
        worker.wake();
        return publicShare(store.mustGet(id));
      },

      'channels.remove': ({ id }) => {
        requireWritable();
        const share = store.get(id);
        if (!share) throw new ServiceError('SHARE_NOT_FOUND', `no share ${id}`);
        if (share.state === 'removed') return publicShare(share);
        if (!store.remove(id, now())) throw new ServiceError('SHARE_SENDING', `share ${id} is being sent`);
        changed(id);
        worker.wake();
        return publicShare(store.mustGet(id));
      },
    },
    close: async () => {
      if (watchTimer) clearInterval(watchTimer);
      await watching;
      await worker.close();
    },
  };
}

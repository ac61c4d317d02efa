/**
 * The outbox's sender for the portal: turns an entry's snapshot into a
 * `Submission` for the chosen adapter, remembers the post it became, writes
 * the history lines, and looks again for late copies of a post when asked.
 */
import * as Y from 'yjs';
import type { OutboxStore } from '../../db/outbox-store';
import type { ImageFiles } from '../images/image-files';
import type { VideoFiles } from '../media/video-files';
import type { ServiceContext } from '../context';
import type { OutboxEntry } from '../../../common/api/portal.api';
import type { SentPost } from './portal-adapter';
import type { PortalSettings } from './portal-settings';
import { readArticle } from './submission';

export interface SenderDeps {
  ctx: Pick<ServiceContext, 'settings'> & Partial<Pick<ServiceContext, 'emit'>>;
  store: OutboxStore;
  settings: PortalSettings;
  images: ImageFiles;
  videos?: VideoFiles;
  onSubmitted?: ((articleId: string, post: { id: number; link: string; status?: string }) => void | Promise<void>) | undefined;
}

const now = () => new Date().toISOString();

export function portalSender({ ctx, store, settings, images, videos, onSubmitted }: SenderDeps) {
  const trashedNote = (entryId: number) => (postId: number) =>
    store.addNote(entryId, { at: now(), kind: 'duplicate-trashed', postId });

  /** The sends in progress, by article, so the user can cancel one (PORTAL_CANCELLED). */
  const inProgress = new Map<string, AbortController>();

  async function send(entry: OutboxEntry, snapshot: Uint8Array): Promise<SentPost> {
    const controller = new AbortController();
    inProgress.set(entry.articleId, controller);
    try {
      return await sendNow(entry, snapshot, controller.signal);
    } finally {
      if (inProgress.get(entry.articleId) === controller) inProgress.delete(entry.articleId);
    }
  }

  /** Cancels the article's send in progress; false when none is. */
  function cancel(articleId: string): boolean {
    const controller = inProgress.get(articleId);
    controller?.abort();
    return controller !== undefined;
  }

  async function sendNow(entry: OutboxEntry, snapshot: Uint8Array, signal: AbortSignal): Promise<SentPost> {
    const chosen = settings.choose();
    await settings.ensureChecked(chosen);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot);
    const { siteKey } = chosen;
    const started = Date.now();
    let lastProgress = 0;
    const remembered = store.portalPost(siteKey, entry.articleId);
    const post = await chosen.kind.create(chosen.connection).send({
      articleId: entry.articleId,
      doc,
      article: readArticle(doc),
      postStatus: ctx.settings.read().portal.postStatus,
      known: { id: remembered?.post_id ?? null, slugs: store.slugs(siteKey, entry.articleId) },
      images,
      videos,
      signal,
      onUpload: ({ hash, fileName, done, total }) => {
        if (done < total && Date.now() - lastProgress < 200) return;
        lastProgress = Date.now();
        ctx.emit?.('media.progress', {
          phase: 'upload',
          articleId: entry.articleId,
          hash,
          fileName,
          done,
          total,
          speed: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)),
        });
      },
      rememberSlug: (slug) => store.rememberSlug(siteKey, entry.articleId, slug, now()),
      trashed: trashedNote(entry.id),
    });
    doc.destroy();
    store.rememberPost(siteKey, entry.articleId, post, now());
    try {
      await onSubmitted?.(entry.articleId, { id: post.id, link: post.link, status: post.status });
    } catch (error) {
      // The post is on the portal; only the local status label lags behind.
      console.error('[outbox] could not mark the article as submitted', error);
    }
    return post;
  }

  /** True when late copies were found (and moved to the portal's trash): worth another look later. */
  async function verify(entry: OutboxEntry): Promise<boolean> {
    const chosen = settings.choose();
    const adapter = chosen.kind.create(chosen.connection);
    const remembered = store.portalPost(chosen.siteKey, entry.articleId);
    if (!adapter.removeDuplicates || !remembered) return false;
    let found = false;
    await adapter.removeDuplicates(
      entry.articleId,
      { id: remembered.post_id, slugs: store.slugs(chosen.siteKey, entry.articleId) },
      (postId) => {
        found = true;
        trashedNote(entry.id)(postId);
      },
    );
    return found;
  }

  return { send, verify, cancel };
}

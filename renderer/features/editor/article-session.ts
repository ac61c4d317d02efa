import * as Y from 'yjs';
import type { ArticleSummary } from '../../../common/api/drafts.api';
import { flushOnClose } from '../../ui/flush-on-close';
import { call, onConnection, onEvent } from '../../services/client';
import { fromBase64, toBase64 } from '../../../common/api/base64';
import { localPendingStore } from './pending-store';
import { catchUpUpdate } from './catch-up';
import { openArticles } from './open-articles';
import { SaveQueue, type SaveState } from './save-queue';

/** Origin of changes that came from the service: they are never sent back. */
export const REMOTE_ORIGIN = Symbol('remote');

/**
 * One open article: its Y.Doc loaded from the service, every local change
 * queued to `drafts.append`, changes from other clients applied as they are
 * committed, and nothing typed lost when the window closes.
 */
export class ArticleSession {
  readonly doc = new Y.Doc();
  readonly queue: SaveQueue;
  /** Changes kept from a previous window that died before they were saved. */
  rescued = false;
  /**
   * Why the article cannot be edited: it is in the trash, or the app's data is
   * open read-only (full disk, write-protected folder or file; see app.info).
   */
  readonly readOnly: 'trash' | 'storage' | null;
  private readonly origin: string;
  private readonly cleanups: (() => void)[] = [];
  private closed = false;

  private constructor(
    readonly articleId: string,
    readonly summary: ArticleSummary,
    onState: (state: SaveState) => void,
    storageReadOnly: boolean,
  ) {
    this.readOnly = summary.trashedAt !== null ? 'trash' : storageReadOnly ? 'storage' : null;
    this.origin = `editor-${this.doc.clientID}`;
    this.queue = new SaveQueue({
      send: (update) => call('drafts.append', { id: articleId, update: toBase64(update), origin: this.origin }),
      store: localPendingStore(articleId),
      onState,
      catchUp: async () => catchUpUpdate(this.doc, fromBase64((await call('drafts.open', { id: articleId })).state), REMOTE_ORIGIN),
    });
  }

  static async open(articleId: string, onState: (state: SaveState) => void): Promise<ArticleSession> {
    // Marks for bench:editor's breakdown of the time to open an article.
    performance.mark('toasoan:article-open');
    const [opened, info] = await Promise.all([call('drafts.open', { id: articleId }), call('app.info', {})]);
    performance.mark('toasoan:article-received');
    const session = new ArticleSession(articleId, opened.summary, onState, Boolean(info.readOnly));
    session.start(fromBase64(opened.state));
    performance.mark('toasoan:article-loaded');
    return session;
  }

  private start(state: Uint8Array): void {
    const { doc, queue } = this;
    Y.applyUpdate(doc, state, REMOTE_ORIGIN);
    const leftOver = localPendingStore(this.articleId).load();
    queue.setSavedAt(this.summary.updatedAt);
    for (const update of leftOver) {
      try {
        Y.applyUpdate(doc, update, REMOTE_ORIGIN);
        queue.enqueue(update);
        this.rescued = true;
      } catch {
        // Not an update of this document: nothing to rescue from it.
      }
    }
    // A read-only article (trash, read-only data): nothing typed can reach it, and
    // the editor's own normalisation (an empty paragraph) is not a change to save.
    // Changes rescued from a dead window stay queued (and kept) until they can be saved.
    const readOnly = this.readOnly !== null;
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE_ORIGIN && !readOnly) queue.enqueue(update);
    };
    doc.on('update', onUpdate);
    this.cleanups.push(() => doc.off('update', onUpdate));
    openArticles.add(this.articleId, doc);
    this.cleanups.push(() => openArticles.remove(this.articleId, doc));
    this.cleanups.push(
      onEvent('drafts.update', (event) => {
        if (event.id !== this.articleId || event.origin === this.origin) return;
        Y.applyUpdate(doc, fromBase64(event.update), REMOTE_ORIGIN);
      }),
    );
    this.cleanups.push(
      onConnection((connected) => queue.setConnected(connected)),
    );
    const flush = () => queue.flush();
    const beforeUnload = (event: BeforeUnloadEvent) => {
      queue.flush();
      // In a browser tab the host's address (and so localStorage) changes
      // with every host run: ask before leaving unsaved changes. The desktop
      // app keeps localStorage, and a cancelled unload there would silently
      // stop the window from closing, so it never asks.
      if (queue.size > 0 && !window.toasoan) event.preventDefault();
    };
    // The desktop shell waits for this before it closes the window or quits.
    this.cleanups.push(
      flushOnClose(async () => {
        queue.flush();
        await queue.idle();
      }),
    );
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', beforeUnload);
    this.cleanups.push(() => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', beforeUnload);
    });
  }

  /** Leaving the editor: send what is pending, then tell the service (an automatic version). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.queue.flush();
    // A save that keeps failing must not hold the screen: what is pending
    // stays in localStorage and is sent when the article is opened again.
    await Promise.race([this.queue.idle(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    this.queue.stop();
    try {
      await call('drafts.close', { id: this.articleId });
    } catch (error) {
      // Only the automatic version is missed; the text itself is saved.
      console.error('drafts.close failed', error);
    }
    this.doc.destroy();
  }
}

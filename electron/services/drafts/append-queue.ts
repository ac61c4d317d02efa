import type { DraftsStore } from '../../db/drafts-store';

interface Pending {
  articleId: string;
  update: Uint8Array;
  stored: (updateId: number) => void;
  resolve: (savedAt: string) => void;
  reject: (error: unknown) => void;
}

/**
 * Appends that arrive in the same burst (the same turn of the event loop)
 * share one transaction, hence one fsync. Each caller's promise settles only
 * after that transaction has committed, or failed as a whole.
 */
export class AppendQueue {
  private pending: Pending[] = [];
  private scheduled: Promise<void> | null = null;

  constructor(
    private readonly store: DraftsStore,
    private readonly now: () => string,
  ) {}

  push(articleId: string, update: Uint8Array, stored: (updateId: number) => void): Promise<string> {
    return new Promise((resolve, reject) => {
      this.pending.push({ articleId, update, stored, resolve, reject });
      this.scheduled ??= new Promise<void>((done) =>
        setImmediate(() => {
          this.flush();
          done();
        }),
      );
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.scheduled = null;
    if (batch.length === 0) return;
    const savedAt = this.now();
    let ids: number[] | null = null;
    try {
      ids = this.write(batch, savedAt);
    } catch {
      ids = null;
    }
    if (ids) {
      batch.forEach((item, i) => item.stored(ids[i]!));
      for (const item of batch) item.resolve(savedAt);
      return;
    }
    // One bad item (e.g. its article was just deleted) must not sink the
    // others: retry each alone, so only the culprit is refused.
    for (const item of batch) {
      let id: number;
      try {
        id = this.write([item], savedAt)[0]!;
      } catch (error) {
        item.reject(error);
        continue;
      }
      item.stored(id);
      item.resolve(savedAt);
    }
  }

  private write(items: Pending[], savedAt: string): number[] {
    const ids: number[] = [];
    this.store.transaction(() => {
      for (const item of items) ids.push(this.store.appendUpdate(item.articleId, item.update));
      for (const articleId of new Set(items.map((b) => b.articleId))) this.store.touch(articleId, savedAt);
    });
    return ids;
  }

  /** Resolves once everything queued so far is committed (or failed). */
  async drain(): Promise<void> {
    while (this.scheduled) await this.scheduled;
  }
}

import type { DraftsStore } from '../../db/drafts-store';

interface Pending {
  articleId: string;
  update: Uint8Array;
  /** A status the update sets: the list's column is written in the same transaction. */
  status?: string;
  stored: (updateId: number, logSeq: number) => void;
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

  push(
    articleId: string,
    update: Uint8Array,
    stored: (updateId: number, logSeq: number) => void,
    status?: string,
  ): Promise<string> {
    return new Promise((resolve, reject) => {
      this.pending.push({ articleId, update, status, stored, resolve, reject });
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
    let ids: Array<[number, number]> | null = null;
    try {
      ids = this.write(batch, savedAt);
    } catch {
      ids = null;
    }
    if (ids) {
      batch.forEach((item, i) => item.stored(...ids[i]!));
      for (const item of batch) item.resolve(savedAt);
      return;
    }
    // One bad item (e.g. its article was just deleted) must not sink the
    // others: retry each alone, so only the culprit is refused.
    for (const item of batch) {
      let id: [number, number];
      try {
        id = this.write([item], savedAt)[0]!;
      } catch (error) {
        item.reject(error);
        continue;
      }
      item.stored(...id);
      item.resolve(savedAt);
    }
  }

  /** Commits the items; returns each one's [update id, the article's log_seq after it]. */
  private write(items: Pending[], savedAt: string): Array<[number, number]> {
    const ids: Array<[number, number]> = [];
    this.store.transaction(() => {
      const counts = new Map<string, number>();
      for (const item of items) {
        const id = this.store.appendUpdate(item.articleId, item.update);
        // Status is what the workflow reads: never lazily, always with its update.
        if (item.status !== undefined) this.store.setStatus(item.articleId, item.status);
        counts.set(item.articleId, (counts.get(item.articleId) ?? 0) + 1);
        ids.push([id, counts.get(item.articleId)!]);
      }
      const seqs = new Map<string, number>();
      for (const [articleId, count] of counts) seqs.set(articleId, this.store.touch(articleId, savedAt, count));
      // log_seq after each item = the article's new log_seq − the items of it that follow.
      items.forEach((item, i) => {
        ids[i]![1] = seqs.get(item.articleId)! - counts.get(item.articleId)! + ids[i]![1];
      });
    });
    return ids;
  }

  /** The updates of this article accepted and waiting to be committed, in order. */
  waiting(articleId: string): Uint8Array[] {
    return this.pending.filter((p) => p.articleId === articleId).map((p) => p.update);
  }

  /** Whether an update of this article waits to be committed. */
  has(articleId: string): boolean {
    return this.pending.some((p) => p.articleId === articleId);
  }

  /** Resolves once everything queued so far is committed (or failed). */
  async drain(): Promise<void> {
    while (this.scheduled) await this.scheduled;
  }
}

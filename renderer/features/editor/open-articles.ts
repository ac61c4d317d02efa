import type * as Y from 'yjs';

/**
 * The articles open in this window's editor, with their live Y.Doc (every
 * committed change from other clients is applied to it). Lets other parts of
 * the window (the review notifications) read an open article from memory and
 * observe only the parts they need, instead of decoding its whole stored
 * state after each save.
 */
class OpenArticles {
  private readonly docs = new Map<string, Y.Doc>();
  private readonly listeners = new Set<(id: string, doc: Y.Doc | null) => void>();

  add(id: string, doc: Y.Doc): void {
    this.docs.set(id, doc);
    for (const listener of this.listeners) listener(id, doc);
  }

  remove(id: string, doc: Y.Doc): void {
    if (this.docs.get(id) !== doc) return;
    this.docs.delete(id);
    for (const listener of this.listeners) listener(id, null);
  }

  get(id: string): Y.Doc | undefined {
    return this.docs.get(id);
  }

  /** Called with each article open now, then on every open (doc) and close (null). */
  watch(listener: (id: string, doc: Y.Doc | null) => void): () => void {
    for (const [id, doc] of this.docs) listener(id, doc);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const openArticles = new OpenArticles();

import { randomUUID } from 'node:crypto';
import type { Notice } from '../../../common/api/app.api';

/**
 * Things the user must be told once (a settings file moved aside, a database
 * restored from backup). Kept until dismissed, so a notice raised before the
 * window opened is still shown.
 */
export class NoticeBoard {
  private readonly notices: Notice[] = [];
  private readonly listeners = new Set<(notice: Notice) => void>();

  raise(code: Notice['code'], detail: string, params?: Record<string, string | number>): Notice {
    const notice: Notice = { id: randomUUID(), code, detail, at: new Date().toISOString(), ...(params ? { params } : {}) };
    this.notices.push(notice);
    for (const listener of this.listeners) listener(notice);
    return notice;
  }

  list(): Notice[] {
    return [...this.notices];
  }

  dismiss(id: string): void {
    const index = this.notices.findIndex((n) => n.id === id);
    if (index >= 0) this.notices.splice(index, 1);
  }

  onRaise(listener: (notice: Notice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

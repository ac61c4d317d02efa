import type { PendingStore } from './save-queue';
import { fromBase64, toBase64 } from '../../../common/api/base64';

/**
 * The save queue's safety net: unacknowledged updates of one article in
 * localStorage, so a window that dies before the service answered can send
 * them when the article is opened again. Yjs updates are idempotent, so
 * sending one twice is harmless.
 */
export function localPendingStore(articleId: string): PendingStore {
  const key = `toasoan.pending.${articleId}`;
  return {
    load() {
      try {
        const raw = localStorage.getItem(key);
        if (!raw) return [];
        return (JSON.parse(raw) as string[]).map(fromBase64);
      } catch {
        // A damaged entry cannot be trusted; the service has the saved text.
        localStorage.removeItem(key);
        return [];
      }
    },
    save(updates) {
      try {
        if (updates.length === 0) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify(updates.map(toBase64)));
      } catch {
        // Storage full or blocked: the in-memory queue still holds everything.
      }
    },
  };
}

import { useSyncExternalStore } from 'react';
import type { ArticleSyncInfo, HubStatus } from '../../../common/api/hub.api';
import { call, onEvent } from '../../services/client';

/**
 * The hub connection and each shared article's sync state, loaded once and
 * kept current by `hub.changed` / `hub.articles.changed`: every list row
 * reads it without a call of its own.
 */
interface Snapshot {
  status: HubStatus | null;
  articles: ReadonlyMap<string, ArticleSyncInfo>;
}

let snapshot: Snapshot = { status: null, articles: new Map() };
const listeners = new Set<() => void>();
let started = false;

function publish(next: Partial<Snapshot>): void {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
}

function toMap(list: ArticleSyncInfo[]): Map<string, ArticleSyncInfo> {
  return new Map(list.map((a) => [a.id, a]));
}

function start(): void {
  if (started) return;
  started = true;
  onEvent('hub.changed', (status) => publish({ status }));
  onEvent('hub.articles.changed', (list) => publish({ articles: toMap(list) }));
  void refreshHub();
}

/** Reads both again (after signing in or out). */
export async function refreshHub(): Promise<void> {
  try {
    const [status, list] = await Promise.all([call('hub.status', {}), call('hub.articles', {})]);
    publish({ status, articles: toMap(list) });
  } catch {
    // The next event brings the state; a list without sync marks is still usable.
  }
}

function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHub(): Snapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

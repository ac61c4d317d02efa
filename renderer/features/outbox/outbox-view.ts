import type { OutboxEntry } from '../../../common/api/portal.api';

/** Replaces the entry with the same id or adds it; newest (highest id) first. */
export function upsertEntry(list: OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  const others = list.filter((e) => e.id !== entry.id);
  return [...others, entry].sort((a, b) => b.id - a.id);
}

/** The list without the entry `id` (removed here or in another window). */
export function removeEntry(list: OutboxEntry[], id: number): OutboxEntry[] {
  return list.filter((e) => e.id !== id);
}

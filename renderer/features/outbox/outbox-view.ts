import type { OutboxEntry } from '../../../common/api/portal.api';

/** Replaces the entry with the same id or adds it; newest (highest id) first. */
export function upsertEntry(list: OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  const others = list.filter((e) => e.id !== entry.id);
  return [...others, entry].sort((a, b) => b.id - a.id);
}

/** "14:05:09 26/11/2026" in the newsroom's time zone. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.toLocaleTimeString('vi-VN', { hour12: false })} ${date.toLocaleDateString('vi-VN')}`;
}

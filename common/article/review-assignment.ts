import * as Y from 'yjs';

/**
 * Who on the board reviews an article sent for review (phân công), in the
 * article's Y.Doc so it works alone and travels through the hub:
 *   assignment: Y.Map with the keys below (plain values).
 * The board head assigns anyone; a reviewer may take an article ("Nhận bài").
 * Persisted: never rename, only add.
 */
export const ASSIGNMENT_MAP = 'assignment';

export interface Assignment {
  /** The assignee's reviewer id (`hub:7`, `local:Name`) and name. */
  toId: string;
  to: string;
  by: string;
  at: string;
}

export function readAssignment(doc: Y.Doc): Assignment | null {
  const map = doc.getMap<unknown>(ASSIGNMENT_MAP);
  const toId = map.get('toId');
  if (typeof toId !== 'string' || !toId) return null;
  return { toId, to: String(map.get('to') ?? ''), by: String(map.get('by') ?? ''), at: String(map.get('at') ?? '') };
}

export function assign(doc: Y.Doc, value: Assignment | null): void {
  const map = doc.getMap<unknown>(ASSIGNMENT_MAP);
  doc.transact(() => {
    if (!value) {
      for (const key of [...map.keys()]) map.delete(key);
      return;
    }
    for (const [key, v] of Object.entries(value)) map.set(key, v);
  });
}

/** The hub account id in a reviewer id (`hub:7` → 7), or null for anything else (`local:Name`, garbage). */
export function hubAccountId(reviewerId: string | undefined | null): number | null {
  const match = /^hub:([1-9]\d{0,15})$/.exec(reviewerId ?? '');
  return match ? Number(match[1]) : null;
}

import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { Mapping, StepMap } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** Whether a transaction is y-prosemirror rendering a change from Yjs (another window, a restore, a Yjs undo). */
export function isYjsChange(tr: Transaction): boolean {
  return Boolean((tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin);
}

/**
 * The part of the document a change from Yjs really changed: y-prosemirror
 * replaces the whole document, so its own mapping would send every position
 * to one end. [start, endA) in the old document became [start, endB) in the
 * new one; null when the content is the same (only the nodes were recreated).
 */
export function changedRange(before: PmNode, after: PmNode): { start: number; endA: number; endB: number } | null {
  const start = before.content.findDiffStart(after.content);
  if (start === null) return null;
  const end = before.content.findDiffEnd(after.content) ?? { a: before.content.size, b: after.content.size };
  let { a: endA, b: endB } = end;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return { start, endA, endB };
}

/** A mapping through what a Yjs change really changed (positions outside it only shift). */
export function yjsChangeMapping(before: PmNode, after: PmNode): Mapping {
  const range = changedRange(before, after);
  if (!range) return new Mapping();
  return new Mapping([new StepMap([range.start, range.endA - range.start, range.endB - range.start])]);
}

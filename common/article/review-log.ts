import * as Y from 'yjs';

/**
 * The board's decisions on an article, oldest first, in the article's Y.Doc
 * (`review`: Y.Array of plain values). Written only by the drafts service,
 * in the same update that changes the status, so what the author reads is
 * exactly what was decided. Persisted: never rename, only add.
 */
export const REVIEW_LOG = 'review';

export type DecisionKind = 'sent' | 'approved' | 'returned';

export interface Decision {
  kind: DecisionKind;
  by: string;
  role: string;
  at: string;
  /** The review note (ý kiến); required when returning. */
  note: string;
  /** The version recorded as the one reviewed (approved or returned), for "changes since the last review". */
  versionId: number | null;
}

export function reviewLog(doc: Y.Doc): Y.Array<Decision> {
  return doc.getArray<Decision>(REVIEW_LOG);
}

export function decisions(doc: Y.Doc): Decision[] {
  return reviewLog(doc)
    .toArray()
    .filter((d): d is Decision => !!d && typeof d === 'object' && typeof d.kind === 'string');
}

/** The note the author must act on: the last decision, when it returned the article. */
export function pendingReturn(doc: Y.Doc): Decision | null {
  const last = decisions(doc).at(-1);
  return last?.kind === 'returned' ? last : null;
}

/** The last decision on the article's text (approved or returned), if any. */
export function lastReviewed(doc: Y.Doc): Decision | null {
  const all = decisions(doc);
  for (let i = all.length - 1; i >= 0; i--) {
    const d = all[i]!;
    if (d.kind === 'approved' || d.kind === 'returned') return d;
  }
  return null;
}

/** Which decision a status change records, if any. */
export function decisionFor(to: string): DecisionKind | null {
  return to === 'approved' ? 'approved' : to === 'returned' ? 'returned' : to === 'in_review' ? 'sent' : null;
}

import { diffWordsWithSpace } from 'diff';
import type * as Y from 'yjs';
import { articleFields, type ReviewedField } from '../../../common/article/review-snapshot';

export { acceptedText } from '../../../common/article/review-snapshot';

/**
 * "Thay đổi từ lần duyệt trước": what changed in the article since the
 * text the board last decided on (kept in the document with the decision,
 * common/article/review-snapshot.ts; for older decisions, the named version
 * the deciding computer kept), as a word-level diff (the `diff` package), per field.
 *
 * Both sides are read as they would read with every pending suggestion
 * accepted (text under a deletion mark left out, the zero-width anchors of
 * suggested paragraph breaks dropped), so a suggestion the author has not
 * acted on yet shows as the change it proposes.
 */
export interface DiffPart {
  text: string;
  kind: 'same' | 'inserted' | 'deleted';
}

export interface FieldChanges {
  field: ReviewedField;
  parts: DiffPart[];
  changed: boolean;
}

export function diffText(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    text: change.value,
    kind: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
  }));
}

/** The changes from the reviewed text (a kept version's document, or the text kept with the decision) to the article now. */
export function changesSince(reviewed: Y.Doc | Record<ReviewedField, string>, now: Y.Doc): FieldChanges[] {
  const before = 'getXmlFragment' in reviewed ? articleFields(reviewed) : reviewed;
  const after = articleFields(now);
  return (['title', 'sapo', 'body'] as const).map((field) => {
    const parts = diffText(before[field], after[field]);
    return { field, parts, changed: parts.some((p) => p.kind !== 'same') };
  });
}

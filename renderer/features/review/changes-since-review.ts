import { diffWordsWithSpace } from 'diff';
import * as Y from 'yjs';
import { BODY_FRAGMENT, SAPO_FRAGMENT, TITLE_FRAGMENT } from '../../../common/article/layout';

/**
 * "Thay đổi từ lần duyệt trước": what changed in the article since the
 * version the board last decided on (the named version a decision keeps),
 * as a word-level diff of the text (the `diff` package), per field.
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
  field: 'title' | 'sapo' | 'body';
  parts: DiffPart[];
  changed: boolean;
}

/** A fragment's text with suggestions accepted: one line per text block. */
export function acceptedText(fragment: Y.XmlFragment | Y.XmlElement): string {
  const lines: string[] = [];
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    let line: string | null = null;
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText) {
        line ??= '';
        for (const op of child.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
          if (typeof op.insert === 'string' && !op.attributes?.deletion) line += op.insert;
        }
      } else if (child instanceof Y.XmlElement) {
        if (child.nodeName === 'hardBreak') line = (line ?? '') + '\n';
        else walk(child);
      }
    }
    if (line !== null) lines.push(line.replace(/\u200B/g, ''));
  };
  walk(fragment);
  return lines.join('\n').normalize('NFC').trim();
}

export function articleFields(doc: Y.Doc): Record<FieldChanges['field'], string> {
  return {
    title: acceptedText(doc.getXmlFragment(TITLE_FRAGMENT)),
    sapo: acceptedText(doc.getXmlFragment(SAPO_FRAGMENT)),
    body: acceptedText(doc.getXmlFragment(BODY_FRAGMENT)),
  };
}

export function diffText(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    text: change.value,
    kind: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
  }));
}

/** The changes from the reviewed version's state to the article now. */
export function changesSince(reviewed: Y.Doc, now: Y.Doc): FieldChanges[] {
  const before = articleFields(reviewed);
  const after = articleFields(now);
  return (['title', 'sapo', 'body'] as const).map((field) => {
    const parts = diffText(before[field], after[field]);
    return { field, parts, changed: parts.some((p) => p.kind !== 'same') };
  });
}

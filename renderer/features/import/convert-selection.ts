import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { detectEncoding, fromLegacy, isLegacy, type LegacyEncoding } from '../../../common/vietnamese/legacy';

export type SelectionConversion =
  | { kind: 'converted'; encoding: LegacyEncoding }
  | { kind: 'empty' }
  | { kind: 'nothing' };

/**
 * "Chuyển mã": the selected text, from the encoding chosen (or detected), to
 * Unicode, in one undoable step. Each text node keeps its marks (bold, links …);
 * only its characters change.
 */
export function convertSelection(editor: Editor, from: 'auto' | LegacyEncoding): SelectionConversion {
  const { state } = editor;
  const { from: start, to: end, empty } = state.selection;
  if (empty) return { kind: 'empty' };
  let encoding: LegacyEncoding;
  if (from === 'auto') {
    const detected = detectEncoding(state.doc.textBetween(start, end, '\n', ' ')).encoding;
    if (!isLegacy(detected)) return { kind: 'nothing' };
    encoding = detected;
  } else encoding = from;

  const pieces: { from: number; to: number; node: PMNode; text: string }[] = [];
  state.doc.nodesBetween(start, end, (node, pos) => {
    if (!node.isText) return true;
    const a = Math.max(start, pos);
    const b = Math.min(end, pos + node.nodeSize);
    const text = node.text!.slice(a - pos, b - pos);
    const converted = fromLegacy(text, encoding);
    if (converted !== text) pieces.push({ from: a, to: b, node, text: converted });
    return false;
  });
  if (pieces.length === 0) return { kind: 'nothing' };
  const tr = state.tr;
  for (const piece of pieces) {
    tr.replaceWith(tr.mapping.map(piece.from), tr.mapping.map(piece.to), state.schema.text(piece.text, piece.node.marks));
  }
  editor.view.dispatch(tr.scrollIntoView());
  return { kind: 'converted', encoding };
}

import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { yUndoPluginKey, ySyncPluginKey } from '@tiptap/y-tiptap';

const LETTERS = /^[\p{L}\p{M}]*$/u;

export const wordUndoKey = new PluginKey<{ end: number }>('wordUndo');

/**
 * Whether a local transaction only goes on writing the word that the
 * previous local change ended in: letters typed or removed right where it
 * stopped, inside a word (what Unikey and EVKey send for one syllable: a few
 * Backspaces, then the letters with their marks).
 */
export function continuesWord(tr: Transaction, state: EditorState, lastEnd: number): boolean {
  if (!tr.docChanged || tr.steps.length === 0 || lastEnd < 0) return false;
  if (tr.getMeta('addToHistory') === false || tr.getMeta('paste') || tr.getMeta('uiEvent')) return false;
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  if (sync?.isChangeOrigin) return false;
  let doc = state.doc;
  let at = lastEnd;
  for (const step of tr.steps) {
    if (!(step instanceof ReplaceStep)) return false;
    const { from, to, slice } = step as unknown as { from: number; to: number; slice: import('@tiptap/pm/model').Slice };
    if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
    if (from < 1 || to > doc.content.size) return false;
    const $from = doc.resolve(from);
    if (!$from.parent.isTextblock || !$from.sameParent(doc.resolve(to)) || $from.parentOffset === 0) return false;
    // Where the previous change stopped: typing after it, or Backspace before it.
    if (from !== at && to !== at) return false;
    const before = doc.textBetween(from - 1, from);
    const removed = doc.textBetween(from, to);
    let inserted = '';
    let onlyText = true;
    slice.content.forEach((node) => {
      if (node.isText) inserted += node.text ?? '';
      else onlyText = false;
    });
    if (!onlyText || before === '' || !LETTERS.test(before) || !LETTERS.test(removed) || !LETTERS.test(inserted)) return false;
    const result = step.apply(doc);
    if (!result.doc) return false;
    doc = result.doc;
    at = from + inserted.length;
  }
  return true;
}

/**
 * An undo step never ends inside a word. Undo groups are cut by time (500 ms
 * without a change), and a slow machine, or a pause in the middle of a word,
 * could cut one between Unikey's Backspaces and its letters, so that Ctrl+Z
 * showed a spelling nobody wrote ("tiê"). A change that only goes on writing
 * the same word joins the step before it, for the Yjs undo manager and for
 * ProseMirror's history alike. Whatever else the rules were stays as it was.
 */
export const WordUndo = Extension.create({
  name: 'wordUndo',
  addProseMirrorPlugins() {
    return [
      new Plugin<{ end: number }>({
        key: wordUndoKey,
        state: {
          init: () => ({ end: -1 }),
          apply(tr, value) {
            if (!tr.docChanged) return value;
            const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
            if (sync?.isChangeOrigin || tr.getMeta('addToHistory') === false) {
              return value.end < 0 ? value : { end: tr.mapping.map(value.end) };
            }
            // Where this change left the caret (after typing, before Backspace).
            return { end: tr.selection.empty ? tr.selection.head : -1 };
          },
        },
        filterTransaction(tr, state) {
          const lastEnd = wordUndoKey.getState(state)?.end ?? -1;
          if (!continuesWord(tr, state, lastEnd)) return true;
          const now = Date.now();
          const undo = yUndoPluginKey.getState(state) as { undoManager?: { lastChange: number } } | undefined;
          if (undo?.undoManager && undo.undoManager.lastChange > 0) undo.undoManager.lastChange = now;
          // ProseMirror's history (no Yjs): the same rule, on its group clock.
          const history = state.plugins.find((plugin) => (plugin as unknown as { key: string }).key.startsWith('history$'));
          const historyState = history?.getState(state) as { prevTime: number } | undefined;
          if (historyState && historyState.prevTime > 0) historyState.prevTime = tr.time;
          return true;
        },
      }),
    ];
  },
});

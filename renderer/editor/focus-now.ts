import type { Editor } from '@tiptap/core';

/**
 * Puts the caret at the start or end of `editor` and focuses it, at once.
 * TipTap's `focus` command focuses again on the next animation frame and
 * then writes the state's selection back into the page: a caret move made
 * with keys in between (Ctrl+ArrowLeft right after Enter moved the caret
 * into the next field), not read by ProseMirror yet, is undone (editor
 * fuzzer, seed 2002).
 *
 * Only TipTap commands here (no ProseMirror import): the editor fuzzer runs
 * this in the app's page, against the app's own ProseMirror.
 */
export function focusNow(editor: Editor, at: 'start' | 'end'): void {
  editor
    .chain()
    .setTextSelection(at === 'start' ? 0 : editor.state.doc.content.size)
    .scrollIntoView()
    .run();
  editor.view.focus();
}

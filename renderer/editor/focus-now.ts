import type { Editor } from '@tiptap/core';

/**
 * Puts the caret at the start or end of `editor` and focuses it, at once.
 * TipTap's `focus` command focuses again on the next animation frame and
 * then writes the state's selection back into the page: a caret move made
 * with keys in between (Ctrl+ArrowLeft right after Enter moved the caret
 * into the next field), not read by ProseMirror yet, is undone (editor
 * fuzzer, seed 2002).
 *
 * The page's caret is then set again where it is. Focusing a field puts
 * Chromium's caret at the field's start by itself; at 'start' that is the
 * place ProseMirror would write, so ProseMirror leaves it, but Chromium
 * keeps it as a place of its own, not the text node the page's selection
 * reports: after Enter at the start of a heading (a new paragraph before
 * it, the selection shown unchanged in the heading's text), the letters
 * typed next went into the new paragraph (editor fuzzer, seed 110037 s8:
 * Enter from the sapo, Enter, "2025." gave `<p>2025.</p>` before the
 * heading). Setting the selection explicitly makes it the text position.
 *
 * Only TipTap commands and DOM calls here (no ProseMirror import): the
 * editor fuzzer runs this in the app's page, against the app's own
 * ProseMirror.
 */
export function focusNow(editor: Editor, at: 'start' | 'end'): void {
  editor
    .chain()
    .setTextSelection(at === 'start' ? 0 : editor.state.doc.content.size)
    .scrollIntoView()
    .run();
  editor.view.focus();
  const selection = (editor.view.root as Document).getSelection?.();
  const node = selection?.anchorNode;
  if (selection && node && selection.isCollapsed && editor.view.dom.contains(node)) selection.collapse(node, selection.anchorOffset);
}

import { Extension } from '@tiptap/core';

const COMBINING_MARK = /\p{M}$/u;

/**
 * Backspace right after a combining mark (decomposed text, e.g. "e" + U+0302
 * + U+0301) removes that one mark, as Vietnamese typists expect when they fix
 * a tone: "tiế|" → "tiê|". Precomposed (NFC) letters are left to the default
 * behaviour, which removes the whole letter.
 */
export const NfdBackspace = Extension.create({
  name: 'nfdBackspace',
  priority: 1_000,
  addKeyboardShortcuts() {
    return {
      Backspace: ({ editor }) => {
        const { selection } = editor.state;
        if (!selection.empty) return false;
        const { $from } = selection;
        if ($from.parentOffset === 0) return false;
        const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 2), $from.parentOffset, '\0', '\0');
        if (!COMBINING_MARK.test(before)) return false;
        // Combining marks are in the BMP: one UTF-16 unit each.
        editor.view.dispatch(editor.state.tr.delete($from.pos - 1, $from.pos).scrollIntoView());
        return true;
      },
    };
  },
});

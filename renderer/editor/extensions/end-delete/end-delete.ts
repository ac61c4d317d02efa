import { Extension } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';

/**
 * Delete (and Ctrl+Delete) with the caret at the very end of the body does
 * nothing, as in Word: there is nothing after it to delete. TipTap's Delete
 * removes an empty paragraph there (`deleteCurrentNode`) and puts the caret at
 * the end of the block before, so "tin", Enter, Delete, "năm" gave "tinnăm"
 * (fuzz seed 80010, sequence 1, whose text model expects "tin" / "năm"); after
 * a closing heading the editor's trailing paragraph came back but the caret
 * had gone into the heading. An empty paragraph with a block after it is
 * still removed (the caret goes to that block, as joining with it would).
 */
export const EndDelete = Extension.create({
  name: 'endDelete',
  priority: 1_000,
  addKeyboardShortcuts() {
    const atEnd = () => {
      const { selection, doc } = this.editor.state;
      return selection.empty && selection.from === Selection.atEnd(doc).from;
    };
    return { Delete: atEnd, 'Mod-Delete': atEnd };
  },
});

import { Extension } from '@tiptap/core';

/**
 * Tab in a list item indents it (a sub-item) and Shift+Tab outdents it, as
 * in Word. In a list the key never leaves the editor, even where the item
 * cannot move (the first item of a list cannot be indented): a keyboard
 * user who pressed Tab to indent would otherwise land in the side panel.
 * Outside lists Tab is left alone, so it still leaves the body (and moves
 * between table cells, table-exit), as docs/accessibility.md describes.
 */
export const ListTab = Extension.create({
  name: 'listTab',
  // Before ListItem's own Tab (which gives the key away when it cannot sink).
  priority: 200,
  addKeyboardShortcuts() {
    const inList = () => this.editor.isActive('listItem') && !this.editor.isActive('table');
    return {
      Tab: () => {
        if (!inList()) return false;
        this.editor.commands.sinkListItem('listItem');
        return true;
      },
      'Shift-Tab': () => {
        if (!inList()) return false;
        this.editor.commands.liftListItem('listItem');
        return true;
      },
    };
  },
});

import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

const key = new PluginKey<boolean>('tableExit');

/** The depth of the table around the selection, or -1. */
function tableDepth(view: EditorView): number {
  const { $from } = view.state.selection;
  for (let d = $from.depth; d > 0; d--) if ($from.node(d).type.name === 'table') return d;
  return -1;
}

/**
 * Keyboard users leave a table with Escape then Tab (the caret goes to the
 * paragraph after the table, made if there is none) or Escape then Shift+Tab
 * (before it). Tab alone still moves between cells. Any other key after
 * Escape cancels.
 */
export const TableExit = Extension.create({
  name: 'tableExit',
  priority: 1000,

  addProseMirrorPlugins() {
    return [
      new Plugin<boolean>({
        key,
        state: {
          init: () => false,
          apply: (tr, armed) => {
            const meta = tr.getMeta(key) as boolean | undefined;
            if (meta !== undefined) return meta;
            return tr.docChanged || tr.selectionSet ? false : armed;
          },
        },
        props: {
          handleKeyDown(view, event) {
            if (event.isComposing) return false;
            const armed = key.getState(view.state) ?? false;
            if (event.key === 'Escape' && !event.ctrlKey && !event.altKey) {
              if (tableDepth(view) < 0) return false;
              view.dispatch(view.state.tr.setMeta(key, true));
              return true;
            }
            if (!armed) return false;
            if (event.key !== 'Tab' || event.ctrlKey || event.altKey) {
              if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) view.dispatch(view.state.tr.setMeta(key, false));
              return false;
            }
            const depth = tableDepth(view);
            if (depth < 0) return false;
            const { $from } = view.state.selection;
            const tr = view.state.tr.setMeta(key, false);
            const paragraph = view.state.schema.nodes.paragraph!;
            if (event.shiftKey) {
              const before = $from.before(depth);
              const $before = tr.doc.resolve(before);
              if ($before.nodeBefore?.isTextblock) tr.setSelection(TextSelection.create(tr.doc, before - 1));
              else {
                tr.insert(before, paragraph.create());
                tr.setSelection(TextSelection.create(tr.doc, before + 1));
              }
            } else {
              const after = $from.after(depth);
              const next = tr.doc.resolve(after).nodeAfter;
              if (next?.isTextblock) tr.setSelection(TextSelection.create(tr.doc, after + 1));
              else {
                tr.insert(after, paragraph.create());
                tr.setSelection(TextSelection.create(tr.doc, after + 1));
              }
            }
            view.dispatch(tr.scrollIntoView());
            event.preventDefault();
            return true;
          },
        },
      }),
    ];
  },
});

import type { AnyExtension, Editor, KeyboardShortcutCommand } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';

type Shortcuts = Record<string, KeyboardShortcutCommand>;

/** The list types ListKeymap handles (its `listTypes` option). */
interface ListType {
  itemName: string;
  wrapperNames: string[];
}

/** Whether the selection's start is inside a node of this type (what `isNodeActive` answers for an empty selection). */
function inside(state: EditorState, typeName: string): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) if ($from.node(depth).type.name === typeName) return true;
  return false;
}

/** ListKeymap's `hasListBefore`: the node just before the caret's block is one of these lists. */
function listBefore(state: EditorState, wrapperNames: string[]): boolean {
  const { $anchor } = state.selection;
  return wrapperNames.includes(state.doc.resolve(Math.max(0, $anchor.pos - 2)).node().type.name);
}

/** An input rule just applied can be undone (what `undoInputRule` checks first). */
function inputRuleUndoable(state: EditorState): boolean {
  return state.plugins.some((plugin) => (plugin.spec as { isInputRules?: boolean }).isInputRules && plugin.getState(state));
}

/**
 * Whether ListKeymap's Backspace can do anything here. Its handler (per list
 * type in the schema) first calls `editor.commands.undoInputRule()`, then acts
 * only when the selection is empty and the caret is in a list item, or its
 * block follows a list. Outside those cases it returns false, but the
 * `undoInputRule` call has dispatched an empty transaction (TipTap's
 * `editor.commands` dispatches whether or not the command applied).
 */
function listBackspaceApplies(editor: Editor, listTypes: ListType[]): boolean {
  const { state } = editor;
  if (inputRuleUndoable(state)) return true;
  if (!state.selection.empty) return false;
  return listTypes.some(
    ({ itemName, wrapperNames }) => state.schema.nodes[itemName] !== undefined && (inside(state, itemName) || listBefore(state, wrapperNames)),
  );
}

/** Whether `splitListItem` can apply: its first checks (the caret's block sits directly in a list item). */
function listEnterApplies(editor: Editor, itemName: string): boolean {
  const { $from } = editor.state.selection;
  return $from.depth >= 2 && $from.node(-1).type.name === itemName;
}

function guard(shortcuts: Shortcuts, keys: string[], applies: (editor: Editor) => boolean): Shortcuts {
  const guarded: Shortcuts = { ...shortcuts };
  for (const key of keys) {
    const handler = shortcuts[key];
    if (handler) guarded[key] = (props) => applies(props.editor) && handler(props);
  }
  return guarded;
}

/**
 * StarterKit with its list keys made to bail out early outside lists. Every
 * Enter in a paragraph ran ListItem's `editor.commands.splitListItem`, and
 * every Backspace ListKeymap's `editor.commands.undoInputRule()`: neither
 * applies outside a list, but each dispatched an empty transaction, which is a
 * whole editor update (every plugin, the view's comparison of every top-level
 * block, y-tiptap's Yjs transaction and the app's listeners) before the key's
 * real one. Here the two handlers first check, from the state alone, whether
 * they can apply, and run unchanged when they can; when they cannot, the key
 * goes on to the next handler as before, without the empty update.
 * docs/performance.md ("Enter and Backspace: empty updates").
 */
export function withListKeysOnlyInLists<E extends AnyExtension>(kit: E): E {
  return kit.extend({
    addExtensions() {
      const extensions = (this.parent?.() ?? []) as AnyExtension[];
      return extensions.map((extension) => {
        if (extension.name === 'listItem') {
          const itemName = extension.name;
          return extension.extend({
            addKeyboardShortcuts() {
              return guard((this.parent?.() ?? {}) as Shortcuts, ['Enter'], (editor) => listEnterApplies(editor, itemName));
            },
          });
        }
        if (extension.name === 'listKeymap') {
          return extension.extend({
            addKeyboardShortcuts() {
              const listTypes = (this.options as { listTypes: ListType[] }).listTypes;
              return guard((this.parent?.() ?? {}) as Shortcuts, ['Backspace', 'Mod-Backspace'], (editor) => listBackspaceApplies(editor, listTypes));
            },
          });
        }
        return extension;
      });
    },
  }) as E;
}

import { Extension, extensions as core, type AnyExtension, type CommandProps, type Editor, type KeyboardShortcutCommand } from '@tiptap/core';
import { Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

type Shortcuts = Record<string, KeyboardShortcutCommand>;

/** The parts of TipTap's CommandManager used here (internal to @tiptap/core). */
interface CommandManagerInternals {
  rawCommands: Record<string, (...args: unknown[]) => (props: CommandProps) => boolean>;
  buildProps(tr: Transaction, shouldDispatch?: boolean): CommandProps;
  hasCustomState: boolean;
}

/** Counts for tests: keys that took the plain path. */
export const coreKeys = { plainEnter: 0, plainBackspace: 0 };

/** The editor's own command manager (null when it runs on a custom state, which these paths do not handle). */
function commandManager(editor: Editor): CommandManagerInternals | null {
  const manager = (editor as unknown as { commandManager?: CommandManagerInternals }).commandManager;
  return manager && !manager.hasCustomState ? manager : null;
}

/** An input rule just applied can be undone (what `undoInputRule`, Backspace's first command, checks). */
function inputRuleUndoable(state: EditorState): boolean {
  return state.plugins.some((plugin) => (plugin.spec as { isInputRules?: boolean }).isInputRules && plugin.getState(state));
}

/** The caret (an empty text selection) in a textblock that is not code, or null. */
function plainCaret(state: EditorState) {
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.empty) return null;
  const { $head } = selection;
  if (!$head.parent.isTextblock || $head.parent.type.spec.code) return null;
  return $head;
}

/**
 * Enter with the caret in a textblock that has content: of the core keymap's
 * `first` list, `newlineInCode` (not code), `createParagraphNear` (the
 * selection's parent has inline content) and `liftEmptyBlock` (the block is not
 * empty) return false without looking further, so the key is `splitBlock`. It
 * runs here as `editor.commands.first` would run it: one transaction from the
 * state, the same command props, dispatched afterwards unless a command set
 * `preventDispatch`.
 */
function plainEnter(editor: Editor): boolean | null {
  const $head = plainCaret(editor.state);
  if (!$head || $head.parent.content.size === 0) return null;
  const manager = commandManager(editor);
  if (!manager || !manager.rawCommands.splitBlock) return null;
  coreKeys.plainEnter += 1;
  return runFirst(editor, manager, ['splitBlock']);
}

/** Runs `names` in turn as `editor.commands.first` runs its list: one transaction and command props, dispatched afterwards. */
function runFirst(editor: Editor, manager: CommandManagerInternals, names: string[]): boolean {
  const tr = editor.state.tr;
  const props = manager.buildProps(tr);
  let result = false;
  for (const name of names) if ((result = manager.rawCommands[name]!()(props))) break;
  if (!tr.getMeta('preventDispatch')) editor.view.dispatch(tr);
  return result;
}

/**
 * Backspace with the caret (no input rule to undo) in a textblock. Upstream's
 * `first` list: `undoInputRule` (nothing to undo), a check that clears the
 * block's type in an empty non-paragraph block at the document's start
 * (copied below: when it would apply, upstream runs), `deleteSelection` (empty
 * selection: false), `joinBackward`, `selectNodeBackward`.
 * - Inside the text (not at the textblock's start) the last two return false
 *   too, and the browser deletes the character (or another handler does);
 *   upstream's `editor.commands.first` still dispatched its unchanged
 *   transaction: an empty editor update before the browser's. Here: none.
 * - At the textblock's start: `joinBackward`, then `selectNodeBackward`, with
 *   one transaction dispatched as upstream does.
 */
function plainBackspace(editor: Editor): boolean | null {
  const { state } = editor;
  const $head = plainCaret(state);
  // (ListKeymap's Backspace, which comes first, already undoes an input rule; this is for the keymap's order.)
  if (!$head || inputRuleUndoable(state)) return null;
  if ($head.parentOffset > 0) {
    coreKeys.plainBackspace += 1;
    return false;
  }
  // Upstream's clear-nodes check, as written there (the caret is empty and in a textblock here).
  const { doc } = state;
  const { pos, parent } = $head;
  const $parentPos = pos > 0 ? doc.resolve(pos - 1) : $head;
  const parentIsIsolating = $parentPos.parent.type.spec.isolating;
  const parentPos = $head.pos - $head.parentOffset;
  const isAtStart = parentIsIsolating && $parentPos.parent.childCount === 1 ? parentPos === $head.pos : Selection.atStart(doc).from === pos;
  if (!parent.textContent.length && isAtStart && parent.type.name !== 'paragraph') return null;
  const manager = commandManager(editor);
  if (!manager || !manager.rawCommands.joinBackward || !manager.rawCommands.selectNodeBackward) return null;
  coreKeys.plainBackspace += 1;
  return runFirst(editor, manager, ['joinBackward', 'selectNodeBackward']);
}

function withPlainPaths(shortcuts: Shortcuts): Shortcuts {
  const guarded: Shortcuts = { ...shortcuts };
  const enter = shortcuts.Enter;
  if (enter) guarded.Enter = (props) => plainEnter(props.editor) ?? enter(props);
  for (const key of ['Backspace', 'Mod-Backspace', 'Shift-Backspace']) {
    const handler = shortcuts[key];
    if (handler) guarded[key] = (props) => plainBackspace(props.editor) ?? handler(props);
  }
  return guarded;
}

/** TipTap's core Keymap with the plain Enter and Backspace paths above (the rest of its keys unchanged). */
export const PlainKeymap: AnyExtension = core.Keymap.extend({
  addKeyboardShortcuts() {
    return withPlainPaths((this.parent?.() ?? {}) as Shortcuts);
  },
});

/**
 * TipTap's core keymap (the last handler of Enter and Backspace, after every
 * extension's own) runs `editor.commands.first([...])` on each of these keys:
 * `editor.commands` and the `commands` given to `first` each build an object
 * of every command of every extension (two per key), and the list's commands
 * are tried in turn. For the plain cases (the caret in a paragraph or heading)
 * the outcome is known from the selection: Enter in a non-empty block runs
 * `splitBlock` directly, Backspace inside text leaves the key to the browser
 * without the empty transaction, Backspace at a block's start runs
 * `joinBackward` and `selectNodeBackward` directly. Every other case runs
 * upstream's handler. The core keymap is swapped for `PlainKeymap` at the
 * same place in the editor's extension list (so the key handlers keep their
 * order) before the editor builds its plugins. docs/performance.md.
 */
export const PlainCoreKeys = Extension.create({
  name: 'plainCoreKeys',
  onBeforeCreate() {
    const manager = this.editor.extensionManager;
    const index = manager.extensions.findIndex((extension) => extension.name === core.Keymap.name);
    if (index >= 0 && manager.extensions[index] === core.Keymap) manager.extensions[index] = PlainKeymap;
  },
});

import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { isYjsChange } from '../remote-change/remote-change';
import { unreadPageSelection } from '../pending-selection/pending-selection';

/**
 * Keeps a caret that stands at the end of a wrapped line there when the
 * editor redraws the text around it (fuzz seed 330242, sequence 8).
 *
 * At a soft wrap one text position has two places on screen: the end of the
 * first line (where End, Down or a click there put the caret: Chromium's
 * "upstream" caret) and the start of the next (downstream). The Selection API
 * does not say which; a caret set by script is always shown downstream. When a
 * transaction redraws the caret's text node (the spellcheck's underlines, a
 * comment's highlight, a remote edit), ProseMirror sets the page's selection
 * again at the very same position, and the caret jumps to the next line:
 * Shift+End then selected that whole line and the text typed next replaced it.
 *
 * Before such a transaction (one that leaves the caret where it is), if a
 * navigation key or the mouse put the caret there (read by ProseMirror or
 * not yet: its `selectionchange` may come after the redraw), this asks the browser
 * whether it stands at a line's end (moving it forward to the line boundary
 * leaves it in place); after the redraw it puts it back there the way End
 * does: one character back, then forward to the line boundary. Typing never
 * runs the check (it clears the mark), so it costs nothing per key.
 */
export const LineEndCaret = Extension.create({
  name: 'lineEndCaret',

  addProseMirrorPlugins() {
    const editor = this.editor;
    /** A navigation key or the mouse placed the caret since the last input. */
    let placed = false;
    /** The caret's position to put back at its line's end after the running transaction. */
    let restoreAt: number | null = null;

    const before = ({ transaction, nextState }: { transaction: Transaction; nextState: EditorState }) => {
      restoreAt = null;
      if (!placed || editor.isDestroyed) return;
      const view = editor.view;
      // Not while a mouse button is down: ProseMirror leaves the page's selection alone then (a drag may be starting).
      if (!nextState.selection.empty || view.composing || (view as unknown as { input: { mouseDown: unknown } }).input.mouseDown) return;
      // Only transactions that leave the caret alone: decorations and metadata, or an edit from another writer.
      if (transaction.selectionSet && !isYjsChange(transaction)) return;
      // The caret the page shows. A key's caret whose `selectionchange` has not been read yet is read with this
      // transaction (PendingSelection) and set again by the redraw like any other: under load the underlines
      // came back between End and its `selectionchange`, when the state's caret was still where Home had put it
      // (a fresh-clone CI run of seed 330242).
      const unread = unreadPageSelection(view);
      if (unread && unread.anchor !== unread.head) return;
      if (!unread && !view.state.selection.empty) return;
      const head = unread ? unread.head : view.state.selection.head;
      if (!transaction.docChanged && nextState.selection.head !== head) return;
      try {
        if (atLineEnd(view, head)) restoreAt = nextState.selection.head;
      } catch {
        // A browser without Selection.modify (or a detached node): the caret is left to ProseMirror, as before.
      }
    };
    const after = () => {
      const at = restoreAt;
      restoreAt = null;
      if (at === null || editor.isDestroyed) return;
      try {
        putAtLineEnd(editor.view, at);
      } catch {
        // As above: never disturb writing for the caret's line.
      }
    };

    return [
      new Plugin({
        key: new PluginKey('lineEndCaret'),
        view() {
          editor.on('beforeTransaction', before);
          editor.on('transaction', after);
          return {
            destroy() {
              editor.off('beforeTransaction', before);
              editor.off('transaction', after);
            },
          };
        },
        props: {
          handleDOMEvents: {
            keydown: (_view, event) => {
              // A modifier alone moves nothing: Shift+End is Shift's keydown, then End's, and the underlines
              // came back between them under load (seed 330242 again).
              if (!MODIFIER_KEYS.has(event.key)) placed = NAVIGATION_KEYS.has(event.key);
              return false;
            },
            mousedown: () => {
              placed = true;
              return false;
            },
            beforeinput: () => {
              placed = false;
              return false;
            },
          },
        },
      }),
    ];
  },
});

const NAVIGATION_KEYS = new Set(['End', 'Home', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown']);
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/** The page's collapsed caret, when it is in the editor and stands at the state's caret. */
function pageCaret(view: EditorView, head: number): { selection: Selection; node: Node; offset: number } | null {
  if (!view.hasFocus()) return null;
  const selection = (view.root as Document).getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed || typeof selection.modify !== 'function') return null;
  const node = selection.focusNode;
  const offset = selection.focusOffset;
  if (!node || !view.dom.contains(node) || positionAt(view, node, offset) !== head) return null;
  return { selection, node, offset };
}

function positionAt(view: EditorView, node: Node, offset: number): number | null {
  try {
    return view.posAtDOM(node, offset);
  } catch {
    return null;
  }
}

/**
 * Whether the caret stands at the end of a line that is not its block's last
 * (the only place where a caret set again moves). Asks the browser by moving
 * the caret forward to the line boundary: at a line's end it stays; anywhere
 * else it is put back where it was (away from a line's end a caret set by script
 * shows where the key's did).
 */
function atLineEnd(view: EditorView, head: number): boolean {
  const $head = view.state.doc.resolve(head);
  if (!$head.parent.isTextblock || $head.parentOffset === 0 || $head.parentOffset === $head.parent.content.size) return false;
  const caret = pageCaret(view, $head.pos);
  if (!caret) return false;
  const { selection, node, offset } = caret;
  selection.modify('move', 'forward', 'lineboundary');
  const stayed = (selection.focusNode === node && selection.focusOffset === offset) || (selection.focusNode !== null && positionAt(view, selection.focusNode, selection.focusOffset) === $head.pos);
  if (!stayed) selection.collapse(node, offset);
  return stayed;
}

/** Puts the page's caret at `head` at the end of its line, as End does, when it is still a line's end. */
function putAtLineEnd(view: EditorView, head: number): void {
  const { selection: state } = view.state;
  if (!state.empty || state.head !== head || view.composing) return;
  const caret = pageCaret(view, head);
  if (!caret) return;
  const { selection, node, offset } = caret;
  const back = view.domAtPos(head - 1);
  selection.collapse(back.node, back.offset);
  selection.modify('move', 'forward', 'lineboundary');
  // The line no longer ends there (a remote edit moved the wrap): the caret ProseMirror set.
  if (selection.focusNode === null || positionAt(view, selection.focusNode, selection.focusOffset) !== head) selection.collapse(node, offset);
  // ProseMirror would otherwise take the moved page selection for a new one and set its own again.
  (view as unknown as { domObserver: { setCurSelection(): void } }).domObserver.setCurSelection();
}

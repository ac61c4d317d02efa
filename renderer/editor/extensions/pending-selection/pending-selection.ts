import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { Mark, type Node as PMNode } from '@tiptap/pm/model';
import * as yTiptap from '@tiptap/y-tiptap';

/** The parts of ProseMirror's DOM observer this plug-in reads (not in its public types). */
interface DomObserver {
  currentSelection: { eq(range: DomRange): boolean };
  pendingRecords(): unknown[];
}
interface DomRange {
  anchorNode: Node | null;
  anchorOffset: number;
  focusNode: Node | null;
  focusOffset: number;
}

export const pendingSelectionKey = new PluginKey('pendingSelection');

/**
 * A selection made with keys (Shift+arrows, arrows, Home/End) changes the
 * page's selection at once, but ProseMirror reads it only on the browser's
 * next, asynchronous `selectionchange`. A transaction dispatched from
 * elsewhere in between (spellcheck decorations coming back from the worker,
 * a status or comment update) carries the state's old selection, and
 * ProseMirror then writes that old selection back into the page: the key
 * press is lost, and the next paste or letter replaces the wrong text. Under
 * load the gap is long enough to hit (editor fuzzer, seed 1004).
 *
 * So: when a transaction that does not set the selection itself is applied
 * while the page holds a selection the state has not read yet, the
 * selection the page shows is read first and kept. Nothing is read during
 * an input method's composition or while DOM changes are still unread.
 * Likewise a key (Backspace, Enter, a shortcut) that follows the selecting
 * key before `selectionchange` acts on the selection the page shows: it is
 * read before the keymaps run.
 */
export function pageSelectionToKeep(
  view: EditorView,
  transactions: readonly Transaction[],
  focus: { at: number; keysSince: number } = { at: 0, keysSince: 0 },
): { anchor: number; head: number } | null {
  if (view.composing || !view.hasFocus()) return null;
  if (transactions.some((tr) => tr.getMeta('focus') || tr.getMeta('blur'))) return null;
  // Focus moving in: the browser puts the page's selection at the start of
  // the field before ProseMirror writes its own (TipTap's focus transaction
  // comes in between). That is no key selection, so right after focus the
  // page's selection is left to ProseMirror, and so is a mouse drag. Once a
  // key went to the field after the focus, what the page shows is the
  // keys' doing: a fast writer selects within 300 ms of a click (a CI run
  // lost a selection made that way). Keys are counted, not timed: a key and
  // the focus often share a millisecond.
  const input = (view as unknown as { input?: { lastFocus?: number; mouseDown?: unknown } }).input;
  if (input?.mouseDown) return null;
  const focusAt = Math.max(focus.at, input?.lastFocus ?? 0);
  if (focusAt > Date.now() - 300 && focus.keysSince === 0) return null;
  if (transactions.some((tr) => tr.selectionSet)) return null;
  // A change ProseMirror read from the page (typing the browser did itself):
  // the page already shows it, so its selection is not one to map, and
  // ProseMirror reads it with the change.
  const docView = (view as unknown as { docView?: { dirty: number } }).docView;
  if (!docView || (docView.dirty !== 0 && transactions.some((tr) => tr.docChanged))) return null;
  const observer = (view as unknown as { domObserver?: DomObserver }).domObserver;
  const selection = (view.root as Document).getSelection?.();
  if (!observer || !selection || !selection.anchorNode || !selection.focusNode) return null;
  const range: DomRange = {
    anchorNode: selection.anchorNode,
    anchorOffset: selection.anchorOffset,
    focusNode: selection.focusNode,
    focusOffset: selection.focusOffset,
  };
  if (observer.currentSelection.eq(range)) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  // Unread DOM changes (typing the browser did itself): ProseMirror reads them
  // with their selection; the positions below would not be trustworthy.
  if (observer.pendingRecords().length > 0) return null;
  try {
    let anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    let head = view.posAtDOM(selection.focusNode, selection.focusOffset);
    for (const tr of transactions) {
      anchor = tr.mapping.map(anchor);
      head = tr.mapping.map(head);
    }
    return { anchor, head };
  } catch {
    return null;
  }
}

/** When each view's field last took the focus, and how many keys went to it since (the plug-in's, by view). */
const focusByView = new WeakMap<EditorView, { at: number; keysSince: number }>();

/**
 * The selection the page shows that the view has not read yet (a key moved the caret, its
 * `selectionchange` not come), in the positions of `view.state.doc`; null when there is none or
 * it is not the keys' doing (see `pageSelectionToKeep`). y-tiptap's binding notes this one, not
 * the state's, as the selection to keep across a change from Yjs (y-tiptap-patch.ts, ninth part):
 * another window's edit arriving between Home and its `selectionchange` undid Home.
 */
export function unreadPageSelection(view: EditorView): { anchor: number; head: number } | null {
  const focus = focusByView.get(view);
  if (!focus) return null;
  const page = pageSelectionToKeep(view, [], focus);
  return page && textSelectionAt(view.state.doc, page) ? page : null;
}

/** A text selection of `doc` at these positions; null when one is past its end or not in a textblock. */
function textSelectionAt(doc: PMNode, at: { anchor: number; head: number }): Selection | null {
  const size = doc.content.size;
  if (at.anchor > size || at.head > size) return null;
  const $anchor = doc.resolve(at.anchor);
  const $head = doc.resolve(at.head);
  if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return null;
  return TextSelection.between($anchor, $head);
}

const unreadHook = (yTiptap as unknown as { toasoanUnreadSelection?: { read: typeof unreadPageSelection | null } }).toasoanUnreadSelection;
if (unreadHook) unreadHook.read = unreadPageSelection;

/**
 * Makes the view read what changed in its page (the selection included) that
 * it has not read yet: a selection keys made before the browser's
 * `selectionchange` is taken now. Not during an input method's composition.
 * Used before anything that acts on the selection: a key, a paste, a click on
 * a toolbar (or anywhere else outside the field) while the field has focus.
 */
export function readPendingSelection(view: EditorView): void {
  if (view.composing) return;
  (view as unknown as { domObserver: { flush(): void } }).domObserver.flush();
}

/**
 * Text input with no key press (an input method's commit, Unikey's
 * replacement, a text expander) over a selection that spans two textblocks
 * (Shift+ArrowLeft from the start of a paragraph, not read yet): left to
 * the browser, Chrome merges the paragraphs itself, restyles the moved text
 * from the decorations around it (an underline from the spellcheck marks)
 * and ProseMirror reads back a wrong change (fuzz seed 2004: a whole
 * paragraph lost, the new text underlined). ProseMirror already inserts such
 * text itself for key presses (its keypress handler); this does the same for
 * text input, on the selection the page shows, and for text input at a caret
 * that was only read here (seed 30049, below). A range inside one textblock
 * is left to the browser however it was read (seed 310774, below).
 */
function insertTextItself(view: EditorView, event: InputEvent): boolean {
  if (event.inputType !== 'insertText' || !event.data || event.isComposing || view.composing) return false;
  const before = view.state;
  readPendingSelection(view);
  const selection = view.state.selection;
  // Likewise when the read just now took a caret a key placed (an arrow key 1-5 ms before): left to
  // the browser, Chromium inserted the text in the right place but left its caret in another text node
  // of the paragraph, 30 characters back, and the next text went there (fuzz seed 30049). The page
  // update for the read selection (the caret's blocks) between the browser's reading of its caret and
  // its insertion is the likely link, not proven.
  // A range within one textblock that the read just took (Shift+ArrowRight 13 ms before, not read yet) is
  // left to the browser as well, as when `selectionchange` came first: the typed text then takes the marks
  // Chromium gives it, whatever the timing. ProseMirror's `insertText` gives it the marks across the range
  // instead, and the two differ: "biên " typed over a bold space ending its paragraph came out all bold
  // here, and as plain "biên" before a bold space when the selection had been read first (fuzz seed 310774).
  // But a range within one textblock over text of different marks is not: Chromium, replacing a selection from
  // plain text into the middle of a bold run whose words the spellcheck underlined, left the rest of the run out of
  // its <strong>, and ProseMirror read that text back plain (fuzz seed 330254). The editor inserts the text then, with
  // the marks Chromium gives typed text, those of the text before the range's start ($from.marks()).
  const inOneBlock = selection instanceof TextSelection && selection.$from.sameParent(selection.$to);
  const mixed = inOneBlock && !selection.empty && mixedMarks(view.state.doc, selection.from, selection.to);
  if (inOneBlock && !mixed && (view.state === before || !selection.empty)) return false;
  const text = event.data;
  const insert = () => {
    const tr = view.state.tr;
    if (!mixed) return tr.insertText(text).scrollIntoView();
    return tr.replaceSelectionWith(view.state.schema.text(text, tr.storedMarks ?? selection.$from.marks()), false).scrollIntoView();
  };
  if (!view.someProp('handleTextInput', (f) => f(view, selection.from, selection.to, text, insert))) view.dispatch(insert());
  event.preventDefault();
  return true;
}

/** Whether the inline content between `from` and `to` (in one textblock) carries more than one set of marks. */
function mixedMarks(doc: PMNode, from: number, to: number): boolean {
  let first: readonly Mark[] | null = null;
  let mixed = false;
  doc.nodesBetween(from, to, (node) => {
    if (mixed) return false;
    if (!node.isInline) return true;
    if (first === null) first = node.marks;
    else if (!Mark.sameSet(first, node.marks)) mixed = true;
    return false;
  });
  return mixed;
}

/**
 * Sets the page's collapsed selection again where it is, so that the browser recomputes its
 * caret from the page as it is now (see the paste handler below). Not during a composition.
 */
function resetPageCaret(view: EditorView): void {
  if (view.isDestroyed || view.composing || !view.hasFocus()) return;
  const selection = (view.root as Document).getSelection?.();
  if (!selection || !selection.isCollapsed || !selection.anchorNode || !view.dom.contains(selection.anchorNode)) return;
  selection.collapse(selection.anchorNode, selection.anchorOffset);
}

export const PendingSelection = Extension.create({
  name: 'pendingSelection',
  // Before every other key handler but the input-method guard.
  priority: 9_000,
  addKeyboardShortcuts() {
    // Ctrl+ArrowLeft over a selection whose moving end is at the very start of the field (Ctrl+ArrowRight:
    // at its very end): Chromium moves nothing when the page has anything before (after) the field, as
    // the app's page does, and the next letter replaced the selection (fuzz seeds 40035 and 40041: a
    // word selected with Ctrl+Shift+ArrowLeft, or Shift+End, bold from the toolbar, Ctrl+Arrow, typing).
    // Word, and Chromium on a page with nothing around the field, put the caret there: so does this.
    const toEdge = (start: boolean) => () => {
      const { state, view } = this.editor;
      const selection = state.selection;
      if (selection.empty) return false;
      const edge = start ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
      const pos = selection.head;
      if (pos !== (start ? edge.from : edge.to)) return false;
      const $pos = state.doc.resolve(pos);
      if (!$pos.parent.inlineContent) return false;
      view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, pos)).scrollIntoView());
      return true;
    };
    return { 'Mod-ArrowLeft': toEdge(true), 'Mod-ArrowRight': toEdge(false) };
  },
  addProseMirrorPlugins() {
    let view: EditorView | null = null;
    // When the field last took the focus, and how many keys went to it since.
    const focus = { at: 0, keysSince: 0 };
    return [
      new Plugin({
        key: pendingSelectionKey,
        view(editorView) {
          view = editorView;
          focusByView.set(editorView, focus);
          // A press of the mouse outside the field while it has focus (a toolbar button, which keeps
          // the focus in the field, or anything that takes it) acts on, or leaves, the selection the
          // page shows: bold from the toolbar 30 ms after Home went to the selection before Home
          // (fuzz seed 30017) when no `selectionchange` had come yet. Read first, in the capture
          // phase, before any handler of the page runs a command. Likewise a click, or a control's
          // value set, with no press before it, while the field keeps the focus: the toolbar's block
          // menu (a <select>) changed that way (Playwright's selectOption; assistive technology
          // may do the same), 28-29 ms after Shift+ArrowRight or Ctrl+Shift+ArrowLeft made the heading
          // or paragraph on the selection before the key (fuzz seeds 50055 and 60082).
          const doc = editorView.dom.ownerDocument;
          const onOutside = (event: Event) => {
            if (!view || !view.hasFocus() || !(event.target instanceof Node) || view.dom.contains(event.target)) return;
            readPendingSelection(view);
          };
          const events = ['mousedown', 'click', 'input', 'change'] as const;
          for (const name of events) doc.addEventListener(name, onOutside, true);
          return {
            destroy() {
              for (const name of events) doc.removeEventListener(name, onOutside, true);
              view = null;
            },
          };
        },
        props: {
          handleDOMEvents: {
            focus: (editorView) => {
              focus.at = Date.now();
              focus.keysSince = 0;
              // ProseMirror's own focus handler, which runs after this one, sets a 20 ms timer that
              // writes the state's selection into the page when the page's caret is still where the
              // browser put it on focus. Home (Ctrl+Home, ArrowUp) to the start of the field puts it
              // exactly there, and when that timer ran before Home's `selectionchange` had been read
              // (a loaded machine: the key is taken before the due timer), Home was undone (long run,
              // seed 200271: Home right after moving into the body left the caret at the end). This
              // timer is set first with the same delay, so it runs first: once a key went to the field
              // after the focus, the page's selection is the keys' doing and is read now, so that
              // ProseMirror's timer writes back what the page shows.
              setTimeout(() => {
                if (focus.keysSince > 0 && !editorView.isDestroyed && editorView.hasFocus()) readPendingSelection(editorView);
              }, 20);
              return false;
            },
            keydown: (editorView, event) => {
              focus.keysSince++;
              // ProseMirror takes a collapsed page selection at the very start of the document within
              // 200 ms of focus for the browser's reset on focus, and writes its own back. Once a key went
              // to the field after the focus, such a selection is the keys' doing (Home, Ctrl+Home): the
              // page's selection is read here with that rule still on (a reset on focus is undone), and the
              // rule is off from then on, before the key moves the caret. Left on until the next key, it
              // undid Home to the start when Home's own `selectionchange` came within the 200 ms (seed
              // 30029); and the next key's read (seed 30016).
              const input = (editorView as unknown as { input?: { lastFocus?: number } }).input;
              if (focus.keysSince > 1 && input?.lastFocus) input.lastFocus = 0;
              if (!event.isComposing && event.keyCode !== 229) {
                readPendingSelection(editorView);
                if (input?.lastFocus && !editorView.composing) input.lastFocus = 0;
              }
              return false;
            },
            beforeinput: (editorView, event) => insertTextItself(editorView, event),
            // After a paste the page's caret is set again where it is. ProseMirror leaves the page's
            // selection alone when it already shows the state's (the start of a bold run the caret had
            // been put at, now after the pasted text), and Chromium typed the next letters at the
            // caret's old place, offset 0 of the paragraph, before the pasted text (fuzz seed 80014:
            // a Word paste 140 ms after moving into the body from the sapo, then "UBND "). A microtask:
            // after ProseMirror's own paste handler has dispatched, before the next key.
            paste: (editorView) => {
              queueMicrotask(() => resetPageCaret(editorView));
              return false;
            },
          },
        },
        appendTransaction(transactions, oldState, newState) {
          // Only a transaction built on what the page shows: the DOM positions
          // are positions in `oldState.doc`.
          if (!view || view.state !== oldState) return null;
          const kept = pageSelectionToKeep(view, transactions, focus);
          const selection = kept && textSelectionAt(newState.doc, kept);
          if (!selection || selection.eq(newState.selection)) return null;
          // No 'addToHistory' meta: on an appended transaction it would keep the
          // change it rides with out of the undo history (y-prosemirror reads
          // it from the last transaction applied).
          return newState.tr.setSelection(selection);
        },
      }),
    ];
  },
});

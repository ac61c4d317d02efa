/// <reference lib="dom" />
/**
 * Runs inside a blank Chromium page (bundled by esbuild, see bare.ts): bare
 * editors for the fuzzer's oracle and for bisecting a divergence.
 *
 * - 'pm': a bare ProseMirror with the body's schema and only the base keymap,
 *   history, mark and block shortcuts and the same paste cleaning: no Yjs, no
 *   TipTap, no plugins of ours.
 * - 'tiptap': the app's body extensions with TipTap's own history (no Yjs).
 * - 'tiptap-yjs': the app's body extensions on a local Y.Doc (no service).
 */
import { Editor, getSchema } from '@tiptap/core';
import { baseKeymap, setBlockType, toggleMark, chainCommands, exitCode } from '@tiptap/pm/commands';
import { history, redo, undo } from '@tiptap/pm/history';
import { keymap } from '@tiptap/pm/keymap';
import { EditorState, Selection, type Command } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from '@tiptap/pm/schema-list';
import * as Y from 'yjs';
import { bodyExtensions } from '../../renderer/editor/extensions';
import { cleanPastedHtml } from '../../renderer/editor/paste/clean-html';
import { focusNow } from '../../renderer/editor/focus-now';
import { pasteInto } from './page-functions';
import { followUndoGroups, type UndoGroupStep } from './undo-groups';
import './page-kit';

export type BareKind = 'pm' | 'tiptap' | 'tiptap-yjs';

export interface BareApi {
  mount(kind: BareKind): void;
  /** The app's style sheets and page width, so lines wrap (and Home/End/Up/Down move) as in the app. */
  style(css: string, width: number): void;
  /** The selection as [anchor, head]. */
  selection(): [number, number];
  /** What the app's toolbar runs for `name` (focus first, as the toolbar does). */
  format(name: 'bold' | 'h2' | 'p' | 'bullet'): void;
  paste(text: string, html?: string): void;
  focus(at: 'start' | 'end'): void;
  /** 'tiptap-yjs' only: group the next changes into undo steps as the app did (undo-groups.ts); gives how the changes since the last call were grouped. */
  follow(steps: UndoGroupStep[]): string[];
}

declare global {
  interface Window {
    fuzzBare: BareApi;
  }
}

let view: EditorView | null = null;
let editor: Editor | null = null;

function pmView(root: HTMLElement): EditorView {
  const schema = getSchema(bodyExtensions());
  const m = schema.marks;
  const n = schema.nodes;
  const listItem = n.listItem!;
  const keys: Record<string, Command> = {
    'Mod-z': undo,
    'Mod-y': redo,
    'Shift-Mod-z': redo,
    'Mod-b': toggleMark(m.bold!),
    'Mod-i': toggleMark(m.italic!),
    'Mod-u': toggleMark(m.underline!),
    'Mod-Alt-0': setBlockType(n.paragraph!),
    'Mod-Alt-2': setBlockType(n.heading!, { level: 2 }),
    'Mod-Alt-3': setBlockType(n.heading!, { level: 3 }),
    'Mod-Shift-8': wrapInList(n.bulletList!),
    'Mod-Shift-7': wrapInList(n.orderedList!),
    Enter: splitListItem(listItem),
    Tab: sinkListItem(listItem),
    'Shift-Tab': liftListItem(listItem),
    'Shift-Enter': chainCommands(exitCode),
  };
  const state = EditorState.create({
    schema,
    plugins: [history(), keymap(keys), keymap(baseKeymap)],
  });
  return new EditorView(root, {
    state,
    transformPastedHTML: (html) => cleanPastedHtml(html),
    transformPastedText: (text) => text.normalize('NFC'),
  });
}

window.fuzzBare = {
  mount(kind) {
    view?.destroy();
    editor?.destroy();
    view = null;
    editor = null;
    document.body.innerHTML = '<div id="bare" data-testid="editor-body"></div>';
    const root = document.getElementById('bare')!;
    if (kind === 'pm') {
      view = pmView(root);
      view.dom.setAttribute('data-testid', 'bare-editor');
    } else {
      const collaboration = kind === 'tiptap-yjs' ? { document: new Y.Doc(), field: 'body' } : undefined;
      editor = new Editor({ element: root, extensions: bodyExtensions({ collaboration }) });
      editor.view.dom.setAttribute('data-testid', 'bare-editor');
      view = editor.view;
    }
    view.focus();
  },
  style(css, width) {
    let sheet = document.getElementById('app-css');
    if (!sheet) {
      sheet = document.createElement('style');
      sheet.id = 'app-css';
      document.head.append(sheet);
    }
    sheet.textContent = css;
    const root = document.getElementById('bare')!;
    root.className = 'editor-page';
    root.style.width = `${width}px`;
    root.style.maxWidth = 'none';
    root.style.boxSizing = 'border-box';
    view!.dom.classList.add('editor-body');
  },
  selection() {
    const { anchor, head } = view!.state.selection;
    return [anchor, head];
  },
  format(name) {
    // A click on the toolbar comes well after the key before it, once the page has read the
    // selection that key made (selectionchange): the bare editor, given the actions without
    // gaps, reads it now (seed 2101, sequence 41: bold after Shift+ArrowLeft went to a stored mark).
    (view as unknown as { domObserver: { flush(): void } }).domObserver.flush();
    if (editor) {
      const chain = editor.chain().focus();
      if (name === 'bold') chain.toggleBold().run();
      else if (name === 'h2') chain.setHeading({ level: 2 }).run();
      else if (name === 'p') chain.setParagraph().run();
      else chain.toggleBulletList().run();
      return;
    }
    const v = view!;
    const s = v.state.schema;
    const commands: Record<string, Command> = {
      bold: toggleMark(s.marks.bold!),
      h2: setBlockType(s.nodes.heading!, { level: 2 }),
      p: setBlockType(s.nodes.paragraph!),
      bullet: wrapInList(s.nodes.bulletList!),
    };
    commands[name]!(v.state, v.dispatch);
    v.focus();
  },
  paste(text, html) {
    pasteInto(view!.dom, text, html);
  },
  follow(steps) {
    if (!editor) throw new Error('follow: only a TipTap bare editor has an undo manager to follow');
    return followUndoGroups(editor, steps);
  },
  focus(at) {
    if (editor) focusNow(editor, at);
    else {
      const v = view!;
      const sel = at === 'start' ? Selection.atStart(v.state.doc) : Selection.atEnd(v.state.doc);
      v.dispatch(v.state.tr.setSelection(sel));
      v.focus();
    }
  },
};

import { Editor } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { bodyExtensions, type BodyOptions } from './extensions';

/**
 * A real body editor in the test DOM (happy-dom), attached to the document so
 * events reach it. With `options.collaboration` the content is the Y.Doc's:
 * leave `html` empty.
 */
export function makeBodyEditor(html = '', options: BodyOptions = {}): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  return new Editor({ element, extensions: bodyExtensions(options), ...(html ? { content: html } : {}) });
}

export function keydown(editor: Editor, init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  editor.view.dom.dispatchEvent(event);
  return event;
}

/**
 * Text input as the browser hands it to ProseMirror: through `handleTextInput`
 * (where the input rules and the list keys run), else a plain insertion at the
 * selection.
 */
export function textInput(editor: Editor, text: string): void {
  const view = editor.view;
  const { from, to } = view.state.selection;
  const handled = view.someProp('handleTextInput', (f) => f(view, from, to, text, () => view.state.tr.insertText(text, from, to)));
  if (!handled) view.dispatch(view.state.tr.insertText(text, from, to));
}

/** Two replicas exchanging every update as it happens, as the service does between windows. */
export function linkedDocs(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(b, u, 'peer'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'peer' && Y.applyUpdate(a, u, 'peer'));
  return [a, b];
}

/** Where `text` first occurs in the editor's document (within one text node). */
export function findText(editor: Editor, text: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found || !node.isText) return;
    const i = node.text!.indexOf(text);
    if (i >= 0) found = { from: pos + i, to: pos + i + text.length };
  });
  if (!found) throw new Error(`no "${text}"`);
  return found;
}

/** Types `words` at the end of the editor's last paragraph as one undo step of its own (two-writer tests). */
export function typeAtEnd(editor: Editor, words: string): void {
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  editor.commands.insertContent(words);
  yUndoPluginKey.getState(editor.state)?.undoManager.stopCapturing();
}

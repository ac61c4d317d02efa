// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { keydown, makeBodyEditor } from '../../test-editor';

let editor: Editor;
afterEach(() => editor?.destroy());

function selectAll(e: Editor) {
  e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, 1, e.state.doc.content.size - 1)));
}

describe('ImeGuard', () => {
  it('lets shortcuts run when no input method is composing', () => {
    editor = makeBodyEditor('<p>tiếng</p>');
    selectAll(editor);
    const event = keydown(editor, { key: 'b', code: 'KeyB', ctrlKey: true });
    expect(editor.getHTML()).toContain('<strong>tiếng</strong>');
    expect(event.defaultPrevented).toBe(true);
  });

  it('keeps shortcuts away from keys sent while composing', () => {
    editor = makeBodyEditor('<p>tiếng</p>');
    selectAll(editor);
    const event = keydown(editor, { key: 'b', code: 'KeyB', ctrlKey: true, isComposing: true });
    expect(editor.getHTML()).toBe('<p>tiếng</p>');
    // The browser (and so the IME) still gets the key.
    expect(event.defaultPrevented).toBe(false);
  });

  it('keeps Enter and Backspace away from keyCode 229', () => {
    editor = makeBodyEditor('<p>tiếng</p>');
    editor.commands.setTextSelection(4);
    keydown(editor, { key: 'Enter', keyCode: 229 });
    keydown(editor, { key: 'Backspace', keyCode: 229 });
    expect(editor.getHTML()).toBe('<p>tiếng</p>');
    keydown(editor, { key: 'Enter', keyCode: 13 });
    expect(editor.getHTML()).toBe('<p>tiế</p><p>ng</p>');
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { keydown, makeBodyEditor } from '../../test-editor';

let editor: Editor;
afterEach(() => editor?.destroy());

describe('EndDelete', () => {
  it('Delete in the empty last paragraph leaves it and the caret there (fuzz seed 80010)', () => {
    editor = makeBodyEditor('<p>ngătỡh</p><p></p>');
    const end = editor.state.doc.content.size - 1;
    editor.commands.setTextSelection(end);
    keydown(editor, { key: 'Delete' });
    expect(editor.getHTML()).toBe('<p>ngătỡh</p><p></p>');
    expect(editor.state.selection.from).toBe(end);
  });

  it('Delete in the empty paragraph after a closing heading leaves the caret in it', () => {
    editor = makeBodyEditor('<h2>tin</h2><p></p>');
    const end = editor.state.doc.content.size - 1;
    editor.commands.setTextSelection(end);
    keydown(editor, { key: 'Delete' });
    expect(editor.getHTML()).toBe('<h2>tin</h2><p></p>');
    expect(editor.state.selection.from).toBe(end);
  });

  it('Delete in an empty paragraph with a block after it still removes it, the caret going to that block', () => {
    editor = makeBodyEditor('<p>a</p><p></p><p>b</p>');
    editor.commands.setTextSelection(4);
    keydown(editor, { key: 'Delete' });
    expect(editor.getHTML()).toBe('<p>a</p><p>b</p>');
    expect(editor.state.selection.from).toBe(4);
  });
});

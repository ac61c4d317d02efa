// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeBodyEditor } from '../../test-editor';
import { CARET_BLOCK_CLASS } from './caret-block';

let editor: Editor;
afterEach(() => editor?.destroy());

const marked = (e: Editor) => [...e.view.dom.querySelectorAll(`.${CARET_BLOCK_CLASS}`)].map((el) => el.textContent);

describe('CaretBlock', () => {
  it('marks the top-level block holding the caret, including a block Enter has just created', () => {
    editor = makeBodyEditor('<p>một</p><ul><li><p>hai</p></li></ul><p>ba</p>');
    editor.commands.setTextSelection(3);
    expect(marked(editor)).toEqual(['một']);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(marked(editor)).toEqual(['ba']);
    editor.commands.splitBlock();
    expect(marked(editor)).toEqual(['']);
    editor.commands.setTextSelection(9);
    expect(marked(editor)).toEqual(['hai']);
  });

  it('keeps the mark on the block while typing in it, and follows the caret after Enter and Backspace', () => {
    editor = makeBodyEditor('<p>một</p><p>hai</p><p>ba</p>');
    editor.commands.setTextSelection(9);
    editor.commands.insertContent('x');
    editor.commands.insertContent('y');
    expect(marked(editor)).toEqual(['haixy']);
    editor.commands.splitBlock();
    expect(marked(editor)).toEqual(['']);
    editor.commands.joinBackward();
    expect(marked(editor)).toEqual(['haixy']);
    editor.commands.setTextSelection(2);
    expect(marked(editor)).toEqual(['một']);
  });

  it('marks both ends of a selection across blocks', () => {
    editor = makeBodyEditor('<p>một</p><p>hai</p><p>ba</p>');
    editor.commands.setTextSelection({ from: 2, to: 12 });
    expect(marked(editor)).toEqual(['một', 'ba']);
  });
});

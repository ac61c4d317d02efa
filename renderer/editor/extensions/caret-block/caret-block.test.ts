// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeBodyEditor } from '../../test-editor';
import { CARET_BLOCK_CLASS } from './caret-block';

let editor: Editor;
afterEach(() => editor?.destroy());

const marked = (e: Editor) => [...e.view.dom.querySelectorAll(`.${CARET_BLOCK_CLASS}`)].map((el) => el.textContent);

describe('CaretBlock', () => {
  it('marks the top-level block holding the caret and its neighbours, including a block Enter has just created and the one it left', () => {
    editor = makeBodyEditor('<p>một</p><ul><li><p>hai</p></li></ul><p>ba</p><p>bốn</p>');
    editor.commands.setTextSelection(3);
    expect(marked(editor)).toEqual(['một', 'hai']);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(marked(editor)).toEqual(['ba', 'bốn']);
    editor.commands.splitBlock();
    expect(marked(editor)).toEqual(['bốn', '']);
    editor.commands.setTextSelection(9);
    expect(marked(editor)).toEqual(['một', 'hai', 'ba']);
  });

  it('keeps the mark on the block while typing in it, and follows the caret after Enter and Backspace', () => {
    editor = makeBodyEditor('<p>một</p><p>hai</p><p>ba</p>');
    editor.commands.setTextSelection(9);
    editor.commands.insertContent('x');
    editor.commands.insertContent('y');
    expect(marked(editor)).toEqual(['một', 'haixy', 'ba']);
    editor.commands.splitBlock();
    expect(marked(editor)).toEqual(['haixy', '', 'ba']);
    editor.commands.joinBackward();
    expect(marked(editor)).toEqual(['một', 'haixy', 'ba']);
    editor.commands.setTextSelection(2);
    expect(marked(editor)).toEqual(['một', 'haixy']);
  });

  it('reaches past empty neighbours, and leaves blocks further away unmarked', () => {
    editor = makeBodyEditor('<p>một</p><p>hai</p><p></p><p></p><p>ba</p><p>bốn</p><p>năm</p>');
    editor.commands.setTextSelection(20);
    expect(marked(editor)).toEqual(['ba', 'bốn', 'năm']);
    editor.commands.setTextSelection(15);
    expect(marked(editor)).toEqual(['hai', '', '', 'ba', 'bốn']);
  });

  it('marks both ends of a selection across blocks and their neighbours, not the blocks between', () => {
    editor = makeBodyEditor('<p>một</p><p>hai</p><p>ba</p><p>bốn</p><p>năm</p><p>sáu</p>');
    editor.commands.setTextSelection({ from: 2, to: editor.state.doc.content.size - 2 });
    expect(marked(editor)).toEqual(['một', 'hai', 'năm', 'sáu']);
  });
});

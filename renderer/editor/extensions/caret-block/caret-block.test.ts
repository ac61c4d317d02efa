// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeBodyEditor } from '../../test-editor';
import { CARET_BLOCK_CLASS, MAX_MARKED_BLOCKS } from './caret-block';

let editor: Editor;
afterEach(() => editor?.destroy());

const marked = (e: Editor) => [...e.view.dom.querySelectorAll(`.${CARET_BLOCK_CLASS}`)].map((el) => el.textContent);
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>p${i}</p>`).join('');
/** The position inside the paragraph whose text is `text`. */
function inside(e: Editor, text: string): number {
  let at = -1;
  e.state.doc.forEach((node, offset) => {
    if (node.textContent === text) at = offset + 2;
  });
  if (at < 0) throw new Error(`no paragraph ${text}`);
  return at;
}

describe('CaretBlock', () => {
  it('marks the top-level block holding the caret and its neighbours, including a block Enter has just created and the one it left', () => {
    editor = makeBodyEditor('<p>một</p><ul><li><p>hai</p></li></ul><p>ba</p><p>bốn</p>');
    editor.commands.setTextSelection(3);
    expect(marked(editor)).toEqual(['một', 'hai']);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(marked(editor)).toEqual(expect.arrayContaining(['ba', 'bốn']));
    editor.commands.splitBlock();
    expect(marked(editor)).toEqual(expect.arrayContaining(['bốn', '']));
    editor.commands.setTextSelection(9);
    expect(marked(editor)).toEqual(expect.arrayContaining(['một', 'hai', 'ba']));
  });

  it('keeps the mark on the block while typing in it, and follows the caret after Enter and Backspace', () => {
    editor = makeBodyEditor(paragraphs(30));
    editor.commands.setTextSelection(inside(editor, 'p15') + 2);
    expect(marked(editor)).toEqual(expect.arrayContaining(['p14', 'p15', 'p16']));
    editor.commands.insertContent('x');
    editor.commands.insertContent('y');
    expect(marked(editor)).toEqual(expect.arrayContaining(['p14', 'p15xy', 'p16']));
    editor.commands.splitBlock();
    expect(marked(editor)).toEqual(expect.arrayContaining(['p15xy', '', 'p16']));
    editor.commands.joinBackward();
    expect(marked(editor)).toEqual(expect.arrayContaining(['p14', 'p15xy', 'p16']));
    editor.commands.setTextSelection(inside(editor, 'p1'));
    expect(marked(editor)).toEqual(expect.arrayContaining(['p0', 'p1', 'p2']));
  });

  it('unmarks no block on Enter, Backspace or typing (a block losing the class is locked and unlocked by Chromium again)', () => {
    editor = makeBodyEditor(paragraphs(40));
    editor.commands.setTextSelection(inside(editor, 'p20') + 2);
    let unmarked = 0;
    let before = [...editor.view.dom.querySelectorAll(`.${CARET_BLOCK_CLASS}`)];
    const check = () => {
      unmarked += before.filter((el) => el.isConnected && !el.classList.contains(CARET_BLOCK_CLASS)).length;
      before = [...editor.view.dom.querySelectorAll(`.${CARET_BLOCK_CLASS}`)];
    };
    for (let i = 0; i < 10; i++) {
      editor.commands.splitBlock();
      check();
      editor.commands.insertContent('a');
      check();
      editor.commands.joinBackward();
      editor.commands.joinBackward();
      check();
      editor.commands.splitBlock();
      check();
      editor.commands.joinBackward();
      check();
    }
    expect(editor.state.doc.textContent).toContain('p20');
    expect(unmarked).toBe(0);
    expect(marked(editor)).toEqual(expect.arrayContaining(['p19', 'p20', 'p21']));
  });

  it(`keeps at most ${MAX_MARKED_BLOCKS} blocks marked, dropping those farthest from the caret`, () => {
    editor = makeBodyEditor(paragraphs(60));
    for (let i = 0; i < 60; i++) {
      editor.commands.setTextSelection(inside(editor, `p${i}`));
      const now = marked(editor);
      expect(now.length).toBeLessThanOrEqual(MAX_MARKED_BLOCKS);
      expect(now).toEqual(expect.arrayContaining([`p${i}`, ...(i > 0 ? [`p${i - 1}`] : []), ...(i < 59 ? [`p${i + 1}`] : [])]));
    }
    expect(marked(editor)).toEqual(Array.from({ length: MAX_MARKED_BLOCKS }, (_, i) => `p${60 - MAX_MARKED_BLOCKS + i}`));
  });

  it('reaches past empty neighbours', () => {
    editor = makeBodyEditor('<p>một</p><p>hai</p><p></p><p></p><p>ba</p><p>bốn</p><p>năm</p>');
    editor.commands.setTextSelection(20);
    expect(marked(editor)).toEqual(expect.arrayContaining(['ba', 'bốn', 'năm']));
    editor.commands.setTextSelection(15);
    expect(marked(editor)).toEqual(expect.arrayContaining(['hai', '', '', 'ba', 'bốn']));
  });

  it('marks both ends of a selection across blocks and their neighbours, not the blocks between', () => {
    editor = makeBodyEditor(paragraphs(30));
    editor.commands.setTextSelection({ from: inside(editor, 'p25'), to: inside(editor, 'p29') });
    editor.commands.setTextSelection({ from: inside(editor, 'p1'), to: inside(editor, 'p28') });
    const now = marked(editor);
    expect(now).toEqual(expect.arrayContaining(['p0', 'p1', 'p2', 'p27', 'p28', 'p29']));
    expect(now.filter((t) => ['p5', 'p10', 'p15', 'p20'].includes(t!))).toEqual([]);
  });
});

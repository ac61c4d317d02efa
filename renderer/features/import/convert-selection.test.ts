// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeBodyEditor } from '../../editor/test-editor';
import { convertSelection } from './convert-selection';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('Chuyển mã on a selection', () => {
  it('converts only the selected text from the chosen encoding, keeping bold, in one undo step', () => {
    editor = makeBodyEditor('<p>Sáng nay <strong>Héi nghÞ</strong> tæng kÕt</p>');
    const text = editor.state.doc.textContent;
    const from = 1 + text.indexOf('Héi');
    editor.commands.setTextSelection({ from, to: 1 + text.length });
    expect(convertSelection(editor, 'tcvn3')).toEqual({ kind: 'converted', encoding: 'tcvn3' });
    expect(editor.getHTML()).toBe('<p>Sáng nay <strong>Hội nghị</strong> tổng kết</p>');
    editor.commands.undo();
    expect(editor.getHTML()).toBe('<p>Sáng nay <strong>Héi nghÞ</strong> tæng kÕt</p>');
  });

  it('detects the encoding when asked to, and refuses to touch Unicode or an empty selection', () => {
    editor = makeBodyEditor('<p>Hoäi nghò ñaïi bieåu Ñaûng boä huyeän</p><p>Sáng nay bà con rất vui</p>');
    editor.commands.setTextSelection({ from: 1, to: 1 });
    expect(convertSelection(editor, 'auto')).toEqual({ kind: 'empty' });
    editor.commands.selectAll();
    expect(convertSelection(editor, 'auto')).toEqual({ kind: 'nothing' });
    editor.commands.setTextSelection({ from: 1, to: 37 });
    expect(convertSelection(editor, 'auto')).toEqual({ kind: 'converted', encoding: 'vni' });
    expect(editor.getHTML()).toBe('<p>Hội nghị đại biểu Đảng bộ huyện</p><p>Sáng nay bà con rất vui</p>');
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { findText, keydown, makeBodyEditor } from '../../test-editor';

let editor: Editor;
afterEach(() => editor?.destroy());

/** The HTML without the empty paragraph the editor keeps after a list (trailing node). */
const html = () => editor.getHTML().replace(/<p><\/p>$/, '');
const tab = (shiftKey = false) => keydown(editor, { key: 'Tab', code: 'Tab', shiftKey, keyCode: 9 });

describe('ListTab', () => {
  it('Tab makes a list item a sub-item and Shift+Tab brings it back', () => {
    editor = makeBodyEditor('<ul><li><p>Một</p></li><li><p>Hai</p></li></ul>');
    editor.commands.setTextSelection(findText(editor, 'Hai').from);
    expect(tab().defaultPrevented).toBe(true);
    expect(html()).toBe('<ul><li><p>Một</p><ul><li><p>Hai</p></li></ul></li></ul>');
    expect(tab(true).defaultPrevented).toBe(true);
    expect(html()).toBe('<ul><li><p>Một</p></li><li><p>Hai</p></li></ul>');
  });

  it('keeps Tab in the editor on a first item that cannot be indented', () => {
    editor = makeBodyEditor('<ol><li><p>Một</p></li></ol>');
    editor.commands.setTextSelection(findText(editor, 'Một').from);
    expect(tab().defaultPrevented).toBe(true);
    expect(html()).toBe('<ol><li><p>Một</p></li></ol>');
  });

  it('leaves Tab alone outside lists (it still moves the focus on)', () => {
    editor = makeBodyEditor('<p>Đoạn văn</p>');
    editor.commands.setTextSelection(2);
    expect(tab().defaultPrevented).toBe(false);
  });
});

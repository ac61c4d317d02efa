// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeBodyEditor } from '../../test-editor';

let editor: Editor;
afterEach(() => editor?.destroy());

const YT = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const cards = (e: Editor) => [...e.view.dom.querySelectorAll('[data-testid="editor-embed-card"]')].map((el) => el.querySelector('.editor-embed-url')?.textContent);
const lines = (e: Editor) => [...e.view.dom.querySelectorAll('.editor-embed-line')].map((el) => el.textContent);

describe('MediaEmbed', () => {
  it('shows a card under a video address alone on its line, and follows edits of that line and of the others', () => {
    editor = makeBodyEditor(`<p>Mở đầu</p><p>${YT}</p><p>Kết</p>`);
    expect(cards(editor)).toEqual([YT]);
    expect(lines(editor)).toEqual([YT]);
    // Typing elsewhere keeps the card where it is.
    editor.commands.setTextSelection(3);
    editor.commands.insertContent('x');
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertContent(' bài');
    expect(cards(editor)).toEqual([YT]);
    // A word added to the address's line: no longer alone, no card.
    let lineEnd = 0;
    editor.state.doc.forEach((node, offset) => {
      if (node.textContent === YT) lineEnd = offset + node.nodeSize - 1;
    });
    editor.commands.setTextSelection(lineEnd);
    editor.commands.insertContent(' xem');
    expect(editor.state.doc.child(1).textContent).toBe(`${YT} xem`);
    expect(cards(editor)).toEqual([]);
    expect(lines(editor)).toEqual([]);
    // Removed again: the card is back; and a new line with an address gets its own.
    editor.commands.undo();
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.splitBlock();
    editor.commands.insertContent('https://www.facebook.com/watch/?v=123456');
    expect(cards(editor)).toEqual([YT, 'https://www.facebook.com/watch/?v=123456']);
  });
});

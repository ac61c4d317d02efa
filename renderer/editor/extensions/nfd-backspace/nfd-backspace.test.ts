// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { keydown, makeBodyEditor } from '../../test-editor';

let editor: Editor;
afterEach(() => editor?.destroy());

const text = (e: Editor) => e.state.doc.textContent;

describe('NfdBackspace', () => {
  it('removes one combining mark at a time in decomposed text', () => {
    const nfd = 'tie\u0302\u0301ng';
    editor = makeBodyEditor(`<p>${nfd}</p>`);
    editor.commands.setTextSelection(1 + 'tie\u0302\u0301'.length);
    keydown(editor, { key: 'Backspace' });
    expect(text(editor)).toBe('tie\u0302ng');
    keydown(editor, { key: 'Backspace' });
    expect(text(editor)).toBe('tieng');
    expect(editor.state.selection.from).toBe(1 + 'tie'.length);
  });

  it('leaves precomposed letters to the default Backspace', () => {
    editor = makeBodyEditor('<p>tiếng</p>');
    editor.commands.setTextSelection(1 + 'tiế'.length);
    const event = keydown(editor, { key: 'Backspace' });
    // Not handled here (the browser deletes the whole letter).
    expect(text(editor)).toBe('tiếng');
    expect(event.defaultPrevented).toBe(false);
  });
});

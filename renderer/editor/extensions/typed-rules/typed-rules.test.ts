// @vitest-environment happy-dom
import { Editor, type AnyExtension } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../extensions';
import { keydown, textInput } from '../../test-editor';

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

/** The body editor; `upstream` takes the kit without typed-rules (TipTap's rules, run on Enter too). */
function make(upstream = false): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const extensions = bodyExtensions().map((extension) => {
    if (!upstream || extension.name !== 'starterKit') return extension;
    // withListKeysOnlyInLists(withRulesOnTypedTextOnly(StarterKit)): keep the list keys, drop the rules' wrapper.
    const listKeys = extension as AnyExtension;
    const typedRules = listKeys.parent as AnyExtension;
    return listKeys.extend({ addExtensions: () => (typedRules.parent as AnyExtension).config.addExtensions!.call(typedRules.parent as never) });
  });
  const editor = new Editor({ element, extensions, content: '<p></p>' });
  editors.push(editor);
  editor.commands.focus('end');
  return editor;
}

/** Text typed as the browser hands it to ProseMirror (handleTextInput, where the input rules run). */
function type(editor: Editor, text: string): void {
  for (const ch of text) textInput(editor, ch);
}

/** The body's HTML without the empty paragraph the trailing-node rule keeps after a list or a quote. */
const html = (editor: Editor) => editor.getHTML().replace(/<p><\/p>$/, '');

const enter = (editor: Editor) => {
  const event = keydown(editor, { key: 'Enter' });
  if (!event.defaultPrevented) editor.commands.splitBlock();
};

describe('input rules run on typed text, not on Enter', () => {
  for (const text of ['2025.', '1.', '-', '*', '+', '>', '##']) {
    it(`"${text}" then Enter stays a paragraph and makes a new one`, () => {
      const editor = make();
      type(editor, text);
      enter(editor);
      type(editor, 'được');
      expect(editor.getHTML()).toBe(`<p>${text.replace('>', '&gt;')}</p><p>được</p>`);
    });
  }

  it('TipTap without it turns "2025." and Enter into a list starting at 2025, the text gone (fuzz seed 240202)', () => {
    const editor = make(true);
    type(editor, '2025.');
    enter(editor);
    type(editor, 'được');
    expect(html(editor)).toBe('<ol start="2025"><li><p>được</p></li></ol>');
  });

  it('a space typed after the marker still makes the block', () => {
    const cases: Array<[string, string]> = [
      ['1. ', '<ol><li><p>được</p></li></ol>'],
      ['- ', '<ul><li><p>được</p></li></ul>'],
      ['> ', '<blockquote><p>được</p></blockquote>'],
      ['## ', '<h2>được</h2>'],
    ];
    for (const [marker, expected] of cases) {
      const editor = make();
      type(editor, marker);
      type(editor, 'được');
      expect(html(editor), marker).toBe(expected);
    }
  });
});

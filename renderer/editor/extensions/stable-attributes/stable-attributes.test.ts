// @vitest-environment happy-dom
import { Extension, type Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { findText, makeBodyEditor } from '../../test-editor';

let editor: Editor;
afterEach(() => editor?.destroy());

/** Counts how often TipTap builds the extensions' attribute list (it asks every extension for its global attributes). */
function counter() {
  const count = { builds: 0 };
  const extension = Extension.create({
    name: 'attributeBuildCounter',
    addGlobalAttributes() {
      count.builds += 1;
      return [];
    },
  });
  return { count, extension };
}

describe('StableAttributes', () => {
  it('builds the attribute list once per editor, not on every Enter (counted), and Enter still keeps what a split keeps', () => {
    const { count, extension } = counter();
    editor = makeBodyEditor('<p style="text-align: center">Mưa lớn</p><ul><li><p>một</p></li></ul>', { extra: [extension] });
    const afterCreate = count.builds;
    editor.commands.setTextSelection(4);
    for (let i = 0; i < 10; i++) editor.commands.splitBlock();
    editor.commands.setTextSelection(findText(editor, 'một').to);
    editor.commands.splitListItem('listItem');
    // Upstream TipTap rebuilt the list on every split: 11 builds here.
    expect(count.builds - afterCreate).toBe(0);
    // The alignment is kept by a split (keepOnSplit), read from the kept list.
    const paragraphs: Array<string | null> = [];
    editor.state.doc.forEach((node) => node.type.name === 'paragraph' && paragraphs.push(node.attrs.textAlign as string | null));
    // The first paragraph split ten times (StarterKit's trailing paragraph after the list has none).
    expect(paragraphs.slice(0, 11)).toEqual(Array.from({ length: 11 }, () => 'center'));
    expect(paragraphs.slice(11)).toEqual([null]);
    expect(editor.getHTML()).toContain('<li><p>một</p></li><li><p></p></li>');
  });

  it('gives the same attribute list TipTap builds', () => {
    editor = makeBodyEditor('<p>một</p>');
    const manager = editor.extensionManager;
    const rebuilt = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(manager), 'attributes')!.get!.call(manager) as unknown;
    expect(JSON.stringify(manager.attributes)).toBe(JSON.stringify(rebuilt));
    expect((manager.attributes as unknown[]).length).toBeGreaterThan(10);
  });
});

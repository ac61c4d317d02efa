// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeBodyEditor } from '../../test-editor';

let editor: Editor;
afterEach(() => editor?.destroy());
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Figure', () => {
  it('shows the stored image and an editable caption', async () => {
    editor = makeBodyEditor('', { resolveImage: async (id) => `blob:test/${id}`, missingImageText: 'Không tìm thấy ảnh' });
    editor.commands.insertFigure({ imageId: 'abc' });
    await settle();
    const figure = editor.view.dom.querySelector('figure.editor-figure')!;
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('blob:test/abc');
    expect(figure.querySelector('figcaption')).not.toBeNull();
    expect(editor.getJSON().content?.[0]).toMatchObject({ type: 'figure', attrs: { imageId: 'abc' } });
  });

  it('shows a placeholder for a missing image and keeps the document intact', async () => {
    editor = makeBodyEditor('<figure><img data-image-id="gone"><figcaption>Chú thích</figcaption></figure><p>Sau</p>', {
      resolveImage: async () => {
        throw new Error('IMAGE_NOT_FOUND');
      },
      missingImageText: 'Không tìm thấy ảnh',
    });
    await settle();
    expect(editor.view.dom.querySelector('.editor-figure-missing')?.textContent).toBe('Không tìm thấy ảnh');
    expect(editor.state.doc.textContent).toBe('Chú thíchSau');
  });

  it('leaves the caption for a new paragraph on Enter', () => {
    editor = makeBodyEditor('<figure><img data-image-id="a"><figcaption>Ảnh</figcaption></figure>');
    editor.commands.setTextSelection(1 + 1 + 'Ảnh'.length);
    editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    editor.commands.insertContent('Tiếp theo');
    expect(editor.getHTML()).toContain('</figure><p>Tiếp theo</p>');
  });
});

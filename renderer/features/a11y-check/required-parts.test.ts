// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { makeBodyEditor } from '../../editor/test-editor';
import type { ArticleJson } from './check';
import { missingParts } from './required-parts';

let editor: Editor;
afterEach(() => editor?.destroy());
const body = (html: string) => {
  editor = makeBodyEditor(html);
  return editor.getJSON() as ArticleJson;
};
const photo = (id: string) => `<figure data-photo><img data-image-id="${id}" alt=""><figcaption>Ảnh ${id}</figcaption></figure>`;

describe('required parts per kind', () => {
  it('a news item needs none of them', () => {
    expect(missingParts(body('<p>Tin.</p>'), 'tin')).toEqual([]);
  });

  it('a video article needs a stored video or a video link on its own line', () => {
    const json = body('<p>Mở đầu.</p><p>Kết.</p>');
    expect(missingParts(json, 'video')).toEqual([{ code: 'video', pos: editor.state.doc.content.size - 1 }]);
    expect(missingParts(body('<p>https://www.youtube.com/watch?v=dQw4w9WgXcQ</p>'), 'video')).toEqual([]);
    expect(missingParts(body('<figure data-video-hash="ab12"><figcaption></figcaption></figure>'), 'video')).toEqual([]);
  });

  it('a photo story needs three photos in galleries; going to it lands in the gallery', () => {
    const json = body(`<p>Mở đầu.</p><figure data-gallery>${photo('a')}${photo('b')}</figure>`);
    const [missing] = missingParts(json, 'anh');
    expect(missing).toMatchObject({ code: 'photos', have: 2, need: 3 });
    expect(editor.state.doc.resolve(missing!.pos).parent.type.name).toBe('figcaption');
    expect(editor.state.doc.resolve(missing!.pos).parent.textContent).toBe('Ảnh a');
    expect(missingParts(body(`<figure data-gallery>${photo('a')}${photo('b')}${photo('c')}</figure>`), 'anh')).toEqual([]);
    // Loose pictures are not a photo story.
    expect(missingParts(body('<figure><img data-image-id="x"><figcaption>1</figcaption></figure>'), 'anh')).toMatchObject([{ code: 'photos', have: 0 }]);
  });

  it('an infographic article needs an infographic, and each its alt text', () => {
    expect(missingParts(body('<p>Chỉ có chữ.</p>'), 'do_hoa')).toMatchObject([{ code: 'infographic' }]);
    const json = body('<p>Mở.</p><figure data-infographic><img data-image-id="g" alt=""></figure><figure data-infographic><img data-image-id="h" alt="Bản đồ"></figure>');
    const missing = missingParts(json, 'do_hoa');
    expect(missing).toEqual([{ code: 'infographic-alt', pos: 5, index: 1 }]);
    expect(editor.state.doc.nodeAt(5)?.type.name).toBe('infographic');
  });
});

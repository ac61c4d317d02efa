// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../../common/article/layout';
import { firstGalleryPhoto } from '../../../../common/article/media';
import { articleToHtml } from '../../../../common/article/to-html';
import { keydown, makeBodyEditor } from '../../test-editor';

let editors: Editor[] = [];
afterEach(() => {
  for (const e of editors) e.destroy();
  editors = [];
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function editorOn(doc: Y.Doc): Editor {
  const editor = makeBodyEditor('', { collaboration: { document: doc, field: BODY_FRAGMENT }, resolveImage: async (id) => `blob:test/${id}` });
  editors.push(editor);
  return editor;
}

const GALLERY =
  '<figure data-gallery>' +
  '<figure data-photo data-credit="Chí Tâm"><img src="toasoan-image:a1" alt="Cầu mới" data-image-id="a1"><figcaption>Cầu mới<small data-credit> (Ảnh: Chí Tâm)</small></figcaption></figure>' +
  '<figure data-photo data-alt="Chợ nổi buổi sáng"><img src="toasoan-image:b2" alt="Chợ nổi buổi sáng" data-image-id="b2"><figcaption>Chợ <em>nổi</em></figcaption></figure>' +
  '<figure data-photo><img src="toasoan-image:c3" alt="" data-image-id="c3"></figure>' +
  '</figure>';

/** The photos' image ids and captions, in order, as the Y.Doc holds them. */
function photos(doc: Y.Doc): string[] {
  const gallery = doc.getXmlFragment(BODY_FRAGMENT).toArray().find((n) => n instanceof Y.XmlElement && n.nodeName === 'gallery') as Y.XmlElement;
  return gallery.toArray().map((p) => {
    const el = p as Y.XmlElement;
    return `${el.getAttribute('imageId')}:${el.toString().replace(/<[^>]+>/g, '')}:${el.getAttribute('credit') ?? ''}`;
  });
}

describe('Gallery', () => {
  it('round-trips HTML → editor → Y.Doc → HTML, and a reopened document keeps order, captions and credits', () => {
    const doc = new Y.Doc();
    const editor = editorOn(doc);
    editor.commands.setContent(GALLERY);
    expect(articleToHtml(doc)).toBe(GALLERY);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const reopened = editorOn(copy);
    expect(photos(copy)).toEqual(['a1:Cầu mới:Chí Tâm', 'b2:Chợ nổi:', 'c3::']);
    // What the app reads back as HTML (paste, import): the same nodes.
    const third = editorOn(new Y.Doc());
    third.commands.setContent(reopened.getHTML());
    expect(third.getJSON()).toEqual(reopened.getJSON());
  });

  it('moves a photo with Alt+↓ and Alt+↑ in its caption, the caret staying in it; the move reaches the Y.Doc', () => {
    const doc = new Y.Doc();
    const editor = editorOn(doc);
    editor.commands.setContent(GALLERY);
    // Inside the first caption: gallery(1) photo(1) figcaption(1).
    editor.commands.setTextSelection(3 + 2);
    keydown(editor, { key: 'ArrowDown', altKey: true });
    expect(photos(doc).map((p) => p.split(':')[0])).toEqual(['b2', 'a1', 'c3']);
    expect(editor.state.selection.$from.parent.textContent).toBe('Cầu mới');
    keydown(editor, { key: 'ArrowDown', altKey: true });
    expect(photos(doc).map((p) => p.split(':')[0])).toEqual(['b2', 'c3', 'a1']);
    // At the end nothing moves further.
    expect(editor.commands.moveGalleryPhoto(1)).toBe(false);
    keydown(editor, { key: 'ArrowUp', altKey: true });
    expect(photos(doc).map((p) => p.split(':')[0])).toEqual(['b2', 'a1', 'c3']);
    expect(firstGalleryPhoto(doc)).toBe('b2');
  });

  it('has "Lên"/"Xuống" buttons named after each photo that reorder it', async () => {
    const doc = new Y.Doc();
    const editor = editorOn(doc);
    editor.commands.setContent(GALLERY);
    await settle();
    const ups = editor.view.dom.querySelectorAll<HTMLButtonElement>('[data-testid="photo-up"]');
    expect(ups[0]!.disabled).toBe(true);
    expect(ups[2]!.getAttribute('aria-label')).toBe('Lên: Ảnh 3');
    ups[2]!.click();
    expect(photos(doc).map((p) => p.split(':')[0])).toEqual(['a1', 'c3', 'b2']);
    await settle();
    const names = [...editor.view.dom.querySelectorAll('.editor-gallery-photo-number')].map((n) => n.textContent);
    expect(names).toEqual(['Ảnh 1', 'Ảnh 2', 'Ảnh 3']);
    expect(editor.view.dom.querySelector('.editor-gallery-heading')?.textContent).toBe('Bộ ảnh · 3 ảnh');
  });

  it('inserts a gallery of stored pictures, and Enter in a caption leaves it for a paragraph', () => {
    const editor = makeBodyEditor('<p>Mở đầu</p>');
    editors.push(editor);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.commands.insertGallery(['x1', 'x2', 'x3']);
    const gallery = editor.state.doc.child(1);
    expect(gallery.type.name).toBe('gallery');
    expect(gallery.content.content.map((p) => p.attrs.imageId)).toEqual(['x1', 'x2', 'x3']);
    editor.commands.insertContent('Chú thích');
    keydown(editor, { key: 'Enter' });
    editor.commands.insertContent('Sau bộ ảnh');
    expect(editor.state.doc.child(1).child(0).textContent).toBe('Chú thích');
    expect(editor.state.doc.child(2).type.name).toBe('paragraph');
    expect(editor.state.doc.child(2).textContent).toBe('Sau bộ ảnh');
  });
});

describe('Infographic', () => {
  const INFOGRAPHIC =
    '<figure data-infographic><img src="toasoan-image:g1" alt="Biểu đồ dân số 2020-2024" data-image-id="g1">' +
    '<details><summary>Nội dung đồ họa dạng chữ</summary><div data-infographic-text><p>Năm 2020: 120.000 người.</p><p>Năm 2024: 131.000 người.</p></div></details></figure>';

  it('round-trips with its alt text and text version', () => {
    const doc = new Y.Doc();
    const editor = editorOn(doc);
    editor.commands.setContent(INFOGRAPHIC);
    expect(articleToHtml(doc)).toBe(INFOGRAPHIC);
    const again = editorOn(new Y.Doc());
    again.commands.setContent(editor.getHTML());
    expect(again.getJSON()).toEqual(editor.getJSON());
  });

  it('without a text version writes no <details>; the alt field is labelled and required', async () => {
    const doc = new Y.Doc();
    const editor = editorOn(doc);
    editor.commands.insertInfographic('g2');
    await settle();
    expect(articleToHtml(doc)).toBe('<figure data-infographic><img src="toasoan-image:g2" alt="" data-image-id="g2"></figure>');
    const alt = editor.view.dom.querySelector<HTMLTextAreaElement>('[data-testid="infographic-alt"]')!;
    expect(alt.closest('label')?.textContent).toContain('Mô tả ảnh cho người đọc không xem được ảnh');
    expect(alt.getAttribute('aria-invalid')).toBe('true');
    alt.value = 'Bản đồ các xã';
    alt.dispatchEvent(new Event('change'));
    expect(articleToHtml(doc)).toContain('alt="Bản đồ các xã"');
    expect(alt.getAttribute('aria-invalid')).toBe('false');
  });
});

// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addThread, anchorOnNode } from '../../../../common/article/review-comments';
import { bodyExtensions, lineExtensions } from '../../../editor/extensions';
import { withMarginComments } from '../../review/print-comments';
import { articleToDocx } from './export-docx';
import { articleHtmlDocument, imageIdsOf, PRINT_MEDIA } from './export-html';

// 1×1 PNG.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const HASH = 'ab'.repeat(32);

/** A photo story with a reordered-looking gallery, an infographic with a text version, and a video with a poster. */
function article(): Y.Doc {
  const doc = new Y.Doc();
  const editors = [
    new Editor({ extensions: lineExtensions({ collaboration: { document: doc, field: 'title' } }) }),
    new Editor({ extensions: bodyExtensions({ collaboration: { document: doc, field: 'body' } }) }),
  ];
  editors[0]!.commands.setContent('<p>Mùa lúa chín</p>');
  editors[1]!.commands.setContent(
    '<figure data-gallery>' +
      '<figure data-photo data-credit="Chí Tâm"><img data-image-id="p2" alt=""><figcaption>Gặt lúa</figcaption></figure>' +
      '<figure data-photo><img data-image-id="p1" alt=""><figcaption>Phơi thóc</figcaption></figure>' +
      '</figure>' +
      '<figure data-infographic><img data-image-id="g1" alt="Sản lượng lúa 2020-2024"><details><summary>x</summary><div data-infographic-text><p>Năm 2024: 52.000 tấn.</p></div></details></figure>' +
      `<figure data-video-hash="${HASH}" data-video-mime="video/mp4" data-video-duration="187" data-video-poster="v1"><figcaption>Lễ hội</figcaption></figure>`,
  );
  for (const e of editors) e.destroy();
  return doc;
}

describe('exports of galleries, infographics and videos', () => {
  it('.docx: each photo with its caption and credit in order, the infographic with its alt text and text version, the video poster and file', async () => {
    const loaded: string[] = [];
    const blob = await articleToDocx(article(), async (id) => {
      loaded.push(id);
      return { type: 'png', data: PNG, width: 1, height: 1 };
    });
    expect(loaded).toEqual(['p2', 'p1', 'g1', 'v1']);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await blob.arrayBuffer()) });
    const text = html.replace(/<img[^>]*>/g, '[ảnh]').replace(/<[^>]+>/g, '|');
    expect(text.indexOf('Gặt lúa (Ảnh: Chí Tâm)')).toBeGreaterThan(-1);
    expect(text.indexOf('Gặt lúa')).toBeLessThan(text.indexOf('Phơi thóc'));
    expect(text).toContain('Mô tả ảnh cho người đọc không xem được ảnh: Sản lượng lúa 2020-2024');
    expect(text).toContain('Nội dung đồ họa dạng chữ');
    expect(text).toContain('Năm 2024: 52.000 tấn.');
    expect(text).toContain(`Video: toasoan-vid-${HASH.slice(0, 40)}.mp4 (3:07)`);
    expect(html.match(/<img /g)).toHaveLength(4);
  });

  it('print: the same parts, the text version open, every picture resolved', async () => {
    const doc = article();
    expect(imageIdsOf(doc, null)).toEqual(['p2', 'p1', 'g1', 'v1']);
    const html = await articleHtmlDocument(doc, (id) => `blob:${id}`, PRINT_MEDIA);
    expect(html).toContain('<figcaption>Gặt lúa<small data-credit> (Ảnh: Chí Tâm)</small></figcaption>');
    expect(html).toContain('<figcaption>Mô tả ảnh cho người đọc không xem được ảnh: Sản lượng lúa 2020-2024</figcaption>');
    expect(html).toContain('<details open><summary>Nội dung đồ họa dạng chữ</summary><p>Năm 2024: 52.000 tấn.</p></details>');
    expect(html).toContain(`<figure data-video><img src="blob:v1" alt=""><figcaption>Lễ hội<br>Video: toasoan-vid-${HASH.slice(0, 40)}.mp4 (3:07)</figcaption></figure>`);
    expect(html).not.toContain('<video');
  });

  it('comments on a whole gallery and video: Word comments around their paragraphs, print notes beside them', async () => {
    const doc = article();
    const body = doc.getXmlFragment('body');
    const names = body.toArray().map((n) => (n as Y.XmlElement).nodeName);
    const by = { authorId: 'r', author: 'Lê Văn Duyệt', role: 'reviewer' };
    const onGallery = addThread(doc, { ...anchorOnNode(body, names.indexOf('gallery')), quote: 'Bộ ảnh 2 ảnh', text: 'Thiếu ảnh toàn cảnh.', by, at: '2026-01-01T00:00:00Z' });
    addThread(doc, { ...anchorOnNode(body, names.indexOf('video')), quote: 'Video: Lễ hội', text: 'Cắt bớt đoạn đầu.', by, at: '2026-01-01T00:01:00Z' });
    expect(onGallery).toBeTruthy();

    const blob = await articleToDocx(doc, async () => ({ type: 'png', data: PNG, width: 1, height: 1 }));
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const comments = strFromU8(files['word/comments.xml']!);
    expect(comments).toContain('Thiếu ảnh toàn cảnh.');
    expect(comments).toContain('Cắt bớt đoạn đầu.');
    const xml = strFromU8(files['word/document.xml']!);
    const paragraphs = xml.split('</w:p>');
    const where = (mark: string) => paragraphs.findIndex((p) => p.includes(mark));
    const text = (i: number) => (paragraphs[i] ?? '').replace(/<[^>]+>/g, '');
    // Gallery (comment 0): opens in the first photo's picture paragraph, closes after the last photo's caption.
    expect(paragraphs[where('<w:commentRangeStart w:id="0"/>')]).toContain('<w:drawing>');
    expect(text(where('<w:commentRangeEnd w:id="0"/>'))).toBe('Phơi thóc');
    expect(where('<w:commentRangeEnd w:id="0"/>')).toBeGreaterThan(where('<w:commentRangeStart w:id="0"/>') + 2);
    // Video (comment 1): its poster, then the caption and file line.
    expect(paragraphs[where('<w:commentRangeStart w:id="1"/>')]).toContain('<w:drawing>');
    expect(text(where('<w:commentRangeEnd w:id="1"/>'))).toContain('Lễ hội');
    expect(text(where('<w:commentRangeEnd w:id="1"/>'))).toContain('toasoan-vid-');
    expect(xml.match(/<w:commentReference w:id="\d+"\/>/g)).toHaveLength(2);

    const page = new DOMParser().parseFromString(withMarginComments(await articleHtmlDocument(doc, (id) => `blob:${id}`, PRINT_MEDIA), doc), 'text/html');
    const children = [...page.querySelector('.portal-body')!.children];
    const notes = children.flatMap((c, i) => (c.tagName === 'ASIDE' ? [`${c.querySelector('q')!.textContent} → ${children[i + 1]!.outerHTML.match(/^<figure data-[a-z]+/)![0]}`] : []));
    expect(notes).toEqual(['Bộ ảnh 2 ảnh → <figure data-gallery', 'Video: Lễ hội → <figure data-video']);
  });
});

// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyExtensions, lineExtensions } from '../../../editor/extensions';
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
});

// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { META_MAP } from '../../../../common/article/layout';
import { bodyExtensions, lineExtensions } from '../../../editor/extensions';
import { articleToDocx } from './export-docx';
import { fileNameFor } from './article-parts';

// 1×1 PNG.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function article(): Y.Doc {
  const doc = new Y.Doc();
  const editors = [
    new Editor({ extensions: lineExtensions({ collaboration: { document: doc, field: 'title' } }) }),
    new Editor({ extensions: lineExtensions({ collaboration: { document: doc, field: 'sapo' } }) }),
    new Editor({ extensions: bodyExtensions({ collaboration: { document: doc, field: 'body' } }) }),
  ];
  // With collaboration the Y.Doc is the source: content goes in through commands.
  editors[0]!.commands.setContent('<p>Tổng kết năm 2025</p>');
  editors[1]!.commands.setContent('<p>Sapo của bài.</p>');
  editors[2]!.commands.setContent(
    '<h2>Kết quả</h2><p>Thu <strong>vượt</strong> <em>kế hoạch</em>, xem <a href="https://tanthanh.gov.vn/">cổng</a>.</p>' +
      '<ul><li>Một</li><li>Hai</li></ul><ol><li>Thứ nhất</li></ol><blockquote><p>Trích dẫn</p></blockquote><hr>' +
      '<table><tbody><tr><th>Xã</th><th>Số hộ</th></tr><tr><td>Tân Bình</td><td>320</td></tr></tbody></table>' +
      '<figure><img src="x" alt="" data-image-id="img1"><figcaption>Ảnh: Chí Tâm</figcaption></figure>' +
      '<figure><img src="x" alt="" data-image-id="gone"><figcaption>Ảnh đã mất</figcaption></figure>',
  );
  doc.getMap(META_MAP).set('byline', 'Ngọc Diệu - Chí Tâm');
  doc.getMap(META_MAP).set('source', 'Ban Tuyên giáo');
  for (const e of editors) e.destroy();
  return doc;
}

describe('articleToDocx', () => {
  it('writes title, sapo, every block, images and byline into a Word file', async () => {
    const loaded: string[] = [];
    const blob = await articleToDocx(article(), async (id) => {
      loaded.push(id);
      return id === 'img1' ? { type: 'png', data: PNG, width: 1, height: 1 } : null;
    });
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await blob.arrayBuffer()) });
    expect(loaded).toEqual(['img1', 'gone']);
    expect(html).toContain('Tổng kết năm 2025');
    expect(html).toContain('<strong>Sapo của bài.</strong>');
    expect(html).toContain('<h2>Kết quả</h2>');
    expect(html).toContain('<strong>vượt</strong>');
    expect(html).toContain('<em>kế hoạch</em>');
    expect(html).toContain('<a href="https://tanthanh.gov.vn/">cổng</a>');
    expect(html).toMatch(/<ul><li>Một<\/li><li>Hai<\/li><\/ul>/);
    expect(html).toMatch(/<ol><li>Thứ nhất<\/li><\/ol>/);
    expect(html).toContain('Trích dẫn');
    expect(html).toMatch(/<table>.*Tân Bình.*<\/table>/);
    expect(html).toMatch(/<img src="data:image\/png;base64,/);
    expect(html).toContain('Ảnh: Chí Tâm');
    expect(html).toContain('Ảnh đã mất');
    expect(html).toContain('Ngọc Diệu - Chí Tâm');
    expect(html).toContain('Nguồn: Ban Tuyên giáo');
  });

  it('names files after the title without diacritics', () => {
    expect(fileNameFor('Đường về Tân Thạnh: 25/11', 'bai-viet', 'docx')).toBe('duong-ve-tan-thanh-25-11.docx');
    expect(fileNameFor('  ', 'bai-viet', 'html')).toBe('bai-viet.html');
  });
});

// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { META_MAP, metaKeys } from '../../common/article/layout';
import { articleBodyText, articleSapoText, articleTitleText, articleToHtml } from '../../common/article/to-html';
import { DraftsHarness } from '../../electron/services/drafts/testing/harness';
import { bodyExtensions, lineExtensions } from '../../renderer/editor/extensions';
import { articleToDocx } from '../../renderer/features/editor/export/export-docx';
import { importArticle, type ImportServices } from '../../renderer/features/import/import-article';

const FIXTURES = join(__dirname, '../fixtures/legacy');

let harness: DraftsHarness;
beforeEach(() => {
  harness = new DraftsHarness();
});
afterEach(() => harness.close());

/** The import over the real services (SQLite, images folder), as the app's client does it. */
function services(): ImportServices {
  return {
    read: (fileName, bytes) => harness.call('import.file', { fileName, data: Buffer.from(bytes).toString('base64') }),
    create: () => harness.call('drafts.create', {}),
    open: async (id) => Buffer.from((await harness.call('drafts.open', { id })).state, 'base64'),
    append: async (id, update) => {
      await harness.call('drafts.append', { id, update: Buffer.from(update).toString('base64') });
    },
    adopt: async (importId, articleId) => (await harness.call('import.adopt', { importId, articleId })).images.map((i) => i.imageId),
    // No canvas here: the display copy is the original itself (the app makes a smaller one).
    addDisplayCopy: async (articleId, imageId) => {
      const { data } = await harness.call('images.get', { articleId, imageId, variant: 'original' });
      await harness.call('images.putDisplay', { articleId, imageId, display: data });
    },
    discard: async (id) => {
      await harness.call('drafts.trash', { id });
      await harness.call('drafts.deleteForever', { id });
    },
  };
}

async function opened(id: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from((await harness.call('drafts.open', { id })).state, 'base64'));
  return doc;
}

/** A PNG of one colour, so that pictures can be told apart after the round trip. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (kind: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(kind), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

describe('opening a Word file as a new article', () => {
  it('imports the LibreOffice .docx in .VnTime/VNI fonts as NFC Unicode with its structure, picture and source file', async () => {
    const expected = readFileSync(join(FIXTURES, 'word-vntime.expected.txt'), 'utf8').trim().split('\n');
    const bytes = readFileSync(join(FIXTURES, 'word-vntime.docx'));
    const { articleId, file } = await importArticle({ name: 'hoi-nghi.docx', bytes }, services(), 'Chú thích');
    expect(file.legacy?.encoding).toBe('tcvn3');
    const doc = await opened(articleId);
    expect(articleTitleText(doc)).toBe(expected[0]);
    expect(articleSapoText(doc)).toBe(expected[1]);
    const body = articleBodyText(doc);
    expect(body.normalize('NFC')).toBe(body);
    for (const line of expected.slice(2)) expect(body).toContain(line);
    const html = articleToHtml(doc);
    expect(html).toContain(`<h2>${expected[3]}</h2>`);
    expect(html).toContain(`<ul><li>${expected[4]}</li><li>${expected[5]}</li></ul>`);
    expect(html).toContain('<a href="https://hoatien.gov.vn/"><em>Xem thêm</em></a>');
    expect(html).toContain('<h3>Chú thích</h3><ol><li>Số liệu của Chi cục Thống kê huyện.</li></ol>');
    expect(html).toMatch(/<table>[\s\S]*<\/table><figure><img src="toasoan-image:[0-9a-f-]+"[^>]*><figcaption>Quang cảnh hội nghị<\/figcaption><\/figure>/);
    const imageId = /toasoan-image:([0-9a-f-]+)/.exec(html)![1]!;
    expect((await harness.call('images.info', { articleId, imageId })).mime).toBe('image/png');
    expect(doc.getMap(META_MAP).get(metaKeys.importedFrom)).toBe('hoi-nghi.docx');
  });

  it('refuses a bad file before creating anything', async () => {
    const before = (await harness.call('drafts.list', {})).total;
    await expect(importArticle({ name: 'x.docx', bytes: Buffer.from('not a word file') }, services(), 'Chú thích')).rejects.toMatchObject({
      code: 'IMPORT_NOT_WORD',
    });
    expect((await harness.call('drafts.list', {})).total).toBe(before);
    expect((await harness.call('drafts.list', { view: 'trash' })).total).toBe(0);
  });

  it('round trip: a long article exported to .docx opens again with the same text, structure and pictures', async () => {
    const source = await harness.call('drafts.create', {});
    const colours: [number, number, number][] = [[200, 30, 30], [30, 160, 60], [40, 60, 200]];
    const ids: string[] = [];
    for (const rgb of colours) {
      ids.push((await harness.call('images.put', { articleId: source.id, original: png(40, 30, rgb).toString('base64') })).imageId);
    }
    const blocks: string[] = [];
    for (let section = 1; section <= 12; section++) {
      blocks.push(`<h2>Phần ${section}: kết quả thực hiện nhiệm vụ</h2>`);
      for (let p = 1; p <= 8; p++) {
        blocks.push(
          `<p>Đoạn ${section}.${p}: năm qua, <strong>UBND huyện</strong> đã chỉ đạo <em>quyết liệt</em> công tác chuyển đổi số, xây dựng nông thôn mới và giữ vững an ninh trật tự; xem <a href="https://tanthanh.gov.vn/">cổng thông tin</a>.</p>`,
        );
      }
      blocks.push('<h3>Chỉ tiêu chính</h3><ul><li>Thu ngân sách đạt 112%</li><li>Hộ nghèo giảm còn 0,8%</li></ul><ol><li>Hoàn thành chuyển đổi số</li><li>Giữ vững an ninh</li></ol>');
      blocks.push('<table><tbody><tr><th>Xã</th><th>Số hộ</th></tr><tr><td>Tân Bình</td><td>320</td></tr></tbody></table>');
      if (section <= 3) blocks.push(`<figure><img src="x" alt="" data-image-id="${ids[section - 1]}"><figcaption>Ảnh ${section}: hội nghị</figcaption></figure>`);
    }
    const doc = new Y.Doc();
    const editors = [
      new Editor({ extensions: lineExtensions({ collaboration: { document: doc, field: 'title' } }) }),
      new Editor({ extensions: lineExtensions({ collaboration: { document: doc, field: 'sapo' } }) }),
      new Editor({ extensions: bodyExtensions({ collaboration: { document: doc, field: 'body' } }) }),
    ];
    editors[0]!.commands.setContent('<p>Huyện Tân Thạnh tổng kết năm 2025</p>');
    editors[1]!.commands.setContent('<p>Sáng 25/11, UBND huyện tổ chức hội nghị tổng kết công tác năm 2025.</p>');
    editors[2]!.commands.setContent(blocks.join(''));
    for (const e of editors) e.destroy();

    const blob = await articleToDocx(doc, async (id) => {
      const { data } = await harness.call('images.get', { articleId: source.id, imageId: id, variant: 'original' });
      return { type: 'png', data: Buffer.from(data, 'base64'), width: 40, height: 30 };
    });
    const { articleId } = await importArticle({ name: 'tong-ket.docx', bytes: new Uint8Array(await blob.arrayBuffer()) }, services(), 'Chú thích');
    const back = await opened(articleId);

    expect(articleTitleText(back)).toBe(articleTitleText(doc));
    expect(articleSapoText(back)).toBe(articleSapoText(doc));
    expect(articleBodyText(back)).toBe(articleBodyText(doc));
    // Same HTML once picture ids (new ones, in the new article) are set aside.
    const anonymous = (html: string) => html.replace(/toasoan-image:[0-9a-f-]+/g, 'toasoan-image:*').replace(/data-image-id="[^"]+"/g, 'data-image-id="*"');
    expect(anonymous(articleToHtml(back))).toBe(anonymous(articleToHtml(doc)));
    // The pictures are the same pictures, in the same order.
    const newIds = [...articleToHtml(back).matchAll(/toasoan-image:([0-9a-f-]+)/g)].map((m) => m[1]!);
    expect(newIds).toHaveLength(3);
    for (const [i, id] of newIds.entries()) {
      const [a, b] = await Promise.all([
        harness.call('images.get', { articleId, imageId: id, variant: 'original' }),
        harness.call('images.get', { articleId: source.id, imageId: ids[i]!, variant: 'original' }),
      ]);
      expect(a.data).toBe(b.data);
    }
  });
});

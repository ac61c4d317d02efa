import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countWords, deriveArticle } from './derive';

function para(name: string, ...children: Array<Y.XmlText | Y.XmlElement>): Y.XmlElement {
  const el = new Y.XmlElement(name);
  el.insert(0, children);
  return el;
}

describe('deriveArticle', () => {
  it('reads pending suggestions as not yet made: insertions left out, deletions still counted', () => {
    const doc = new Y.Doc();
    const mark = (id: string) => ({ id: `s1|2026-12-04T09:00:00.000Z|reviewer|hub:3|${id}` });
    const sapo = new Y.XmlText('Sáng nay đoàn viên ra quân.');
    // "Sáng nay " + suggested insertion "hàng trăm " (2 words), on an overlapping mark name as y-prosemirror writes it.
    sapo.insert(9, 'hàng trăm ', { 'insertion--x1': mark('a') });
    const body = new Y.XmlText('Xã khánh thành cầu mới.');
    body.format(3, 11, { deletion: mark('b') }); // "khánh thành" suggested for deletion: still there
    body.insert(body.length, ' Thêm ba câu chữ.', { insertion: mark('c') });
    body.insert(0, '\u200B', { deletion: mark('d') }); // a joined paragraph's anchor
    doc.getXmlFragment('sapo').insert(0, [para('paragraph', sapo)]);
    doc.getXmlFragment('body').insert(0, [para('paragraph', body)]);
    const d = deriveArticle(doc);
    expect(d.sapo).toBe('Sáng nay đoàn viên ra quân.');
    expect(d.body).toBe('Xã khánh thành cầu mới.');
    expect(d.wordCount).toBe(6 + 5);
  });


  it('reads title, sapo, body and meta from the article layout', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment('title').insert(0, [para('paragraph', new Y.XmlText('  Xã Tân Thạnh  '))]);
    doc.getXmlFragment('sapo').insert(0, [para('paragraph', new Y.XmlText('Sáng 2/9, đoàn viên ra quân.'))]);
    const bold = new Y.XmlText('Đảng ủy');
    bold.format(0, 7, { bold: true });
    doc.getXmlFragment('body').insert(0, [
      para('heading', new Y.XmlText('Phần 1')),
      para('paragraph', bold, new Y.XmlText(' chỉ đạo'), para('hardBreak'), new Y.XmlText('dòng hai')),
      para('paragraph'),
      para('bulletList', para('listItem', para('paragraph', new Y.XmlText('mục một')))),
    ]);
    const meta = doc.getMap('meta');
    meta.set('byline', 'Ngọc Diệu - Chí Tâm');
    meta.set('category', 'Chính trị');
    meta.set('kind', 'phong_su');
    meta.set('status', 'in_review');
    const d = deriveArticle(doc);
    expect(d).toMatchObject({
      title: 'Xã Tân Thạnh',
      sapo: 'Sáng 2/9, đoàn viên ra quân.',
      byline: 'Ngọc Diệu - Chí Tâm',
      category: 'Chính trị',
      kind: 'phong_su',
      status: 'in_review',
    });
    expect(d.body).toBe('Phần 1\nĐảng ủy chỉ đạo\ndòng hai\nmục một');
    expect(d.wordCount).toBe(6 + 10);
  });

  it('falls back to safe values for an empty or odd document', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('kind', 'not-a-kind');
    doc.getMap('meta').set('byline', 42);
    expect(deriveArticle(doc)).toEqual({
      title: '', sapo: '', byline: '', category: '', kind: 'tin', status: 'draft', wordCount: 0, body: '',
    });
  });

  it('counts words, not punctuation', () => {
    expect(countWords('Hà Nội – ngày 2/9 , “vui” !')).toBe(5);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countWords, deriveArticle } from './derive';

function para(name: string, ...children: Array<Y.XmlText | Y.XmlElement>): Y.XmlElement {
  const el = new Y.XmlElement(name);
  el.insert(0, children);
  return el;
}

describe('deriveArticle', () => {
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

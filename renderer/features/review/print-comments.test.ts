// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../common/article/layout';
import { addThread, anchorInText, reply } from '../../../common/article/review-comments';
import { articleToHtml } from '../../../common/article/to-html';
import { withMarginComments } from './print-comments';

const by = { authorId: 'r', author: 'Lê Văn Duyệt', role: 'reviewer' };

describe('print preview: comments in the margin', () => {
  it('puts each open thread beside the block its passage starts in', () => {
    const doc = new Y.Doc();
    const body = doc.getXmlFragment(BODY_FRAGMENT);
    for (const text of ['Đoạn một <giữ nguyên>.', 'Xã đạt 19 tiêu chí.', 'Đoạn ba.']) {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(text)]);
      body.push([p]);
    }
    const second = (body.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    const id = addThread(doc, { ...anchorInText(second, 4, 18), quote: 'đạt 19 tiêu chí', text: 'Số liệu <chưa> khớp.', by, at: '2026-01-01T00:00:00Z' });
    reply(doc, id, 'Đã sửa.', { authorId: 'a', author: 'Ngọc Diệu', role: 'contributor' }, '2026-01-01T01:00:00Z');
    const html = `<!DOCTYPE html><html><head><title>T</title></head><body><article class="portal-article"><div class="portal-body">${articleToHtml(doc)}</div></article></body></html>`;
    const page = new DOMParser().parseFromString(withMarginComments(html, doc), 'text/html');
    const children = [...page.querySelector('.portal-body')!.children];
    expect(children.map((c) => c.tagName)).toEqual(['P', 'ASIDE', 'P', 'P']);
    expect(children[2]!.textContent).toBe('Xã đạt 19 tiêu chí.');
    const note = children[1]!;
    expect(note.querySelector('q')!.textContent).toBe('đạt 19 tiêu chí');
    expect([...note.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Lê Văn Duyệt: Số liệu <chưa> khớp.', 'Ngọc Diệu: Đã sửa.']);
    expect(page.querySelector('style')!.textContent).toContain('.margin-comment');
    // Without threads the page is unchanged.
    expect(withMarginComments(html, new Y.Doc())).toBe(html);
  });
});

// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleToHtml } from '../../common/article/to-html';
import { bodyExtensions } from './extensions';

let editors: Editor[] = [];
afterEach(() => {
  for (const e of editors) e.destroy();
  editors = [];
});

function bodyEditor(doc: Y.Doc): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: bodyExtensions({ collaboration: { document: doc, field: 'body' } }),
  });
  editors.push(editor);
  return editor;
}

/** HTML in → editor → Y.Doc → portal HTML out, and again through a second editor reading that Y.Doc. */
function roundTrip(html: string): { out: string; reopened: string } {
  const doc = new Y.Doc();
  const editor = bodyEditor(doc);
  editor.commands.setContent(html);
  const out = articleToHtml(doc);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const second = bodyEditor(copy);
  const again = new Y.Doc();
  const third = bodyEditor(again);
  third.commands.setContent(second.getHTML());
  return { out, reopened: articleToHtml(again) };
}

const cases: Record<string, string> = {
  paragraph: '<p>Sáng 25/11, UBND huyện tổ chức hội nghị.</p>',
  'empty paragraph between text': '<p>Một</p><p></p><p>Hai</p>',
  'heading 2': '<h2>Phát triển kinh tế</h2>',
  'heading 3': '<h3>Nông nghiệp</h3>',
  'heading 4': '<h4>Chi tiết</h4>',
  bold: '<p>Chữ <strong>đậm</strong> thường</p>',
  italic: '<p><em>nghiêng</em></p>',
  underline: '<p><u>gạch chân</u></p>',
  'nested marks': '<p><strong>đậm <em>và nghiêng</em></strong></p>',
  'http link': '<p>Xem <a href="https://tanthanh.gov.vn/tin-tuc">cổng</a>.</p>',
  'mailto link': '<p><a href="mailto:banbientap@tanthanh.gov.vn">thư</a></p>',
  'bullet list': '<ul><li>Một</li><li>Hai</li></ul>',
  'ordered list': '<ol><li>Một</li><li>Hai</li></ol>',
  'ordered list with start': '<ol start="4"><li>Bốn</li></ol>',
  'nested list': '<ul><li><p>Cha</p><ol><li>Con</li></ol></li></ul>',
  blockquote: '<blockquote><p>“Dân biết, dân bàn, dân làm, dân kiểm tra.”</p></blockquote>',
  'horizontal rule': '<p>Trên</p><hr><p>Dưới</p>',
  'hard break': '<p>Dòng một<br>Dòng hai</p>',
  table:
    '<table><tbody><tr><th>Xã</th><th>Số hộ</th></tr><tr><td>Tân Thạnh</td><td>1.204</td></tr></tbody></table>',
  'table with spans': '<table><tbody><tr><th colspan="2">Tổng</th></tr><tr><td>a</td><td>b</td></tr></tbody></table>',
  figure:
    '<figure><img src="toasoan-image:3f1c" alt="Cầu" data-image-id="3f1c"><figcaption>Cầu mới. Ảnh: <em>Chí Tâm</em></figcaption></figure>',
  'aligned paragraph': '<p style="text-align: center">Giữa</p><p style="text-align: right">Phải</p><p style="text-align: justify">Đều</p>',
  'aligned heading': '<h2 style="text-align: center">Giữa</h2>',
};

describe('body round trip: HTML in → document → HTML out, unchanged', () => {
  for (const [name, html] of Object.entries(cases)) {
    it(name, () => {
      const { out, reopened } = roundTrip(html);
      expect(out).toBe(html);
      expect(reopened).toBe(html);
    });
  }

  it('drops javascript: links but keeps their text', () => {
    expect(roundTrip('<p><a href="javascript:alert(1)">bấm</a></p>').out).toBe('<p>bấm</p>');
  });

  it('does not take a web page figure without an article image for one', () => {
    expect(roundTrip('<figure><img src="https://x/y.jpg"><figcaption>Chú thích</figcaption></figure>').out).toBe(
      '<p>Chú thích</p>',
    );
  });
});

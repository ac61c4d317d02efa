// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveArticle } from '../../../common/article/derive';
import { BODY_FRAGMENT, SAPO_FRAGMENT } from '../../../common/article/layout';
import { countText } from '../../../common/article/word-count';
import { lineExtensions } from '../../editor/extensions';
import { makeBodyEditor } from '../../editor/test-editor';
import { countedText } from './counts';

function editorsOn(doc: Y.Doc) {
  const element = document.createElement('div');
  document.body.append(element);
  const sapo = new Editor({ element, extensions: lineExtensions({ collaboration: { document: doc, field: SAPO_FRAGMENT } }) });
  const body = makeBodyEditor('', { collaboration: { document: doc, field: BODY_FRAGMENT } });
  return { sapo, body };
}

describe('the editor and the list count the same words', () => {
  it('gives the status bar and the drafts service the same number for one article', () => {
    const doc = new Y.Doc();
    const { sapo, body } = editorsOn(doc);
    sapo.commands.setContent('<p>Sáng 25/11, UBND huyện Tân Thạnh tổ chức hội nghị tổng kết năm 2026.</p>');
    body.commands.setContent(
      [
        '<h2>Kinh tế - xã hội tăng trưởng 8,5%</h2>',
        '<p>Thu nhập bình quân đạt 72,3 triệu đồng/người/năm; COVID-19 đã được kiểm soát; tỉ lệ hộ nghèo còn 1,2 %.</p>',
        '<ul><li><p>Xã Hậu Thạnh Đông – đạt chuẩn nông thôn mới nâng cao.</p></li><li><p>Thị trấn Tân Thạnh: 12.500 dân.</p></li></ul>',
        '<table><tbody><tr><th><p>Chỉ tiêu</p></th><th><p>Kết quả</p></th></tr><tr><td><p>Đường giao thông</p></td><td><p>35 km</p></td></tr></tbody></table>',
        '<p>“Vui” , ngày 2/9 !</p>',
      ].join(''),
    );
    const editorWords = countText(countedText(sapo, body)).words;
    const listWords = deriveArticle(doc).wordCount;
    expect(editorWords).toBe(listWords);
    // By hand: sapo 14 ("25/11" one word); heading 7 (the dash alone is none); "đồng/người/năm", "COVID-19",
    // "72,3" one each, "%" alone none: 19; list 11 + 6 ("12.500" one); table 2 + 2 + 3 + 2; last line 3.
    expect(listWords).toBe(14 + 7 + 19 + 11 + 6 + 9 + 3);
    sapo.destroy();
    body.destroy();
  });

  it('counts an empty article as zero in both', () => {
    const doc = new Y.Doc();
    const { sapo, body } = editorsOn(doc);
    expect(countText(countedText(sapo, body)).words).toBe(0);
    expect(deriveArticle(doc).wordCount).toBe(0);
  });
});

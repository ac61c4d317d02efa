import { Editor } from '@tiptap/core';
import * as Y from 'yjs';
import { META_MAP } from '../../../../../common/article/layout';
import { bodyExtensions, lineExtensions } from '../../../../editor/extensions';

const SENTENCES = [
  'Năm 2025, huyện Tân Thạnh tập trung chỉ đạo phát triển kinh tế nông nghiệp gắn với xây dựng nông thôn mới.',
  'Các xã đã huy động hơn 12 tỉ đồng từ người dân để làm đường giao thông nông thôn và kênh mương nội đồng.',
  'Ủy ban nhân dân huyện đánh giá cao tinh thần đoàn kết, sáng tạo của cán bộ và nhân dân trong năm qua.',
  'Bên cạnh kết quả đạt được, vẫn còn một số hạn chế cần khắc phục như tiến độ giải ngân vốn đầu tư công còn chậm.',
  'Trong thời gian tới, huyện tiếp tục đẩy mạnh chuyển đổi số, cải cách hành chính và nâng cao chất lượng phục vụ người dân.',
];

/** About `words` words of body text: headings, paragraphs, a list and a table with a header row. */
export function longArticleHtml(words = 3600): string {
  const parts: string[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    section++;
    parts.push(section % 3 === 0 ? `<h3>${section}. Nhiệm vụ cụ thể</h3>` : `<h2>${section}. Kết quả thực hiện</h2>`);
    for (let p = 0; p < 4 && count < words; p++) {
      const text = Array.from({ length: 4 }, (_, i) => SENTENCES[(section + p + i) % SENTENCES.length]).join(' ');
      count += text.split(/\s+/).length;
      parts.push(`<p>${text}</p>`);
    }
    if (section === 2) parts.push('<ul><li>Giao thông nông thôn</li><li>Thủy lợi nội đồng</li></ul>');
    if (section === 3) {
      parts.push('<table><tbody><tr><th>Xã</th><th>Số hộ</th></tr><tr><td>Tân Bình</td><td>320</td></tr><tr><td>Nhơn Hòa</td><td>275</td></tr></tbody></table>');
    }
  }
  return parts.join('');
}

/** A long article in a Y.Doc as the editor writes it: title, sapo, body, byline, source, keywords. */
export function longArticle(words = 3600): Y.Doc {
  const doc = new Y.Doc();
  const editors = [
    new Editor({ extensions: lineExtensions({ collaboration: { document: doc, field: 'title' } }) }),
    new Editor({ extensions: lineExtensions({ collaboration: { document: doc, field: 'sapo' } }) }),
    new Editor({ extensions: bodyExtensions({ collaboration: { document: doc, field: 'body' } }) }),
  ];
  editors[0]!.commands.setContent('<p>Tân Thạnh tổng kết năm 2025</p>');
  editors[1]!.commands.setContent('<p>Huyện hoàn thành 18 trên 20 chỉ tiêu kinh tế – xã hội của năm.</p>');
  editors[2]!.commands.setContent(longArticleHtml(words));
  for (const e of editors) e.destroy();
  const meta = doc.getMap(META_MAP);
  meta.set('byline', 'Ngọc Diệu - Chí Tâm');
  meta.set('source', 'Ban Tuyên giáo Huyện ủy');
  meta.set('tags', ['nông thôn mới', 'Tân Thạnh', 'tổng kết']);
  return doc;
}

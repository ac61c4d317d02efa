// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { cleanPastedHtml } from './clean-html';
import { toSingleLine } from './paste-cleanup';
import { makeBodyEditor } from '../test-editor';

const fixture = (name: string) => readFileSync(resolve('renderer/editor/paste/fixtures', name), 'utf8');

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** What the body would hold after pasting: cleaned, then parsed by the editor's schema. */
function pasted(html: string): string {
  editor = makeBodyEditor();
  editor.commands.setContent(cleanPastedHtml(html));
  return editor.getHTML();
}

describe('cleanPastedHtml', () => {
  it('turns Word HTML into clean structure', () => {
    const out = cleanPastedHtml(fixture('word.html'));
    expect(out).not.toMatch(/Mso|mso-|o:p|<span|<font|style="(?!text-align)|class=|lang=|<img|file:|xml|Times New Roman/);
    expect(out).toContain('<h2>Huyện Tân Thạnh tổng kết năm 2025</h2>');
    expect(out).toContain('<p style="text-align: center"><b>Ngọc Diệu - Chí Tâm</b></p>');
    expect(out).toContain('<b>UBND huyện Tân Thạnh</b>');
    expect(out).toContain('<i>tổng kết</i>');
    expect(out).toContain('<a href="https://tanthanh.longan.gov.vn/">cổng thông tin</a>');
    expect(out).toContain(
      '<ul><li>Thu ngân sách đạt 112% kế hoạch<ul><li>Thu nội địa tăng 8%</li></ul></li><li>Xây dựng 3 xã nông thôn mới nâng cao</li></ul>',
    );
    expect(out).toContain('<ol><li>Hoàn thành chuyển đổi số</li><li>Giữ vững an ninh trật tự</li></ol>');
    expect(out).toMatch(/<table>\s*<tbody>\s*<tr>\s*<td><p><b>Chỉ tiêu<\/b><\/p><\/td>/);
  });

  it('keeps the Word article readable in the editor', () => {
    const html = pasted(fixture('word.html'));
    expect(html).toContain('<h2>Huyện Tân Thạnh tổng kết năm 2025</h2>');
    expect(html).toContain('<p style="text-align: center;"><strong>Ngọc Diệu - Chí Tâm</strong></p>');
    expect(html).toMatch(/<ul><li><p>Thu ngân sách đạt 112% kế hoạch<\/p><ul><li><p>Thu nội địa tăng 8%<\/p><\/li><\/ul><\/li>/);
    expect(html).toContain('<ol><li><p>Hoàn thành chuyển đổi số</p></li>');
    expect(html).toContain('<strong>Kết quả</strong>');
    expect(html).not.toMatch(/·|&nbsp;&nbsp;/);
  });

  it('turns LibreOffice HTML into clean structure', () => {
    const out = cleanPastedHtml(fixture('libreoffice.html'));
    expect(out).not.toMatch(/<font|class=|Liberation|@page|<col/);
    expect(out).toContain('<h2>Phát triển nông nghiệp công nghệ cao</h2>');
    expect(out).toContain(
      '<p style="text-align: justify">Năm 2025, huyện có <b>1.200 ha</b> lúa ứng dụng <i>công nghệ cao</i>, <u>tăng 15%</u> so với cùng kỳ.</p>',
    );
    expect(out).toMatch(/<ol>\s*<li><p>Mở rộng cánh đồng lớn<\/p><\/li>/);
    expect(out).toContain('<p style="text-align: center"><strong><em>Ban Tuyên giáo</em></strong></p>');
    expect(out).toMatch(/<td><p>Tân Bình<\/p><\/td>/);
  });

  it('keeps a news page article and drops its trackers, scripts and styling', () => {
    const out = cleanPastedHtml(fixture('news-page.html'));
    expect(out).not.toMatch(/<img|pixel|<script|window\.ads|onclick|class=|target=|rel=|data-tracking|font-size/);
    expect(out).toContain('<h2>Khánh thành cầu Kênh Dương Văn Dương</h2>');
    expect(out).toContain('<a href="https://baolongan.vn/cau-kenh">Báo Long An</a>');
    expect(out).toContain('<strong>45 tỷ đồng</strong>');
    expect(out).toContain('<blockquote><p>Cây cầu giúp bà con đi lại thuận tiện hơn.</p></blockquote>');
    // A relative link has no address outside its site: only its text stays.
    expect(out).toContain('<li>Tin khác</li>');
    // The photo stays as a figure that only names its source (fetched later
    // into the article's folder); the 1×1 tracking pixel is gone.
    expect(out).toContain('<figure data-paste-src="https://cdn.example.vn/cau.jpg"><figcaption>Cầu mới thông xe. Ảnh: TTXVN</figcaption></figure>');
    const html = pasted(fixture('news-page.html'));
    expect(html).toContain('<figure data-paste-src="https://cdn.example.vn/cau.jpg"><figcaption>Cầu mới thông xe. Ảnh: TTXVN</figcaption></figure>');
    expect(html.match(/<figure/g)).toHaveLength(1);
  });

  it('keeps web and embedded pictures as figures to fetch, and drops pixels, hidden images and local files', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const out = cleanPastedHtml(
      `<p>Trước <img src="https://ubnd.example.vn/anh/le-khanh-thanh.jpg" alt="Lễ"> sau</p>` +
        `<p><img src="${png}"></p>` +
        `<p><img src="data:image/svg+xml;base64,PHN2Zz4="><img src="https://t.example.com/p.gif" width="1" height="1">` +
        `<img src="https://ads.example.com/x.jpg" style="display: none"><img src="https://t.example.com/q.gif" style="width:0px;height:0px">` +
        `<img src="file:///C:/Users/A/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg"><img src="hinh-tuong-doi.jpg">Cuối</p>`,
    );
    expect(out).toContain('<figure data-paste-src="https://ubnd.example.vn/anh/le-khanh-thanh.jpg"><figcaption></figcaption></figure>');
    expect(out).toContain(`<figure data-paste-src="${png}">`);
    expect(out.match(/<figure/g)).toHaveLength(2);
    expect(out).not.toMatch(/svg|t\.example|ads\.example|file:|tuong-doi|<img/);
    const html = pasted(out);
    expect(html).toContain('Trước');
    expect(html).toContain('Cuối');
    expect(html.match(/<figure data-paste-src=/g)).toHaveLength(2);
  });

  it('makes a hostile paste harmless', () => {
    const out = cleanPastedHtml(fixture('hostile.html'));
    expect(out).not.toMatch(/<script|<iframe|<svg|<img|<object|<embed|<form|<input|<button|<math|<style|<details/i);
    expect(out).not.toMatch(/\son\w+=/i);
    expect(out).not.toMatch(/javascript|data:/i);
    expect(out).toContain('bấm vào đây');
    expect(out).toContain('đoạn <b>đậm</b>');
    const html = pasted(fixture('hostile.html'));
    expect(html).not.toMatch(/<a |javascript|\son\w+=|<script/i);
  });

  it('normalises text to NFC', () => {
    expect(cleanPastedHtml('<p>Tie\u0302\u0301ng Vie\u0323\u0302t</p>')).toBe('<p>Tiếng Việt</p>');
  });

  it('flattens a paste into a one-line field without losing any paragraph', () => {
    expect(toSingleLine('<h1>Tiêu đề</h1><p>Đoạn <b>một</b></p><ul><li>hai</li></ul><script>x()</script>')).toBe(
      '<p>Tiêu đề Đoạn một hai</p>',
    );
  });
});

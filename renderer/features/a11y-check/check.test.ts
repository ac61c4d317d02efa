// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { bodyExtensions } from '../../editor/extensions';
import { checkArticle, type ArticleJson } from './check';

const doc = (...content: ArticleJson[]): ArticleJson => ({ type: 'doc', content });
const p = (...content: ArticleJson[]): ArticleJson => ({ type: 'paragraph', content });
const text = (t: string, marks?: ArticleJson['marks']): ArticleJson => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const link = (t: string, href: string) => text(t, [{ type: 'link', attrs: { href } }]);
const h = (level: number, t: string): ArticleJson => ({ type: 'heading', attrs: { level }, content: [text(t)] });
const figure = (alt: string, caption: string): ArticleJson => ({
  type: 'figure',
  attrs: { imageId: 'img1', alt },
  content: [{ type: 'figcaption', content: caption ? [text(caption)] : [] }],
});
const cell = (type: 'tableCell' | 'tableHeader', t: string): ArticleJson => ({ type, content: [p(text(t))] });
const table = (header: boolean): ArticleJson => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: [cell(header ? 'tableHeader' : 'tableCell', 'Xã'), cell(header ? 'tableHeader' : 'tableCell', 'Số hộ')] },
    { type: 'tableRow', content: [cell('tableCell', 'Tân Thạnh'), cell('tableCell', '120')] },
  ],
});
const codes = (body: ArticleJson, extra: { kind?: string; featuredImage?: { caption: string } | null } = {}) =>
  checkArticle({ body, ...extra }).map((f) => f.code);

describe('checkArticle', () => {
  it('finds nothing in a clean article', () => {
    const body = doc(p(text('UBND huyện tổ chức hội nghị.')), h(2, 'Kết quả'), h(3, 'Nông nghiệp'), h(2, 'Nhiệm vụ'), figure('Lãnh đạo huyện phát biểu', ''), table(true), p(link('Quyết định số 12/QĐ-UBND', 'https://example.test/qd12')));
    expect(checkArticle({ body, kind: 'tin', featuredImage: { caption: 'Toàn cảnh hội nghị' } })).toEqual([]);
  });

  it('an image needs alt text or a caption', () => {
    expect(codes(doc(figure('', '')))).toEqual(['image-alt']);
    expect(codes(doc(figure('', 'Toàn cảnh hội nghị')))).toEqual([]);
    expect(codes(doc(figure('', '')), { featuredImage: { caption: ' ' } })).toEqual(['featured-alt', 'image-alt']);
  });

  it('headings may not skip a level (the title is level 1)', () => {
    expect(codes(doc(h(3, 'Mục con')))).toEqual(['heading-skip']);
    const found = checkArticle({ body: doc(h(2, 'A'), h(4, 'B'), h(2, 'C'), h(3, 'D')) });
    expect(found).toEqual([expect.objectContaining({ code: 'heading-skip', from: 2, to: 4, fixLevel: 3 })]);
  });

  it('link text must say where it goes', () => {
    const found = checkArticle({
      body: doc(
        p(text('Xem quyết định '), link('tại đây', 'https://example.test/a'), text('.')),
        p(link('Xem thêm…', 'https://example.test/b')),
        p(link('https://example.test/c', 'https://example.test/c')),
        p(link('www.longan.gov.vn', 'https://www.longan.gov.vn')),
        p(link('Kế hoạch phòng chống lụt bão 2026', 'https://example.test/d')),
      ),
    });
    expect(found.map((f) => (f.code === 'link-text' ? f.text : f.code))).toEqual(['tại đây', 'Xem thêm…', 'https://example.test/c', 'www.longan.gov.vn']);
  });

  it('a table needs a header row', () => {
    expect(codes(doc(table(false)))).toEqual(['table-header']);
    expect(codes(doc(table(true)))).toEqual([]);
  });

  it('meaning carried by colour alone', () => {
    expect(codes(doc(p(text('Các xã có tên in màu đỏ chưa hoàn thành chỉ tiêu.'))))).toEqual(['color-only']);
    expect(codes(doc(p(text('Những ô tô màu vàng là số liệu ước tính.'))))).toEqual(['color-only']);
    expect(codes(doc(p(text('Xã đạt danh hiệu xanh, sạch, đẹp.'))))).toEqual([]);
    expect(codes(doc(p(text('Chú ý', [{ type: 'textStyle', attrs: { color: '#ff0000' } }]))))).toEqual(['color-only']);
  });

  it('an infographic needs its text version', () => {
    expect(codes(doc(figure('Đồ họa', 'Kết quả thu ngân sách')), { kind: 'do_hoa' })).toEqual(['infographic-text']);
    const long = Array.from({ length: 45 }, (_, i) => `từ${i}`).join(' ');
    expect(codes(doc(figure('Đồ họa', ''), p(text(long))), { kind: 'do_hoa' })).toEqual([]);
    expect(codes(doc(figure('Ảnh', '')), { kind: 'tin' })).toEqual([]);
  });

  it('positions match the editor document, so the caret can be put on each finding', () => {
    const editor = new Editor({ extensions: bodyExtensions() });
    editor.commands.setContent(
      '<p>Mở đầu.</p><h3>Nhảy cấp</h3><p>Bấm <a href="https://example.test/x">tại đây</a>.</p><table><tr><td>a</td><td>b</td></tr></table><p>Các ô tô màu vàng.</p>',
    );
    const found = checkArticle({ body: editor.getJSON() as ArticleJson });
    expect(found.map((f) => f.code)).toEqual(['heading-skip', 'link-text', 'table-header', 'color-only']);
    const at = (pos: number, end: number) => editor.state.doc.textBetween(pos, end);
    const skip = found[0]!;
    expect(editor.state.doc.nodeAt(skip.pos)?.type.name).toBe('heading');
    const linkFinding = found[1]!;
    if (linkFinding.code !== 'link-text') throw new Error('expected a link finding');
    expect(at(linkFinding.pos, linkFinding.end)).toBe('tại đây');
    expect(editor.state.doc.nodeAt(found[2]!.pos)?.type.name).toBe('table');
    const colour = found[3]!;
    if (colour.code !== 'color-only') throw new Error('expected a colour finding');
    expect(at(colour.pos, colour.end)).toBe('ô tô màu vàng');
    editor.destroy();
  });
});

import { describe, expect, it } from 'vitest';
import { defaultFindOptions, findInText, type FindOptions } from './find-text';

const opts = (o: Partial<FindOptions> = {}): FindOptions => ({ ...defaultFindOptions, ...o });
const texts = (text: string, query: string, o: Partial<FindOptions> = {}) => findInText(text, query, opts(o)).map(([s, e]) => text.slice(s, e));

describe('findInText', () => {
  it('finds "Tân Thạnh" from "tan thanh" when accents are ignored', () => {
    expect(texts('Xã Tân Thạnh và tân thành', 'tan thanh')).toEqual(['Tân Thạnh', 'tân thành']);
  });

  it('treats đ and Đ as d', () => {
    expect(texts('Đảng ủy xã đã họp', 'dang uy')).toEqual(['Đảng ủy']);
    expect(texts('Đảng ủy xã đã họp', 'da')).toEqual(['Đả', 'đã']);
  });

  it('with accents counted, finds only the same spelling (any case)', () => {
    expect(texts('Tân Thạnh, tân thành, TÂN THẠNH', 'tân thạnh', { ignoreAccents: false })).toEqual(['Tân Thạnh', 'TÂN THẠNH']);
  });

  it('match case keeps capitals apart, with or without accents', () => {
    expect(texts('Tân Thạnh, tân thạnh', 'Tan Thanh', { matchCase: true })).toEqual(['Tân Thạnh']);
    expect(texts('Tân Thạnh, tân thạnh', 'tân thạnh', { matchCase: true, ignoreAccents: false })).toEqual(['tân thạnh']);
    expect(texts('Đà Nẵng, đà nẵng', 'Da', { matchCase: true })).toEqual(['Đà']);
  });

  it('whole word skips matches inside longer words', () => {
    expect(texts('an toàn, an, bàn an ninh, nhàn', 'an', { wholeWord: true })).toEqual(['an', 'an', 'an']);
    expect(texts('an toàn, an, bàn an ninh, nhàn', 'an', { wholeWord: true, ignoreAccents: false }).length).toBe(3);
    expect(texts('nhàn an', 'an', { wholeWord: false })).toEqual(['àn', 'an']);
  });

  it('maps offsets back to the original when the text is NFD', () => {
    const nfd = 'Xã Tân Thạnh'.normalize('NFD');
    const found = findInText(nfd, 'tân thạnh', opts({ ignoreAccents: false }));
    expect(found).toHaveLength(1);
    const [start, end] = found[0]!;
    expect(nfd.slice(start, end).normalize('NFC')).toBe('Tân Thạnh');
    // The last letter's combining marks belong to the match, nothing more.
    expect(end).toBe(nfd.length);
    expect(texts(nfd, 'tan thanh').map((s) => s.normalize('NFC'))).toEqual(['Tân Thạnh']);
  });

  it('finds NFC text from an NFD query, and a match never starts or ends inside a character', () => {
    expect(texts('Thạnh', 'thạnh'.normalize('NFD'), { ignoreAccents: false })).toEqual(['Thạnh']);
    // "a" alone is not found inside an NFD "ạ" when accents count.
    expect(findInText('ạ'.normalize('NFD'), 'a', opts({ ignoreAccents: false }))).toEqual([]);
  });

  it('gives non-overlapping matches in order, and none for an empty query', () => {
    expect(findInText('aaaa', 'aa', opts())).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(findInText('abc', '', opts())).toEqual([]);
  });

  it('counts UTF-16 units as the editor does (emoji before the match)', () => {
    const text = '😀 Tân';
    expect(findInText(text, 'tan', opts())).toEqual([[3, 6]]);
  });
});

import { describe, expect, it } from 'vitest';
import { foldedQueryWords, markMatches, wordPattern } from './highlight';

const hits = (text: string, query: string) =>
  markMatches(text, wordPattern(foldedQueryWords(query)))
    .filter((p) => p.hit)
    .map((p) => p.text);

describe('search highlighting', () => {
  it('marks the original accented characters of an accent-free match', () => {
    expect(hits('Đảng ủy xã Tân Thạnh họp sơ kết', 'tan thanh')).toEqual(['Tân', 'Thạnh']);
    expect(hits('Đảng ủy xã Tân Thạnh', 'DANG UY')).toEqual(['Đảng', 'ủy']);
  });

  it('keeps every character, in order, hit or not', () => {
    const text = 'Sáng nay, Đảng ủy xã Tân Thạnh tổ chức hội nghị.';
    const parts = markMatches(text, wordPattern(foldedQueryWords('hoi ngh')));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['hội', 'nghị']);
  });

  it('matches from the start of a word only, the last word as a prefix', () => {
    expect(hits('Thanh niên và Tân Thạnh', 'thanh')).toEqual(['Thanh', 'Thạnh']);
    expect(hits('xã Tân Thạnh', 'anh')).toEqual([]);
    expect(hits('Thạnh Phú', 'thanh p')).toEqual(['Thạnh', 'Phú']);
  });

  it('cuts a window of the text and treats regex characters in the query as text', () => {
    expect(markMatches('abc Tân Thạnh xyz', wordPattern(['tan']), 4, 13)).toEqual([
      { text: 'Tân', hit: true },
      { text: ' Thạnh', hit: false },
    ]);
    expect(hits('a (b) c.*', '(b)')).toEqual(['b']);
    expect(markMatches('không có gì', wordPattern([]))).toEqual([{ text: 'không có gì', hit: false }]);
  });
});

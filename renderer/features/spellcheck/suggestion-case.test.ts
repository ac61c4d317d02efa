import { describe, expect, it } from 'vitest';
import { caseSuggestion } from './suggestion-case';

/** The suggestion for the first `word` in `text`, cased for its place. */
function fix(text: string, word: string, suggestion: string): string {
  const start = text.indexOf(word);
  return caseSuggestion(suggestion, text, start, start + word.length);
}

describe('caseSuggestion', () => {
  it('capitalises at the start of a sentence', () => {
    expect(fix('vieetj Nam đẹp.', 'vieetj', 'việt')).toBe('Việt');
    expect(fix('Trời mưa. nhieeuf nơi ngập.', 'nhieeuf', 'nhiều')).toBe('Nhiều');
  });

  it('gives "Việt" after "tiếng", at a sentence start or not', () => {
    expect(fix('Tiếng vieetj là ngôn ngữ.', 'vieetj', 'việt')).toBe('Việt');
    expect(fix('Học tiếng vieetj mỗi ngày.', 'vieetj', 'việt')).toBe('Việt');
    expect(fix('Người vieetj ở khắp nơi.', 'vieetj', 'việt')).toBe('Việt');
  });

  it('capitalises inside a proper name (after a capitalised word in mid-sentence)', () => {
    expect(fix('Hội nghị ở huyện Tân thajnh hôm qua.', 'thajnh', 'thạnh')).toBe('Thạnh');
  });

  it('follows the flagged word: capitals stay capitals', () => {
    expect(fix('UBND HUYỆN QUÁN TRIỆT CHỦ CHƯƠNG MỚI', 'CHƯƠNG', 'trương')).toBe('TRƯƠNG');
    expect(fix('Ông Vieetj đến.', 'Vieetj', 'việt')).toBe('Việt');
  });

  it('leaves a word in the middle of a sentence as the checker gives it', () => {
    expect(fix('Hôm nay trời ddepj quá.', 'ddepj', 'đẹp')).toBe('đẹp');
    // The second word of a sentence: the first word's capital says nothing about names.
    expect(fix('Hôm nahy trời đẹp.', 'nahy', 'nay')).toBe('nay');
    // After a line break (a new phrase), no name continues.
    expect(fix('Tân Thạnh, nhieeuf nơi.', 'nhieeuf', 'nhiều')).toBe('nhiều');
  });

  it('never takes a capital away from the suggestion', () => {
    expect(fix('Hôm nay Hà nội mưa.', 'nội', 'Nội')).toBe('Nội');
  });
});

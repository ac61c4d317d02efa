import { describe, expect, it } from 'vitest';
import { countText, countWords } from './word-count';
import { lengthLimits, lengthState, wordTarget } from './length-limits';

describe('countText', () => {
  it('counts syllables and numbers as words, not punctuation', () => {
    expect(countText('Sáng 25/11, UBND huyện Tân Thạnh – tổ chức hội nghị.')).toEqual({ words: 10, chars: 52 });
  });
  it('counts a decomposed letter once and ignores line breaks', () => {
    expect(countText('tie\u0302\u0301ng\nViệt')).toEqual({ words: 2, chars: 9 });
  });
  it('gives zero for an empty article', () => {
    expect(countText(' \n ')).toEqual({ words: 0, chars: 2 });
  });
});

describe('countWords', () => {
  it('counts hyphenated words, numbers with separators and a lone dash as a reader does', () => {
    expect(countWords('COVID-19 kinh tế - xã hội 12.500 72,3 đồng/người %')).toBe(8);
  });
  it('counts a decomposed syllable as one word', () => {
    expect(countWords('Vie\u0323\u0302t Nam')).toBe(2);
  });
});

describe('length limits', () => {
  it('warns only past the maximum of each field', () => {
    expect(lengthState('title', lengthLimits.title.max)).toBe('ok');
    expect(lengthState('title', lengthLimits.title.max + 1)).toBe('over');
    expect(lengthState('sapo', lengthLimits.sapo.max + 1)).toBe('over');
    expect(lengthLimits.title.recommended).toBeLessThan(lengthLimits.title.max);
  });
  it('has no word target for a kind without one or set to 0', () => {
    expect(wordTarget({ tin: 400, bai: 0 }, 'tin')).toBe(400);
    expect(wordTarget({ tin: 400, bai: 0 }, 'bai')).toBeNull();
    expect(wordTarget({}, 'anh')).toBeNull();
  });
});

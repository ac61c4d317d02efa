import { describe, expect, it } from 'vitest';
import { countText } from './word-count';

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

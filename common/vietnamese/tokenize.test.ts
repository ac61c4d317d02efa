import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('recognises abbreviations, numbers, dates and Roman numerals', () => {
    expect(kinds('UBND huyện, HĐND xã và TP.HCM ngày 12/3/2025 chi 1.250,5 tỷ, khóa XIV')).toEqual([
      'abbreviation:UBND', 'word:huyện', 'abbreviation:HĐND', 'word:xã', 'word:và', 'abbreviation:TP.HCM', 'word:ngày',
      'date:12/3/2025', 'word:chi', 'number:1.250,5', 'word:tỷ', 'word:khóa', 'roman:XIV',
    ]);
  });

  it('reads capitalised headline words with marks as words, not abbreviations', () => {
    expect(kinds('UBND HUYỆN TỔ CHỨC HỘI NGHỊ')).toEqual(['abbreviation:UBND', 'word:HUYỆN', 'word:TỔ', 'word:CHỨC', 'word:HỘI', 'word:NGHỊ']);
  });

  it('keeps URLs and e-mail addresses whole', () => {
    expect(kinds('Xem https://krongpac.gov.vn/tin-tuc. Gửi vanphong@krongpac.gov.vn nhé')).toEqual([
      'word:Xem', 'url:https://krongpac.gov.vn/tin-tuc', 'word:Gửi', 'email:vanphong@krongpac.gov.vn', 'word:nhé',
    ]);
  });

  it('marks capitalised words in mid-sentence as names and foreign shapes as foreign', () => {
    expect(kinds('Ông Nguyễn Văn Hòa dùng iPhone và Facebook')).toEqual([
      'word:Ông', 'name:Nguyễn', 'name:Văn', 'name:Hòa', 'word:dùng', 'foreign:iPhone', 'word:và', 'name:Facebook',
    ]);
  });

  it('gives UTF-16 offsets and notes sentence starts and breaks', () => {
    const t = tokenize('Xã Ea Kly. Năm nay, xã');
    expect(t.map((x) => [x.start, x.end])).toEqual([[0, 2], [3, 5], [6, 9], [11, 14], [15, 18], [20, 22]]);
    expect(t[3]).toMatchObject({ text: 'Năm', sentenceStart: true, kind: 'word' });
    expect(t[5]).toMatchObject({ text: 'xã', afterBreak: true, sentenceStart: false });
  });

  it('splits words joined by a missing space after a full stop', () => {
    expect(kinds('nhà.Tôi')).toEqual(['word:nhà', 'word:Tôi']);
  });
});

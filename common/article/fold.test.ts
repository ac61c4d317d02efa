import { describe, expect, it } from 'vitest';
import { foldVietnamese, hasDiacritics, vietnameseSortKey } from './fold';

describe('foldVietnamese', () => {
  it('removes diacritics, maps đ to d and lowers case', () => {
    expect(foldVietnamese('Tân Thạnh')).toBe('tan thanh');
    expect(foldVietnamese('Đảng ủy')).toBe('dang uy');
    expect(foldVietnamese('ĐƯỜNG Hồ Chí Minh, Quý IV')).toBe('duong ho chi minh, quy iv');
  });

  it('keeps the length of NFC text so offsets map back to the original', () => {
    const text = 'Ủy ban nhân dân xã Tân Thạnh — “Khỏe” 😀 ngày 2/9';
    expect(foldVietnamese(text)).toHaveLength(text.length);
  });

  it('tells accented from plain text', () => {
    expect(hasDiacritics('tan thanh')).toBe(false);
    expect(hasDiacritics('Tan Thanh')).toBe(false);
    expect(hasDiacritics('tân')).toBe(true);
    expect(hasDiacritics('dang uy đ')).toBe(true);
  });
});

describe('vietnameseSortKey', () => {
  const sort = (words: string[]) => [...words].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));
  it('orders letters as the Vietnamese alphabet does', () => {
    expect(sort(['đá', 'da', 'âm', 'ăn', 'an', 'bé', 'ơn', 'ôm', 'om', 'ưa', 'ua'])).toEqual([
      'an', 'ăn', 'âm', 'bé', 'da', 'đá', 'om', 'ôm', 'ơn', 'ua', 'ưa',
    ]);
  });
  it('puts digits and punctuation, typographic ones included, before letters', () => {
    expect(sort(['ba', '“Ăn”', '2025', '– a'])).toEqual(['2025', '– a', '“Ăn”', 'ba']);
  });
  it('orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sort(['mạ', 'má', 'mã', 'mả', 'mà', 'ma'])).toEqual(['ma', 'mà', 'mả', 'mã', 'má', 'mạ']);
  });
});

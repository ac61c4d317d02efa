import { describe, expect, it } from 'vitest';
import { composeSyllable, isWellFormed, keyOf, parseSyllable } from './syllable';

const wellFormed = (w: string) => {
  const s = parseSyllable(w);
  return s !== null && isWellFormed(s);
};

describe('syllable structure', () => {
  it('splits onset, rhyme and tone', () => {
    expect(parseSyllable('nghiêng')).toMatchObject({ onset: 'ngh', rhyme: 'iêng', coda: 'ng', tone: 0 });
    expect(parseSyllable('quốc')).toMatchObject({ onset: 'qu', rhyme: 'ôc', tone: 2 });
    expect(parseSyllable('giữa')).toMatchObject({ onset: 'gi', rhyme: 'ưa', tone: 4 });
    expect(parseSyllable('gìn')).toMatchObject({ onset: 'g', rhyme: 'in', tone: 1 });
  });

  it('accepts real syllables of every shape', () => {
    for (const w of ['a', 'ở', 'yêu', 'uỷ', 'khuya', 'khuỷu', 'người', 'nghiêng', 'quyết', 'giếng', 'hoạch', 'xoong', 'thuở', 'oanh', 'kỹ', 'gì']) {
      expect(wellFormed(w), w).toBe(true);
    }
  });

  it('applies the spelling rules c/k/q, g/gh and ng/ngh', () => {
    for (const w of ['ce', 'ka', 'ghá', 'gè', 'ngế', 'nghà', 'qa']) expect(wellFormed(w), w).toBe(false);
    for (const w of ['ke', 'ca', 'ghế', 'gà', 'nghệ', 'ngà', 'qua']) expect(wellFormed(w), w).toBe(true);
  });

  it('lets stop codas take only sắc or nặng', () => {
    expect(wellFormed('tich')).toBe(false);
    expect(wellFormed('tìch')).toBe(false);
    expect(wellFormed('tích')).toBe(true);
    expect(wellFormed('tịch')).toBe(true);
    expect(wellFormed('học')).toBe(true);
    expect(wellFormed('hỏc')).toBe(false);
  });

  it('rejects impossible rhymes and two tone marks', () => {
    for (const w of ['tuyeen', 'ngừời', 'bđa', 'xyz', 'phoăn', 'ă']) expect(wellFormed(w), w).toBe(false);
  });

  it('places the tone mark in the old or new style', () => {
    const hoa = parseSyllable('hoà')!;
    expect(composeSyllable(hoa, 'new')).toBe('hoà');
    expect(composeSyllable(hoa, 'old')).toBe('hòa');
    expect(composeSyllable(parseSyllable('thúy')!, 'new')).toBe('thuý');
    expect(composeSyllable(parseSyllable('ngừơi')!, 'old')).toBe('người');
    expect(composeSyllable(parseSyllable('hòang')!, 'old')).toBe('hoàng');
    expect(composeSyllable(parseSyllable('HÒA')!, 'new', 'HÒA')).toBe('HOÀ');
  });

  it('gives both tone placements and i/y spellings one key', () => {
    expect(keyOf('hòa')).toBe(keyOf('hoà'));
    expect(keyOf('ủy')).toBe(keyOf('uỷ'));
    expect(keyOf('Thúy')).toBe(keyOf('thuý'));
    expect(keyOf('lý')).toBe(keyOf('lí'));
    expect(keyOf('hòa')).not.toBe(keyOf('hoa'));
    // qui is the older spelling of quy (qui định, qui hoạch in published news): both are accepted.
    expect(keyOf('quý')).toBe(keyOf('quí'));
  });
});

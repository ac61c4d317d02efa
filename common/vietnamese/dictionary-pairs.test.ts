import { describe, expect, it } from 'vitest';
import { DictionaryPairs } from './dictionary-pairs';
import { DICTIONARY_PAIRS } from './data/dictionary-pairs';
import { keyOf } from './syllable';

describe('DictionaryPairs', () => {
  it('knows a pair in its order only', () => {
    const d = new DictionaryPairs('la cà\nquanh co');
    expect(d.has('la', 'cà')).toBe(true);
    expect(d.has('cà', 'la')).toBe(false);
    expect(d.has('co', 'một')).toBe(false);
    expect(d.size).toBe(2);
  });
  it('ships the Wiktionary pairs as syllable keys, without names', () => {
    const d = new DictionaryPairs(DICTIONARY_PAIRS);
    expect(d.size).toBeGreaterThan(20_000);
    expect(d.has(keyOf('quanh')!, keyOf('co')!)).toBe(true);
    expect(d.has(keyOf('hoàng')!, keyOf('cung')!)).toBe(true);
    for (const line of DICTIONARY_PAIRS.split('\n')) expect(line).toMatch(/^\S+ \S+$/u);
    expect(DICTIONARY_PAIRS).toBe(DICTIONARY_PAIRS.toLowerCase());
  });
});

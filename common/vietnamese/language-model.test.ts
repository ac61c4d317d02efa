import { afterEach, describe, expect, it } from 'vitest';
import { decodeLanguageModel, encodeLanguageModel, encodeTrigrams, LanguageModel } from './language-model';
import { LANGUAGE_MODEL } from './data/language-model';
import { SPELL_CONFIG } from './spell-config';

// A tiny corpus, counted by hand: "áo phao cứu", "áo pháo hoa", "bắn pháo hoa" and the like.
const unigrams: [string, number][] = [['áo', 40], ['phao', 12], ['pháo', 30], ['cứu', 20], ['hoa', 25], ['bắn', 10], ['sinh', 15]];
const bigrams: [string, string, number][] = [
  ['áo', 'phao', 10], ['áo', 'pháo', 3], ['phao', 'cứu', 9], ['pháo', 'hoa', 20], ['bắn', 'pháo', 8], ['cứu', 'sinh', 12],
];
const trigrams: [string, string, string, number][] = [['áo', 'phao', 'cứu', 8], ['bắn', 'pháo', 'hoa', 6], ['áo', 'pháo', 'hoa', 2], ['phao', 'cứu', 'sinh', 7]];

function model(withTrigrams: boolean): LanguageModel {
  const lm = new LanguageModel(encodeLanguageModel(unigrams, bigrams));
  if (withTrigrams) lm.useTrigrams(encodeTrigrams(unigrams, bigrams, trigrams));
  return lm;
}

describe('decodeLanguageModel', () => {
  it('gives back the counts that were encoded', () => {
    const [u, b] = decodeLanguageModel(encodeLanguageModel(unigrams, bigrams));
    expect(new Map(u)).toEqual(new Map(unigrams));
    expect(b.map(([x, y, n]) => `${x} ${y} ${n}`).sort()).toEqual(bigrams.map(([x, y, n]) => `${x} ${y} ${n}`).sort());
  });

  it('re-encodes the shipped model byte for byte (the build script adds corpora to it with --lm-base)', () => {
    const [u, b] = decodeLanguageModel(LANGUAGE_MODEL);
    expect(u.length).toBeGreaterThan(5000);
    expect(b.length).toBeGreaterThan(300_000);
    expect(encodeLanguageModel(u, b)).toBe(LANGUAGE_MODEL);
  });
});

describe('LanguageModel trigrams', () => {
  const saved = SPELL_CONFIG.lmTrigrams;
  afterEach(() => { SPELL_CONFIG.lmTrigrams = saved; });

  it('reads back every trigram count, and 0 for unseen ones', () => {
    const lm = model(true);
    for (const [a, x, c, n] of trigrams) expect(lm.trigramCount(a, x, c)).toBe(n);
    expect(lm.trigramCount('áo', 'pháo', 'cứu')).toBe(0);
    expect(lm.trigramCount('bắn', 'phao', 'cứu')).toBe(0);
    expect(lm.trigramCount('áo', 'phao', 'không-có')).toBe(0);
    // Bigram counts are untouched by the trigram table.
    expect(lm.pairCount('áo', 'phao')).toBe(10);
    expect(model(false).trigramCount('áo', 'phao', 'cứu')).toBe(0);
  });

  it('rejects a trigram whose pair is not shipped', () => {
    expect(() => encodeTrigrams(unigrams, bigrams, [['hoa', 'áo', 'phao', 3]])).toThrow(/no shipped bigram/);
  });

  it('gives the bigram score when off or when no triple was seen (mode 2)', () => {
    const bi = model(false);
    const tri = model(true);
    SPELL_CONFIG.lmTrigrams = 0;
    expect(tri.ratio('áo', 'phao', 'pháo', 'cứu')).toBe(bi.ratio('áo', 'phao', 'pháo', 'cứu'));
    SPELL_CONFIG.lmTrigrams = 2;
    // Neither "bắn phao sinh" nor "bắn pháo sinh" was seen: bigrams decide.
    expect(tri.ratio('bắn', 'phao', 'pháo', 'sinh')).toBe(bi.ratio('bắn', 'phao', 'pháo', 'sinh'));
  });

  it('lets the seen triple speak for the written syllable', () => {
    const bi = model(false);
    const tri = model(true);
    for (const mode of [1, 2]) {
      SPELL_CONFIG.lmTrigrams = mode;
      // "áo phao cứu" was seen 8 times and "áo pháo cứu" never: the trigram favours phao more than the bigrams do.
      expect(tri.ratio('áo', 'phao', 'pháo', 'cứu')).toBeLessThan(bi.ratio('áo', 'phao', 'pháo', 'cứu'));
      // …and "bắn pháo hoa" favours pháo over phao more.
      expect(tri.ratio('bắn', 'phao', 'pháo', 'hoa')).toBeGreaterThan(bi.ratio('bắn', 'phao', 'pháo', 'hoa'));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { plainVariants } from './candidates';
import { COMMON_WORD_LIST } from './common-words';
import { confusionCost } from './confusion';
import { loadLexicon } from './index';

describe('rare-for-common candidates', () => {
  // rareCandidates looks for common words among lex.near(plainVariants(x)) instead of scoring
  // every common word: that is only the same search if every common word within a finite
  // confusion cost of a syllable is in its near set.
  it('finds every common word of finite confusion cost among the near syllables', () => {
    const lex = loadLexicon();
    for (const k of COMMON_WORD_LIST) expect(lex.syllables.has(k), k).toBe(true);
    let reachable = 0;
    const missed: string[] = [];
    for (const key of lex.syllables) {
      const x = lex.shape(key);
      let near: Set<string> | null = null;
      for (const k of COMMON_WORD_LIST) {
        if (confusionCost(x, lex.shape(k)) === Infinity) continue;
        reachable++;
        near ??= lex.near(plainVariants(x));
        if (!near.has(k)) missed.push(`${key} → ${k}`);
      }
    }
    expect(missed).toEqual([]);
    // Not a vacuous check: 2,198 (syllable, common word) pairs are within reach (5 Dec 2026).
    expect(reachable).toBeGreaterThan(1000);
  });
});

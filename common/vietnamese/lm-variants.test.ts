import { describe, expect, it } from 'vitest';
import { LM_VARIANTS } from './data/lm-variants';
import { buildBuiltInLexicon, loadLexicon } from './index';
import { computeLmVariants, LmVariantTable } from './lm-variants';
import { SPELL_CONFIG } from './spell-config';

describe('precomputed language-model variants', () => {
  it('the shipped table is what the build computes from today\'s lexicon, model and costs (else: build-spell-data --variants)', () => {
    // Every seventh syllable (the whole table takes seconds, a minute on a loaded machine):
    // a change of costs, lexicon or model shows in any sizeable sample.
    const lex = buildBuiltInLexicon();
    const keys = [...lex.syllables].sort().filter((_, i) => i % 7 === 0);
    const table = new LmVariantTable(LM_VARIANTS);
    for (const key of keys) expect(table.lookup(lex, key), key).toEqual(computeLmVariants(lex, key));
    expect(LM_VARIANTS.slice(0, LM_VARIANTS.indexOf('\n'))).toBe(`${SPELL_CONFIG.lmMaxCost} ${SPELL_CONFIG.lmVariantMinCount} ${[...lex.syllables].filter((k) => lex.lm!.count(k) >= SPELL_CONFIG.lmVariantMinCount).length}`);
  }, 120_000);

  it('answers like the computation, and stands aside for other thresholds or a lexicon that gained a corpus syllable', () => {
    const lex = loadLexicon();
    const table = new LmVariantTable(LM_VARIANTS);
    for (const key of ['sẽ', 'trương', 'cũng', 'nghĩ']) expect(table.lookup(lex, key)).toEqual(computeLmVariants(lex, key));
    expect(table.lookup(lex, 'sẽ')!.map((v) => v.key)).toContain('sẻ');
    const saved = SPELL_CONFIG.lmMaxCost;
    SPELL_CONFIG.lmMaxCost = 1.2;
    try { expect(table.lookup(lex, 'sẽ')).toBeUndefined(); } finally { SPELL_CONFIG.lmMaxCost = saved; }
    // Built for a lexicon with one corpus syllable fewer or more: it no longer answers.
    const [head, ...rest] = LM_VARIANTS.split('\n');
    const [c, m, n] = head!.split(' ');
    const other = new LmVariantTable([`${c} ${m} ${Number(n) + 1}`, ...rest].join('\n'));
    expect(other.lookup(lex, 'sẽ')).toBeUndefined();
  });
});

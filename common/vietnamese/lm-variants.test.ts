import { describe, expect, it } from 'vitest';
import { LM_VARIANTS } from './data/lm-variants';
import { buildBuiltInLexicon, loadLexicon } from './index';
import { computeLmVariants, encodeLmVariants, LmVariantTable } from './lm-variants';
import { SPELL_CONFIG } from './spell-config';

describe('precomputed language-model variants', () => {
  it('the shipped table is what the build computes from today\'s lexicon, model and costs (else: build-spell-data --variants)', () => {
    expect(encodeLmVariants(buildBuiltInLexicon()) === LM_VARIANTS).toBe(true);
  }, 60_000);

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

/**
 * Thresholds of the spellchecker's corpus-based decisions, in one place.
 * Calibrated on the dev split of the real-text evaluation
 * (tests/spell-eval/real-corpus.ts), never on its test split.
 */
export const SPELL_CONFIG = {
  /**
   * Dirichlet smoothing of the bigram model: P(b | a) = (c(a b) + mu P(b)) / (c(a) + mu).
   * Larger values lean more on how common b is by itself.
   */
  lmSmoothing: 50,
  /**
   * A real-word (context) finding from the lexicon rules is reported only when
   * the language model prefers the suggested variant over the written syllable,
   * between the same neighbours, by at least this natural-log ratio.
   */
  contextMinRatio: 5,
  /** Extra ratio needed when only one neighbour is present. */
  contextOneSidedExtra: 0,
  /** The same for a rare syllable read as a common word (findRareForCommon). */
  rareMinRatio: 3,
  /** A doubled syllable seen doubled at least this often in the corpus is a reduplication (quen quen), not a typo. */
  reduplicationMinCount: 3,
  /** …and at least this share of the syllable's own occurrences ("qua qua" is a slip, "từ từ" is not). */
  reduplicationMinShare: 0.001,
  /** Extra evidence needed to change a capitalised word (a name, or the first word of a sentence). */
  contextNameExtra: 3,
  /** Language-model detector (findLikelyErrors): the largest confusion cost of a variant it considers. */
  lmMaxCost: 1.9,
  /** …and how often the variant must occur in the corpus to be proposed at all. */
  lmVariantMinCount: 20,
  /** Natural-log evidence a variant needs, after paying lmCostWeight per unit of confusion cost. */
  lmMinScore: 10,
  lmCostWeight: 2,
  /** Extra evidence needed when only one neighbour is present (start or end of a phrase). */
  lmOneSidedExtra: 2,
  /** A written pair seen this often in the corpus is trusted: the syllable is not questioned. */
  lmTrustedPairCount: 5,
  /** 1: with both neighbours present, the variant must have been seen next to each of them (0: off). */
  lmVariantBothSides: 0,
};

/**
 * Finding corrections. `forNonWord` searches the attested syllables for what
 * the writer probably meant; `forContext` looks for a real-word error in a
 * pair of syllables that is not a known word while a near variant is.
 */
import { confusionCost, shapeOf, type Shape } from './confusion';
import type { Lexicon } from './lexicon';
import { SPELL_CONFIG } from './spell-config';

export interface Candidate {
  key: string;
  cost: number;
  /** Lower is better: confusion cost, less frequency and context support. */
  score: number;
}

/** Bonus for a candidate that forms a known pair with a neighbour. */
const CONTEXT_BONUS = SPELL_CONFIG.contextBonus;

function frequencyBonus(lex: Lexicon, key: string): number {
  return 0.18 * Math.log1p(lex.weightOf(key));
}

/**
 * Corrections for a word that is not an attested syllable, ranked by
 * confusion cost and frequency only (context is applied by `rankInContext`).
 */
export function forNonWord(lex: Lexicon, written: string, limit = 100): Candidate[] {
  const x = shapeOf(written);
  const out: Candidate[] = [];
  for (const key of lex.near(plainVariants(x))) {
    const cost = confusionCost(x, lex.shape(key));
    if (cost === Infinity) continue;
    out.push({ key, cost, score: cost - frequencyBonus(lex, key) });
  }
  out.sort((p, q) => p.score - q.score);
  return out.slice(0, limit);
}

const ONSET_SWAPS: Record<string, string[]> = {
  ch: ['tr'], tr: ['ch'], s: ['x'], x: ['s'], d: ['gi', 'r', 'v'], gi: ['d', 'r'], r: ['d', 'gi'], l: ['n'], n: ['l', 'nh'],
  v: ['d'], c: ['k', 'q'], k: ['c'], g: ['gh'], gh: ['g'], ng: ['ngh'], ngh: ['ng'], kh: ['h'], h: ['kh'], th: ['t'], t: ['th'], nh: ['n'], ph: ['p'], p: ['ph'],
};

/** Mark-less spellings to look up: the word itself and its onset/coda swaps. */
export function plainVariants(x: Shape): string[] {
  const out = [x.plain];
  const onset = x.plain.slice(0, x.onset.length);
  const rest = x.plain.slice(x.onset.length);
  for (const o of ONSET_SWAPS[onset] ?? []) out.push(o + rest);
  const m = /(ch|nh|ng|c|t|n|p)$/.exec(x.plain);
  if (m) {
    const stem = x.plain.slice(0, -m[1]!.length);
    for (const c of ['c', 't', 'ch', 'n', 'ng', 'nh', 'p']) if (c !== m[1]) out.push(stem + c);
  }
  return out;
}

/** Re-rank candidates by whether they form a known pair with a neighbour. */
export function rankInContext(lex: Lexicon, list: Candidate[], prev: string | null, next: string | null): Candidate[] {
  const ranked = list.map((c) => {
    const fits = (prev !== null && lex.hasPair(prev, c.key)) || (next !== null && lex.hasPair(c.key, next));
    return fits ? { ...c, score: c.score - CONTEXT_BONUS } : c;
  });
  ranked.sort((p, q) => p.score - q.score);
  return ranked;
}

/** The largest confusion cost accepted for a real-word error. */
const MAX_CONTEXT_COST = SPELL_CONFIG.contextMaxCost;

export interface ContextFinding {
  /** Variants of the first syllable that make a known pair with the second. */
  first: Candidate[];
  /** Variants of the second syllable that make a known pair with the first. */
  second: Candidate[];
}

/**
 * Given a pair (a, b) that is not a known pair, look for variants a' with
 * (a', b) known, or b' with (a, b') known.
 */
export function forContext(lex: Lexicon, a: string, b: string): ContextFinding | null {
  const first = variants(lex, a, lex.leftOf.get(b));
  const second = variants(lex, b, lex.rightOf.get(a));
  return first.length === 0 && second.length === 0 ? null : { first, second };
}

function variants(lex: Lexicon, written: string, options: string[] | undefined): Candidate[] {
  if (!options) return [];
  const x = lex.shape(written);
  const out: Candidate[] = [];
  for (const key of options) {
    const cost = confusionCost(x, lex.shape(key));
    if (cost > MAX_CONTEXT_COST || cost === 0) continue;
    out.push({ key, cost, score: cost - frequencyBonus(lex, key) });
  }
  out.sort((p, q) => p.score - q.score);
  return out;
}

/**
 * Learning from the newsroom's own text: syllables and adjacent pairs that
 * recur in published articles become known, so local names of places and
 * people (and the paper's usual collocations) stop being flagged.
 */
import type { Lexicon } from './lexicon';
import { normalize } from './normalize';
import { isWellFormed, keyOf, parseSyllable } from './syllable';
import { tokenize } from './tokenize';

export interface LearnOptions {
  /** How often a pair must occur before it counts as known. Default 2. */
  pairThreshold?: number;
  /** How often an unknown lower-case syllable must occur to be accepted. Default 3. */
  syllableThreshold?: number;
}

export interface LearnReport {
  texts: number;
  words: number;
  newSyllables: number;
  newPairs: number;
}

export function learnFromCorpus(lex: Lexicon, texts: Iterable<string>, options: LearnOptions = {}): LearnReport {
  const pairThreshold = options.pairThreshold ?? 2;
  const syllableThreshold = options.syllableThreshold ?? 3;
  const pairsBefore = lex.pairCount;
  const sylBefore = lex.syllables.size;
  const unknown = new Map<string, number>();
  let count = 0;
  let words = 0;
  for (const raw of texts) {
    count++;
    const tokens = tokenize(normalize(raw).text);
    let prev: string | null = null;
    for (const t of tokens) {
      const isWord = t.kind === 'word' || t.kind === 'name';
      const s = isWord ? parseSyllable(t.text) : null;
      const key = s && isWellFormed(s) ? keyOf(t.text) : null;
      if (!isWord || key === null) { prev = null; continue; }
      words++;
      if (!lex.syllables.has(key)) {
        // Names are capitalised and never flagged; lower-case words must recur to be trusted.
        const n = (unknown.get(key) ?? 0) + 1;
        unknown.set(key, n);
        if (t.kind === 'name' || n >= syllableThreshold) lex.addSyllables([t.text]);
      }
      if (prev !== null && !t.afterBreak) lex.countCorpusPair(prev, key, pairThreshold);
      prev = key;
    }
  }
  return { texts: count, words, newSyllables: lex.syllables.size - sylBefore, newPairs: lex.pairCount - pairsBefore };
}

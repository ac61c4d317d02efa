/**
 * The newsroom's own words, learnt from its published articles ("Học từ bài
 * đã đăng"): local names of places and people (capitalised runs of two to
 * four syllables: Tân Thạnh, Hậu Thạnh Đông), the paper's collocations
 * (frequent lower-case pairs the curated lexicon lacks) and words outside the
 * syllable list (units, local words). The counts are kept by the caller
 * (electron/services/spell-learn) so that learning is incremental: each new
 * article adds to them; `selectNewsroomWords` turns them into what the
 * checker takes (`createSpellchecker({ newsroom })`).
 */
import { normalize } from './normalize';
import { SPELL_CONFIG } from './spell-config';
import { isWellFormed, parseSyllable } from './syllable';
import { tokenize, type Token } from './tokenize';

export interface NewsroomCounts {
  /** Capitalised runs as written (NFC) → occurrences. */
  names: Record<string, number>;
  /** "a b" (lower case) → number of texts it occurs in. */
  pairs: Record<string, number>;
  /** Lower-case words that are not known syllables → number of texts. */
  words: Record<string, number>;
}

/** What the checker takes: entries become known words and pairs; words are accepted as written. */
export interface NewsroomWords {
  entries: string[];
  words: string[];
}

export interface NewsroomKnowledge {
  /** Is this (lower-case) word a known syllable? */
  isKnownWord(word: string): boolean;
  /** Is the pair already a known word or collocation? */
  isKnownPair(a: string, b: string): boolean;
}

export function emptyCounts(): NewsroomCounts {
  return { names: {}, pairs: {}, words: {} };
}

const isSyllable = (text: string): boolean => {
  const s = parseSyllable(text);
  return s !== null && isWellFormed(s);
};
const isCapitalised = (t: Token): boolean =>
  (t.kind === 'name' || t.kind === 'word') && t.text[0] !== t.text[0]!.toLowerCase() && t.text.slice(1) === t.text.slice(1).toLowerCase();
const add = (map: Record<string, number>, key: string) => {
  map[key] = (map[key] ?? 0) + 1;
};

/** Add one article's text (title, sapo and body, plain text) to the counts. */
export function countNewsroomText(counts: NewsroomCounts, raw: string, known: NewsroomKnowledge): void {
  const tokens = tokenize(normalize(raw).text);
  const pairsHere = new Set<string>();
  const wordsHere = new Set<string>();
  let run: Token[] = [];
  const endRun = () => {
    // Two to four syllables: longer capitalised runs are title-case headlines, not names.
    if (run.length >= 2 && run.length <= SPELL_CONFIG.learnNameMaxSyllables) add(counts.names, run.map((t) => t.text).join(' '));
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.afterBreak) endRun();
    if (isCapitalised(t) && isSyllable(t.text)) run.push(t);
    else endRun();
    if (t.kind !== 'word' || t.text !== t.text.toLowerCase()) continue;
    const lower = t.text;
    if (!known.isKnownWord(lower)) {
      // Words of letters only (units and local words, not typos of numbers and codes).
      if (/^\p{L}+$/u.test(lower)) wordsHere.add(lower);
      continue;
    }
    const prev = tokens[i - 1];
    if (prev && !t.afterBreak && prev.kind === 'word' && prev.text === prev.text.toLowerCase() && known.isKnownWord(prev.text)
      && !known.isKnownPair(prev.text, lower)) pairsHere.add(`${prev.text} ${lower}`);
  }
  endRun();
  for (const p of pairsHere) add(counts.pairs, p);
  for (const w of wordsHere) add(counts.words, w);
}

/** Keep the counts from growing without end: pairs seen in one text only go first. */
export function pruneCounts(counts: NewsroomCounts, maxPairs = SPELL_CONFIG.learnMaxStoredPairs): void {
  const keys = Object.keys(counts.pairs);
  if (keys.length <= maxPairs) return;
  for (const k of keys) if (counts.pairs[k]! < 2) delete counts.pairs[k];
}

/** What has been seen often enough to trust (thresholds in spell-config.ts). */
export function selectNewsroomWords(counts: NewsroomCounts): NewsroomWords {
  const cfg = SPELL_CONFIG;
  const names = Object.keys(counts.names).filter((n) => counts.names[n]! >= cfg.learnNameMinCount);
  const pairs = Object.keys(counts.pairs).filter((p) => counts.pairs[p]! >= cfg.learnPairMinTexts);
  const words = Object.keys(counts.words).filter((w) => counts.words[w]! >= cfg.learnWordMinTexts);
  return { entries: [...names.sort(), ...pairs.sort()], words: words.sort() };
}

/**
 * Checks that look at neighbouring words: doubled words and real-word
 * (context) errors. A pair of real syllables is suspect when it is not a
 * known word while a near variant of one of them is, and neither syllable
 * already belongs to a known word with its other neighbour (so ordinary
 * sequences of separate words are left alone).
 */
import { forContext, type ContextFinding } from './candidates';
import type { Lexicon } from './lexicon';
import { REDUPLICATION } from './reduplication';
import type { ToneStyle } from './syllable';
import type { Token } from './tokenize';
import type { IssueKind } from './types';
import { restyle } from './restyle';

export interface Word {
  token: Token;
  /** Key of a known syllable (or, for a misspelling, of its best guess). */
  key: string | null;
  /** The key is a guess for a misspelled word: use it as context only. */
  guessed: boolean;
  /** Capitalised in mid-sentence: a proper name or the head of a title. */
  name: boolean;
  /** An issue was raised on this word, or the user accepts it. */
  settled: boolean;
  /** Not a word (number, abbreviation, URL…): breaks the context. */
  barrier: boolean;
}

export type Raise = (start: number, end: number, kind: IssueKind, suggestions: string[]) => void;

/** Are words i and i+1 adjacent within one phrase? */
function joined(words: Word[], i: number): boolean {
  const a = words[i];
  const b = words[i + 1];
  return !!a && !!b && !a.barrier && !b.barrier && !b.token.afterBreak;
}

/** The key of the neighbour on one side, when it is joined to word i. */
export function neighbourKey(words: Word[], i: number, side: -1 | 1): string | null {
  const j = i + side;
  if (!joined(words, Math.min(i, j))) return null;
  return words[j]?.key ?? null;
}

export function findRepeats(words: Word[], raise: Raise): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!joined(words, i)) continue;
    const a = words[i]!;
    const b = words[i + 1]!;
    const lower = a.token.text.toLowerCase();
    if (lower !== b.token.text.toLowerCase() || REDUPLICATION.has(a.key ?? lower)) continue;
    if (a.settled || b.settled) continue;
    raise(a.token.start, b.token.end, 'repeated-word', [a.token.text]);
    a.settled = true;
    b.settled = true;
  }
}

export function findContextErrors(
  lex: Lexicon, cache: Map<string, unknown>, words: Word[], style: ToneStyle, raise: Raise,
): void {
  const known = (i: number): string | null => {
    const w = words[i];
    return w && w.key !== null ? w.key : null;
  };
  const pairAt = (i: number): boolean => {
    if (!joined(words, i)) return false;
    const a = known(i);
    const b = known(i + 1);
    return a !== null && b !== null && lex.hasPair(a, b);
  };
  for (let i = 0; i + 1 < words.length; i++) {
    if (!joined(words, i)) continue;
    const a = words[i]!;
    const b = words[i + 1]!;
    if (a.key === null || b.key === null || a.guessed || b.guessed) continue;
    if (b.name || lex.hasPair(a.key, b.key)) continue;
    // A syllable bound to its other neighbour belongs to that word, not to this pair.
    if (pairAt(i - 1) || pairAt(i + 1)) continue;
    const id = `${a.key} ${b.key}`;
    let finding = cache.get(id) as ContextFinding | null | undefined;
    if (finding === undefined) {
      finding = forContext(lex, a.key, b.key);
      cache.set(id, finding);
    }
    if (!finding) continue;
    // After a name, only the name's own spelling is in question (Phó Chỉ tịch).
    if (a.name && finding.position === 1) continue;
    const target = finding.position === 0 ? a : b;
    if (target.settled) continue;
    const text = target.token.text;
    const suggestions = finding.candidates.slice(0, 5).map((c) => restyle(lex.spell(c.key), style, text));
    raise(target.token.start, target.token.end, 'context', suggestions);
    target.settled = true;
  }
}

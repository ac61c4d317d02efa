/** Public types of the spellchecker (plain TypeScript, no runtime schema). */
import type { ToneStyle } from './syllable';

export type IssueKind =
  /** Not a Vietnamese syllable, or one that is never used. */
  | 'non-word'
  /** A real syllable that is wrong in its context (chủ chương → chủ trương). */
  | 'context'
  /** Telex or VNI keys left in the text (tuyeen, ddaoj, vie65t). */
  | 'input-method'
  /** A word typed without its marks (nguoi → người). */
  | 'missing-marks'
  /** The tone mark on the wrong vowel (ngừơi → người). */
  | 'tone-placement'
  /** The same word twice in a row (trang trang). */
  | 'repeated-word'
  /** Decomposed (NFD) letters that should be precomposed. */
  | 'unicode';

export interface Issue {
  /** UTF-16 offsets into the checked string, end exclusive. */
  start: number;
  end: number;
  /** The text between start and end, as written. */
  text: string;
  kind: IssueKind;
  /** Replacements for `text`, most likely first (may be empty). */
  suggestions: string[];
  /** Explanation for the editor, in Vietnamese. */
  message: string;
}

export interface SpellcheckerOptions {
  /** Tone placement used in suggestions: 'new' (hoà, thuý) or 'old' (hòa, thúy). Default: as the writer wrote. */
  style?: ToneStyle;
  /** Words and names the newsroom accepts (single syllables or phrases). */
  userWords?: Iterable<string>;
  /** Report decomposed (NFD) letters. Default true. */
  reportDecomposed?: boolean;
  /** Extra lexicon entries (multi-syllable words) to load besides the built-in ones. */
  extraEntries?: Iterable<string>;
  /** The newsroom's words learnt from its published articles (newsroom-words.ts): entries are known words, words are accepted. */
  newsroom?: { entries: readonly string[]; words: readonly string[] };
}

export interface CheckOptions {
  /** Per-article ignore list: words (any case, any tone style) not to report. */
  ignore?: Iterable<string>;
}

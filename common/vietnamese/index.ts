/**
 * Public API of the Vietnamese spellchecker. Pure TypeScript with no Node,
 * DOM or Electron API, so the editor can run it in a Web Worker.
 *
 *   const checker = createSpellchecker({ userWords: ['Krông Pắc'] });
 *   checker.checkParagraph('Phó Chỉ tịch UBND huyện chủ chương …');
 */
import { Spellchecker } from './checker';
import { ATTESTED_SYLLABLES } from './data/syllables';
import { LEXICON_BLOCKS } from './data/lexicon/index';
import { WARM_UP_TEXT } from './data/warm-up';
import { LANGUAGE_MODEL } from './data/language-model';
import { LanguageModel } from './language-model';
import { LM_VARIANTS } from './data/lm-variants';
import { LmVariantTable } from './lm-variants';
import { ACCEPTED_FORMS, ACCEPTED_SYLLABLES } from './data/variants';
import { learnFromCorpus, type LearnOptions, type LearnReport } from './learn';
import { Lexicon, parseEntries } from './lexicon';
import { keyOf } from './syllable';
import type { CheckOptions, Issue, SpellcheckerOptions } from './types';

export type { Issue, IssueKind, CheckOptions, SpellcheckerOptions } from './types';
export type { Token, TokenKind } from './tokenize';
export type { ToneStyle, Syllable } from './syllable';
export type { LearnOptions, LearnReport } from './learn';
export { normalize, toHouseStyle, toneStyleOf, type NormalizedText } from './normalize';
export { tokenize } from './tokenize';
export { parseSyllable, isWellFormed, composeSyllable } from './syllable';
export { decodeTelex, decodeVni } from './input-methods';
export { countNewsroomText, emptyCounts, pruneCounts, selectNewsroomWords, type NewsroomCounts, type NewsroomKnowledge, type NewsroomWords } from './newsroom-words';

export interface VietnameseSpellchecker {
  /** Check one paragraph; offsets are UTF-16 offsets into `text` as given. */
  checkParagraph(text: string, options?: CheckOptions): Issue[];
  /** Check several paragraphs (one list of issues each, as checkParagraph gives): faster for a whole article. */
  checkParagraphs(texts: readonly string[], options?: CheckOptions): Issue[][];
  /** Accept a word or phrase (the user dictionary). */
  addUserWord(word: string): void;
  /** Learn words and pair statistics from published articles (plain text). */
  learnFromCorpus(texts: Iterable<string>, options?: LearnOptions): LearnReport;
  /** Is this a known Vietnamese syllable (either tone style)? */
  isKnownSyllable(word: string): boolean;
  /** Is this pair of syllables part of a known word or collocation (curated, user or learnt)? */
  isKnownPair(a: string, b: string): boolean;
  /** Per-article session: an ignore list applied to every paragraph it checks. */
  article(ignore?: Iterable<string>): ArticleSession;
  /**
   * Check the built-in warm-up text `rounds` more times, dropping the per-word caches after each
   * (results are unaffected): the JIT compiles the checker before the user's first check. Loading
   * already does 3 rounds; the editor's worker does more while the app is idle.
   */
  warmUp(rounds: number): void;
}

export interface ArticleSession {
  ignore(word: string): void;
  checkParagraph(text: string): Issue[];
}

let sharedModel: LanguageModel | null = null;
let sharedVariants: LmVariantTable | null = null;

/**
 * The built-in language model. It is immutable: decoded once per process (the worker rebuilds the checker on
 * every new configuration). The evaluation may attach a trigram table to it (useTrigrams; none ships).
 */
export function builtInLanguageModel(): LanguageModel {
  sharedModel ??= new LanguageModel(LANGUAGE_MODEL);
  return sharedModel;
}

/** The built-in lexicon with its model, without the precomputed tables (what they are built from). */
export function buildBuiltInLexicon(extraEntries?: Iterable<string>): Lexicon {
  const lex = new Lexicon();
  lex.addSyllables(ATTESTED_SYLLABLES.split(' '));
  lex.addSyllables(ACCEPTED_SYLLABLES.split(/\s+/).filter(Boolean));
  // Blocks overlap (a word belongs to several domains): each entry is added once.
  const entries = new Set<string>();
  for (const block of LEXICON_BLOCKS) for (const entry of parseEntries(block)) entries.add(entry.toLowerCase());
  lex.addEntries(entries);
  lex.endBuiltIn();
  if (extraEntries) lex.addEntries(extraEntries);
  lex.lm = builtInLanguageModel();
  return lex;
}

/** Build the built-in lexicon (attested syllables + curated words), ready to check with. */
export function loadLexicon(extraEntries?: Iterable<string>): Lexicon {
  const lex = buildBuiltInLexicon(extraEntries);
  sharedVariants ??= new LmVariantTable(LM_VARIANTS);
  lex.variantTable = sharedVariants;
  lex.prepare();
  return lex;
}

export function createSpellchecker(options: SpellcheckerOptions = {}): VietnameseSpellchecker {
  const extra = options.newsroom ? [...(options.extraEntries ?? []), ...options.newsroom.entries] : options.extraEntries;
  const lex = loadLexicon(extra);
  const checker = new Spellchecker(lex, options);
  checker.acceptForms(ACCEPTED_FORMS.split(/\s+/).filter(Boolean));
  if (options.newsroom) checker.acceptForms(options.newsroom.words);
  checker.warmUp(WARM_UP_TEXT);
  return {
    checkParagraph: (text, o) => checker.checkParagraph(text, o),
    checkParagraphs: (texts, o) => checker.checkParagraphs(texts, o),
    addUserWord: (w) => checker.addUserWord(w),
    learnFromCorpus(texts, o) {
      const report = learnFromCorpus(lex, texts, o);
      checker.forget();
      return report;
    },
    isKnownSyllable(word) {
      return checker.isKnown(word);
    },
    isKnownPair(a, b) {
      const ka = keyOf(a.normalize('NFC').toLowerCase());
      const kb = keyOf(b.normalize('NFC').toLowerCase());
      return ka !== null && kb !== null && lex.hasPair(ka, kb);
    },
    warmUp(rounds) {
      checker.warmUp(WARM_UP_TEXT, rounds);
    },
    article(ignore) {
      const list = new Set<string>(ignore ?? []);
      return {
        ignore: (w) => { list.add(w); },
        checkParagraph: (text) => checker.checkParagraph(text, { ignore: list }),
      };
    },
  };
}

let shared: VietnameseSpellchecker | null = null;

/** Check a paragraph with a shared default checker (loaded on first use). */
export function checkParagraph(text: string, options?: CheckOptions): Issue[] {
  shared ??= createSpellchecker();
  return shared.checkParagraph(text, options);
}

/**
 * The spellchecker: turns a paragraph into issues. Work is per paragraph
 * (tokens, then each word, then each adjacent pair), with caches keyed by
 * word and pair so re-checking an edited paragraph costs little.
 */
import { hasVietnameseMark, skeleton } from './alphabet';
import { forNonWord, rankInContext, type Candidate } from './candidates';
import { adjacentKeys } from './confusion';
import { ENGLISH_TELEX_LOOKALIKES } from './data/english-lookalikes';
import { LOWER_CASE_ABBREVIATIONS } from './data/variants';
import { findContextErrors, findLikelyErrors, findRareForCommon, findRepeats, neighbourKey, type Raise, type RareCandidate, type VariantCache, type Word } from './context-check';
import { decodeTelex, decodeVni } from './input-methods';
import type { Lexicon } from './lexicon';
import { messageFor } from './messages';
import { hasDecomposedMarks, normalize, originalOffset, toneStyleOf, type NormalizedText } from './normalize';
import { composeSyllable, isWellFormed, keyOf, parseSyllable, type ToneStyle } from './syllable';
import { restyle } from './restyle';
import { SPELL_CONFIG } from './spell-config';
import { tokenize, type Token } from './tokenize';
import type { CheckOptions, Issue, IssueKind, SpellcheckerOptions } from './types';

const CHECKED = new Set(['word', 'name', 'foreign']);
/** Input-method keys that cannot be an accident of a foreign word or name (a w after a consonant is Telex ư: trwcj). */
const STRONG_INPUT_METHOD = /dd|aa|ee|oo|uw|ow|aw|[bcdđghklmnpqrstvx]w|[1-9]/i;
/** The largest confusion cost for a near word offered before a Telex/VNI reading that fits no neighbour. */
const MAX_SUPPORTED_COST = SPELL_CONFIG.supportedMaxCost;
/** Doubled vowels, dd and w: the Telex keys that a rare real syllable may be spelled with by accident. */
const TELEX_LETTERS = /dd|aa|ee|oo|uw|ow|aw/;

interface WordInfo {
  key: string | null;
  /** A known syllable. */
  known: boolean;
  /** Its tone mark sits where either tone style puts it. */
  placed: boolean;
  /** Known, never used by the lexicon, and spelled with Telex keys. */
  telexLike: boolean;
}

/** A Telex tone key between the vowels and a final consonant: the vowel it follows is at `index`. */
const TONE_KEY_BEFORE_CODA = /[aeiouy][sfrxj](?:ng|nh|ch|[nmctp])$/i;

/**
 * Is this a Telex reading by a tone key alone, with no doubled letter, w or digit? A tone key
 * typed last ("thanhf", not "taxi"), or one typed between the vowels and a final consonant
 * ("toafn", "lafm"). Such a reading may be an English word (if, box): see ENGLISH_TELEX_LOOKALIKES.
 */
export function toneKeySlip(text: string): boolean {
  const stem = parseSyllable(text.slice(0, -1));
  if (/[sfrxj]$/i.test(text) && stem !== null && isWellFormed({ ...stem, tone: 2 })) return true;
  const inner = TONE_KEY_BEFORE_CODA.exec(text);
  return inner !== null && parseSyllable(text.slice(0, inner.index + 1) + text.slice(inner.index + 2)) !== null;
}

/** Does `text` read, in Telex, as a syllable of `syllables` by a tone key alone (toneKeySlip)? */
export function toneKeyOnlyReading(text: string, syllables: ReadonlySet<string>): boolean {
  const decoded = decodeTelex(text);
  if (!decoded || decoded === text || STRONG_INPUT_METHOD.test(text)) return false;
  const k = keyOf(decoded);
  const parsed = parseSyllable(decoded);
  return !!k && syllables.has(k) && parsed !== null && isWellFormed(parsed) && toneKeySlip(text);
}

export class Spellchecker {
  private readonly nonWordCache = new Map<string, Candidate[]>();
  /** Per plain-letter token form: its adjacent-key readings (see slipReadings). */
  private readonly slipCache = new Map<string, string[]>();
  private readonly contextCache = new Map<string, unknown>();
  private readonly rareCache = new Map<string, RareCandidate[]>();
  private readonly variantCache: VariantCache = new Map();
  private readonly likelyCache = new Map<string, string[] | null>();
  private readonly userKeys = new Set<string>();
  private readonly userRaw = new Set<string>();
  private readonly acceptedForms = new Set<string>();
  /** Per lower-case word: its key, whether it is a known syllable, whether its tone mark is well placed. */
  private readonly wordInfo = new Map<string, WordInfo>();

  constructor(readonly lexicon: Lexicon, private readonly options: SpellcheckerOptions = {}) {
    if (options.userWords) for (const w of options.userWords) this.addUserWord(w);
  }

  /** Accept a word or phrase everywhere (the user dictionary). */
  addUserWord(word: string): void {
    const text = word.normalize('NFC').trim();
    if (!text) return;
    this.userRaw.add(text.toLowerCase());
    const parts = text.split(/\s+/);
    for (const p of parts) {
      this.userRaw.add(p.toLowerCase());
      const k = keyOf(p);
      if (k) this.userKeys.add(k);
    }
    if (parts.length > 1) this.lexicon.addEntries([text]);
    else this.lexicon.addSyllables([text]);
    this.forget();
  }

  /** Accept written forms as they are (closed loanwords such as ôtô, ki-lô-mét), in any case. */
  acceptForms(forms: Iterable<string>): void {
    for (const f of forms) this.acceptedForms.add(f.normalize('NFC').toLowerCase());
  }

  isKnown(word: string): boolean {
    const k = keyOf(word.normalize('NFC').toLowerCase());
    return k !== null && this.lexicon.syllables.has(k);
  }

  /**
   * Check a sample text a few times and forget the results: the checker's
   * code paths are compiled by the JIT during load instead of during the
   * user's first check. The per-word caches start empty afterwards.
   */
  warmUp(sample: string, rounds = 3): void {
    // Caches are dropped every round, so that the paths that fill them are compiled too.
    for (let r = 0; r < rounds; r++) {
      this.checkParagraph(sample);
      this.forget();
    }
  }

  /** Drop caches after the lexicon changed. */
  forget(): void {
    this.wordInfo.clear();
    this.contextCache.clear();
    this.rareCache.clear();
    this.variantCache.clear();
    this.likelyCache.clear();
    this.nonWordCache.clear();
    this.slipCache.clear();
  }

  checkParagraph(input: string, check: CheckOptions = {}): Issue[] {
    return this.checkParagraphs([input], check)[0]!;
  }

  /**
   * Check several paragraphs: the same issues as checking each alone (no rule
   * looks across a paragraph's start, which is a break), but each rule runs
   * once over the words of all of them. The first check of a long article
   * is then a few long loops, which the JIT compiles on the spot, instead of
   * each rule called once per paragraph (bench:spell --by-paragraph).
   */
  checkParagraphs(inputs: readonly string[], check: CheckOptions = {}): Issue[][] {
    const ignore = ignoreSet(check.ignore);
    const parts: Part[] = [];
    let words: Word[] = [];
    // Token offsets are shifted by each paragraph's base, so that `raise` can tell the paragraph.
    let base = 0;
    for (const input of inputs) {
      const norm = normalize(input);
      const own = tokenize(norm.text).map((t) => this.analyse(t, ignore));
      if (base > 0) for (const w of own) { w.token.start += base; w.token.end += base; }
      parts.push({ input, norm, words: own, base, issues: [], style: this.options.style });
      if (inputs.length === 1) words = own;
      else for (const w of own) words.push(w);
      base += norm.text.length + 1;
    }
    const raise: Raise = (start, end, kind, raw) => {
      const part = parts.length === 1 ? parts[0]! : partAt(parts, start);
      const ls = start - part.base;
      const le = end - part.base;
      const s = originalOffset(part.norm, ls);
      const e = originalOffset(part.norm, le);
      // The house style is worked out only when a suggestion needs it.
      part.style ??= paragraphStyle(part.words);
      const style = part.style;
      const written = part.norm.text.slice(ls, le);
      const suggestions = kind === 'unicode' || kind === 'repeated-word' ? raw : raw.map((w) => restyle(w, style, written));
      part.issues.push({ start: s, end: e, text: part.input.slice(s, e), kind, suggestions, message: messageFor(kind, suggestions[0]) });
    };

    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.settled) continue;
      const finding = this.wordIssue(words, i);
      if (!finding) continue;
      raise(w.token.start, w.token.end, finding.kind, finding.suggestions);
      w.settled = true;
    }
    findRepeats(this.lexicon, words, raise);
    findContextErrors(this.lexicon, this.contextCache, words, raise);
    findRareForCommon(this.lexicon, this.rareCache, words, raise);
    findLikelyErrors(this.lexicon, this.variantCache, this.likelyCache, words, raise);

    return parts.map((part) => {
      const { norm, input, issues } = part;
      if (norm.origin && this.options.reportDecomposed !== false) {
        const flagged = new Set(issues.map((i) => i.start));
        for (const w of part.words) {
          const s = originalOffset(norm, w.token.start - part.base);
          const e = originalOffset(norm, w.token.end - part.base);
          if (!flagged.has(s) && hasDecomposedMarks(input.slice(s, e))) raise(w.token.start, w.token.end, 'unicode', [w.token.text]);
        }
      }
      return issues.sort((a, b) => a.start - b.start);
    });
  }

  private analyse(token: Token, ignore: Set<string>): Word {
    const barrier = !CHECKED.has(token.kind);
    if (barrier) return { token, key: null, guessed: false, name: false, settled: true, barrier };
    const lower = token.text.toLowerCase();
    const { key, known } = this.info(lower);
    const accepted = this.acceptedForms.has(lower) || (ignore.size > 0 && (ignore.has(lower) || (key !== null && ignore.has(key))))
      || (this.userRaw.size > 0 && (this.userRaw.has(lower) || (key !== null && this.userKeys.has(key))));
    return { token, key: known || accepted ? key : null, guessed: false, name: token.kind === 'name', settled: accepted, barrier };
  }

  /** Issues that concern one word (with its neighbours as context for ranking). */
  private wordIssue(words: Word[], i: number): { kind: IssueKind; suggestions: string[] } | null {
    const w = words[i]!;
    const token = w.token;
    const text = token.text;
    const lower = text.toLowerCase();
    if (w.key !== null) {
      // A capitalised y spelling is a given name (Vy, Thy, My at the start of a sentence), not a slip.
      const iy = token.kind === 'word' && text[0] === lower[0] ? yForI(text) : null;
      if (iy) return { kind: 'non-word', suggestions: [iy] };
      const leftover = this.rareTelexLeftover(words, i);
      if (leftover) return { kind: 'input-method', suggestions: [leftover] };
      if (this.info(lower).placed) return null;
      return { kind: 'tone-placement', suggestions: [text] };
    }
    const decoded = decodeTelex(text) ?? decodeVni(text);
    if (decoded && decoded !== text) {
      const k = keyOf(decoded);
      const strong = STRONG_INPUT_METHOD.test(text);
      const plausible = strong || (toneKeySlip(text) && !w.name && token.kind !== 'foreign');
      if (k && this.lexicon.syllables.has(k) && isWellFormed(parseSyllable(decoded)!) && plausible) {
        w.key = k;
        w.guessed = true;
        const suggestions = this.inputMethodSuggestions(words, i, lower, decoded, k);
        // A tone key alone (if → ì, box → bõ) may be an English word: the reading, or a near
        // word offered instead, must fit a neighbour.
        if (strong || suggestions[0] !== decoded || this.fitsNeighbour(words, i, k)) return { kind: 'input-method', suggestions };
        // A plain-letter token no English word spells (bachs, nois, timf): a tone key left in,
        // unless the neighbours support an adjacent-key slip better (canf → cang: f is next to g).
        // Marked tokens (cũnf, đanf) go on to the non-word rules below, as before.
        if (!hasVietnameseMark(text) && !ENGLISH_TELEX_LOOKALIKES.has(lower)) {
          const slips = this.slipsInContext(words, i, lower);
          if (slips.length === 0) return { kind: 'input-method', suggestions };
          w.key = slips[0]!;
          return { kind: 'non-word', suggestions: [...new Set([...slips.map((key) => this.lexicon.spell(key)), ...suggestions])].slice(0, 5) };
        }
        w.key = null;
        w.guessed = false;
      }
    }
    // Capitalised words that are not syllables are names (Đắk Lắk, Krông Pắc); others are foreign.
    if (token.kind !== 'word' || /\d/.test(text) || text[0] !== lower[0]) return null;
    const plainAscii = !hasVietnameseMark(text);
    // Lower-case abbreviations (hđnd, tđ) have no vowel: not a misspelled syllable,
    // unless the corpus shows a key slip of a syllable between its neighbours (vs → và).
    if (!/[aeiouyăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/.test(lower)) return this.keySlip(words, i, lower);
    // Units and foreign words (km, kg, online): no vowel, or too long to be one syllable.
    if (plainAscii && (!/[aeiouy]/.test(lower) || lower.length > 7)) return this.keySlip(words, i, lower);
    const prev = neighbourKey(words, i, -1);
    const next = neighbourKey(words, i, 1);
    let list = this.nonWordCandidates(lower);
    // A word without any mark is usually a word typed without marks; other
    // readings need a neighbour that they fit.
    if (plainAscii) {
      const fits = (k: string) => (prev !== null && this.lexicon.hasPair(prev, k)) || (next !== null && this.lexicon.hasPair(k, next));
      list = list.filter((c) => skeleton(c.key) === lower || (c.cost <= 1.9 && fits(c.key)));
    }
    if (plainAscii && list.length === 0) return this.keySlip(words, i, lower);
    const ranked = rankInContext(this.lexicon, list, prev, next);
    if (ranked[0]) { w.key = ranked[0].key; w.guessed = true; }
    const suggestions = ranked.slice(0, 5).map((c) => this.lexicon.spell(c.key));
    return { kind: plainAscii ? 'missing-marks' : 'non-word', suggestions };
  }

  /**
   * The Telex/VNI reading first, unless it fits neither neighbour while a
   * near word does: "thieeu niên" (the tone was forgotten too) → thiếu,
   * "quốc gis" (s next to a) → gia.
   */
  private inputMethodSuggestions(words: Word[], i: number, lower: string, decoded: string, key: string): string[] {
    const prev = neighbourKey(words, i, -1);
    const next = neighbourKey(words, i, 1);
    const fits = (k: string) => (prev !== null && this.lexicon.hasPair(prev, k)) || (next !== null && this.lexicon.hasPair(k, next));
    // A tone key the writer typed on purpose (vie65t, ve62) is not second-guessed.
    const toneTyped = STRONG_INPUT_METHOD.test(lower) && parseSyllable(decoded)!.tone !== 0;
    if (toneTyped || fits(key) || (prev === null && next === null)) return [decoded];
    const near = [...this.nonWordCandidates(decoded.toLowerCase()), ...this.nonWordCandidates(lower)]
      .filter((c) => c.key !== key && c.cost <= MAX_SUPPORTED_COST && fits(c.key));
    const better = rankInContext(this.lexicon, near, prev, next).slice(0, 2);
    if (better.length === 0) return [decoded];
    words[i]!.key = better[0]!.key;
    return [...new Set([...better.map((c) => this.lexicon.spell(c.key)), decoded])];
  }

  /**
   * A rare syllable that only exists as a Telex spelling of a common one
   * ("coong" for "công", "ddaau"): the lexicon never uses it, its neighbours
   * do not pair with it, and its Telex reading pairs with a neighbour.
   */
  private rareTelexLeftover(words: Word[], i: number): string | null {
    const w = words[i]!;
    const text = w.token.text;
    if (w.name || w.token.kind !== 'word' || !this.info(text.toLowerCase()).telexLike) return null;
    const decoded = decodeTelex(text);
    const k = decoded === null ? null : keyOf(decoded);
    if (k === null || this.lexicon.weightOf(k) === 0) return null;
    const prev = neighbourKey(words, i, -1);
    const next = neighbourKey(words, i, 1);
    const pairs = (key: string) => (prev !== null && this.lexicon.hasPair(prev, key)) || (next !== null && this.lexicon.hasPair(key, next));
    if (pairs(w.key!) || !pairs(k)) return null;
    w.key = k;
    w.guessed = true;
    return decoded;
  }

  /** Does `key` form a known pair, or a pair seen in real text, with a neighbour of word i? */
  private fitsNeighbour(words: Word[], i: number, key: string): boolean {
    const prev = neighbourKey(words, i, -1);
    const next = neighbourKey(words, i, 1);
    const lm = this.lexicon.lm;
    return (prev !== null && (this.lexicon.hasPair(prev, key) || (lm !== null && lm.pairCount(prev, key) > 0)))
      || (next !== null && (this.lexicon.hasPair(key, next) || (lm !== null && lm.pairCount(key, next) > 0)));
  }

  private info(lower: string): WordInfo {
    let info = this.wordInfo.get(lower);
    if (!info) {
      const key = keyOf(lower);
      // The lexicon's own spelling of a key is well placed: no need to parse it again.
      const s = key === null || this.lexicon.display.get(key) === lower ? null : parseSyllable(lower);
      // Attested loan syllables (buýt, camera) count even where the phonology would not allow them.
      const known = key !== null && this.lexicon.syllables.has(key);
      const placed = s === null || lower === composeSyllable(s, 'new') || lower === composeSyllable(s, 'old');
      // A syllable the lexicon never uses, spelled with Telex keys (coong): see rareTelexLeftover.
      const telexLike = known && TELEX_LETTERS.test(lower) && this.lexicon.weightOf(key) === 0;
      info = { key, known, placed, telexLike };
      if (this.wordInfo.size > 100_000) this.wordInfo.clear();
      this.wordInfo.set(lower, info);
    }
    return info;
  }

  /**
   * A lower-case token of plain letters that is no syllable, read as one
   * adjacent-key slip of a syllable the language model pairs with its
   * neighbours: "năm cin" → con, "sáng tỏ vs được" → và, "về nhq" → nhà.
   * Every neighbour present must have been seen beside the reading, one of
   * them at least SPELL_CONFIG.keySlipMinPairCount times, so units and
   * abbreviations (km, hđnd, csgt) stay alone.
   */
  private keySlip(words: Word[], i: number, lower: string): { kind: IssueKind; suggestions: string[] } | null {
    const lm = this.lexicon.lm;
    if (!lm || lower.length < 2 || lower.length > SPELL_CONFIG.keySlipMaxLength || !/^[a-zđ]+$/.test(lower) || ABBREVIATIONS.has(lower)) return null;
    // A syllable followed by a Telex tone key (if, box) is left to the Telex rule: it may be English.
    if (/[sfrxj]$/.test(lower) && /[aeiouy]/.test(lower) && parseSyllable(lower.slice(0, -1)) !== null) return null;
    const found = this.slipsInContext(words, i, lower);
    if (found.length === 0) return null;
    const w = words[i]!;
    w.key = found[0]!;
    w.guessed = true;
    return { kind: 'non-word', suggestions: [...new Set(found.map((key) => this.lexicon.spell(key)))].slice(0, 5) };
  }

  /** keySlip's readings of a token that the neighbours support (see there), best first. */
  private slipsInContext(words: Word[], i: number, lower: string): string[] {
    const lm = this.lexicon.lm;
    if (!lm) return [];
    const prev = neighbourKey(words, i, -1);
    const next = neighbourKey(words, i, 1);
    if (prev === null && next === null) return [];
    const found: { key: string; score: number }[] = [];
    for (const key of this.slipReadings(lower)) {
      const left = prev === null ? -1 : lm.pairCount(prev, key);
      const right = next === null ? -1 : lm.pairCount(key, next);
      if ((SPELL_CONFIG.keySlipBothSides && (left === 0 || right === 0)) || Math.max(left, right) < SPELL_CONFIG.keySlipMinPairCount) continue;
      found.push({ key, score: lm.logInContext(prev, key, next) });
    }
    found.sort((p, q) => q.score - p.score);
    return found.map((c) => c.key);
  }

  /**
   * The syllables one adjacent-key substitution away from a plain-letter token, in the order
   * keySlip weighs them. They depend on the token alone (not its neighbours), so they are
   * worked out once per token form: a delete-index search for each of up to 26 letters per
   * position, which a long article's abbreviations and foreign words otherwise repeat.
   */
  private slipReadings(lower: string): string[] {
    let list = this.slipCache.get(lower);
    if (list) return list;
    list = [];
    const plain = skeleton(lower);
    for (let j = 0; j < plain.length; j++) {
      for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
        if (!adjacentKeys(plain[j]!, letter)) continue;
        const slip = plain.slice(0, j) + letter + plain.slice(j + 1);
        for (const key of this.lexicon.near([slip])) {
          if (skeleton(key) !== slip || (lower[0] === 'đ') !== (key[0] === 'đ')) continue;
          list.push(key);
        }
      }
    }
    if (this.slipCache.size > 50_000) this.slipCache.clear();
    this.slipCache.set(lower, list);
    return list;
  }

  private nonWordCandidates(lower: string): Candidate[] {
    let list = this.nonWordCache.get(lower);
    if (!list) {
      list = forNonWord(this.lexicon, lower);
      this.nonWordCache.set(lower, list);
    }
    return list;
  }
}

const ABBREVIATIONS = new Set(LOWER_CASE_ABBREVIATIONS.split(/\s+/));

/** Onsets after which a final y is an accepted spelling of i (hy, kỳ, lý, mỹ, sỹ, tỷ). */
const Y_ONSETS = new Set(['h', 'k', 'l', 'm', 's', 't']);
const Y_TO_I: Record<string, string> = { y: 'i', ỳ: 'ì', ý: 'í', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/** The i spelling of a syllable written with a final y where only i is used (bỵ → bị, thỳ → thì), else null. */
function yForI(word: string): string | null {
  const last = word[word.length - 1]!;
  const lowerLast = last.toLowerCase();
  if (!(lowerLast in Y_TO_I)) return null;
  const s = parseSyllable(word.toLowerCase());
  if (!s || s.rhyme !== 'y' || s.onset === '' || s.onset === 'qu' || Y_ONSETS.has(s.onset)) return null;
  const i = Y_TO_I[lowerLast]!;
  return word.slice(0, -1) + (last === lowerLast ? i : i.toUpperCase());
}

/** One paragraph of a checkParagraphs call: its text, words (offsets shifted by `base`) and issues. */
interface Part {
  input: string;
  norm: NormalizedText;
  words: Word[];
  base: number;
  issues: Issue[];
  style: ToneStyle | undefined;
}

/** The paragraph a shifted offset falls in: the last whose base is not after it. */
function partAt(parts: Part[], offset: number): Part {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid]!.base <= offset) lo = mid;
    else hi = mid - 1;
  }
  return parts[lo]!;
}

function ignoreSet(words: Iterable<string> | undefined): Set<string> {
  const out = new Set<string>();
  if (!words) return out;
  for (const w of words) {
    const lower = w.normalize('NFC').toLowerCase().trim();
    out.add(lower);
    const k = keyOf(lower);
    if (k) out.add(k);
  }
  return out;
}

const STYLE_SHOWING = /[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ]/i;

/** The tone style a written word shows, per word form (it depends on nothing else). */
const styleCache = new Map<string, ToneStyle | null>();

/** The tone style the paragraph's words show most (old when they show none). */
function paragraphStyle(words: Word[]): ToneStyle {
  let score = 0;
  for (const w of words) {
    if (w.barrier) continue;
    let s = styleCache.get(w.token.text);
    if (s === undefined) {
      s = STYLE_SHOWING.test(w.token.text) ? toneStyleOf(w.token.text) : null;
      if (styleCache.size > 50_000) styleCache.clear();
      styleCache.set(w.token.text, s);
    }
    if (s === 'new') score++;
    else if (s === 'old') score--;
  }
  return score > 0 ? 'new' : 'old';
}

/**
 * Checks that look at neighbouring words: doubled words and real-word
 * (context) errors. A pair of real syllables is suspect when it is not a
 * known word while a near variant of one of them is, and neither syllable
 * already belongs to a known word with its other neighbour (so ordinary
 * sequences of separate words are left alone).
 */
import { confusionCost, type Shape } from './confusion';
import { computeLmVariants } from './lm-variants';
import { forContext, plainVariants, type Candidate, type ContextFinding } from './candidates';
import type { Lexicon } from './lexicon';
import { COMMON_WORDS, COMMON_WORD_MAX_COST, COMMON_WORD_LIST } from './common-words';
import { REDUPLICATION } from './reduplication';
import { SPELL_CONFIG } from './spell-config';
import type { Token } from './tokenize';
import type { IssueKind } from './types';

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

/** Titles before a person's name: the capitalised word after them is a name, not a slip. */
const TITLES = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'chí', 'thầy', 'cậu', 'dì', 'mợ', 'thím', 'cháu', 'nàng', 'chàng', 'lão', 'bé']);

/** A syllable seen after (or before) at most this many others is bound to them. */
const BOUND_PARTNERS = SPELL_CONFIG.boundPartners;
/** The largest confusion cost accepted for a pair that straddles two words. */
const STRADDLE_MAX_COST = SPELL_CONFIG.straddleMaxCost;
/** Beyond this cost (keyboard slips, dropped letters, other tones) a variant needs a bound partner or support on both sides. */
const LOOSE_MAX_COST = SPELL_CONFIG.looseMaxCost;
/** The largest confusion cost accepted when the variant fits both neighbours. */
const MAX_SUPPORTED_COST = SPELL_CONFIG.supportedMaxCost;
/** …and when the word to change is a common one: no keyboard slip (nhiều lại hình → loại is a dropped letter). */
const COMMON_SUPPORTED_MAX_COST = SPELL_CONFIG.commonSupportedMaxCost;
/** The largest confusion cost accepted on the strength of a three-syllable phrase. */
const TRIPLE_MAX_COST = SPELL_CONFIG.tripleMaxCost;
/** …and when the variant differs only in its tone (the weakest kind of error to catch otherwise). */
const TRIPLE_TONE_MAX_COST = SPELL_CONFIG.tripleToneMaxCost;

/** Report an issue; suggestions are lexicon spellings, styled and cased by the caller. */
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

/**
 * The neighbour's key as context for the language model: none when it is a name (capitalised inside a
 * sentence), since names break the model's sequences when it is built (scripts/build-spell-data.ts), so
 * the model has never seen a syllable beside one ("gia đình chị Hà" was read as "chị hà" against "trị hà").
 */
function modelContext(words: Word[], i: number, side: -1 | 1): string | null {
  const key = neighbourKey(words, i, side);
  return key !== null && !words[i + side]!.name ? key : null;
}

/** Does the first copy of a doubled word at i end a known word, or the second start one? */
function partOfWord(lex: Lexicon, words: Word[], i: number): boolean {
  const a = words[i]!.key!;
  const prev = joined(words, i - 1) ? words[i - 1]!.key : null;
  const next = joined(words, i + 1) ? words[i + 2]!.key : null;
  return (prev !== null && lex.hasPair(prev, a)) || (next !== null && lex.hasPair(a, next));
}

export function findRepeats(lex: Lexicon | null, words: Word[], raise: Raise): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!joined(words, i)) continue;
    const a = words[i]!;
    const b = words[i + 1]!;
    const at = a.token.text;
    const bt = b.token.text;
    if (at.length !== bt.length || (at !== bt && at.toLowerCase() !== bt.toLowerCase())) continue;
    const lower = at.toLowerCase();
    if (REDUPLICATION.has(a.key ?? lower)) continue;
    // Doubled words the lexicon lists (song song, chôm chôm) are words.
    if (lex && a.key && lex.hasPair(a.key, a.key)) continue;
    // …and so are those real text doubles (quen quen, sờ sờ, nhao nhao).
    if (lex?.lm && a.key) {
      const doubled = lex.lm.pairCount(a.key, a.key);
      if (doubled >= SPELL_CONFIG.reduplicationMinCount && doubled >= SPELL_CONFIG.reduplicationMinShare * lex.lm.count(a.key)) continue;
      // Full reduplication is productive (buồn buồn, rưng rưng, lù lù): the corpus only shows that a
      // syllable is not doubled when it has seen the syllable often, as it has the function words
      // that are doubled by slips (của của, nếu nếu). A copy that completes a known word with the
      // syllable before or after it is a slip all the same (theo dõi dõi, khán khán giả).
      if (lex.lm.count(a.key) < SPELL_CONFIG.reduplicationMinEvidence && !partOfWord(lex, words, i)) continue;
    }
    if (a.settled || b.settled) continue;
    // "trực tiếp tiếp công dân": each copy belongs to a different word.
    const prev = words[i - 1];
    const next = words[i + 2];
    if (lex && a.key && prev?.key && next?.key && joined(words, i - 1) && joined(words, i + 1)
      && lex.endsEntry(prev.key, a.key) && lex.startsEntry(a.key, next.key)) continue;
    raise(a.token.start, b.token.end, 'repeated-word', [a.token.text]);
    a.settled = true;
    b.settled = true;
  }
}

export function findContextErrors(
  lex: Lexicon, cache: Map<string, unknown>, words: Word[], raise: Raise,
): void {
  // known[i]: words i and i+1 are joined and form a known pair.
  const known = new Uint8Array(words.length + 1);
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!.key;
    const b = words[i + 1]!.key;
    if (a !== null && b !== null && joined(words, i) && lex.hasPair(a, b)) known[i] = 1;
  }
  const pairAt = (i: number): boolean => i >= 0 && known[i] === 1;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!joined(words, i)) continue;
    const a = words[i]!;
    const b = words[i + 1]!;
    if (a.key === null || b.key === null || a.guessed || b.guessed) continue;
    if (b.name || known[i] === 1) continue;
    // Both syllables already belong to known words on their outer sides: nothing to change.
    const firstBlocked = pairAt(i - 1) || a.settled;
    const secondBlocked = pairAt(i + 1) || a.name || b.settled;
    if (firstBlocked && secondBlocked) continue;
    const id = `${a.key} ${b.key}`;
    let finding = cache.get(id) as ContextFinding | null | undefined;
    if (finding === undefined) {
      finding = forContext(lex, a.key, b.key);
      cache.set(id, finding);
    }
    if (!finding) continue;
    const options: { target: Word; candidates: Candidate[] }[] = [];
    for (const position of [0, 1] as const) {
      // After a name, only the name's own spelling is in question (Phó Chỉ tịch).
      if (a.name && position === 1) continue;
      // The syllable to change must not already form a word on its outer side.
      if (position === 0 ? pairAt(i - 1) : pairAt(i + 1)) continue;
      const target = position === 0 ? a : b;
      if (target.settled) continue;
      // A common word may only be changed by a classic confusion, unless its
      // partner is a bound syllable that hardly occurs outside a few words (tịch).
      const partner = position === 0 ? lex.leftOf.get(b.key) : lex.rightOf.get(a.key);
      // Only a following syllable is trusted as bound: with the thin coverage of
      // first syllables, a short right-hand list says little.
      const bound = position === 0 && (partner?.length ?? 0) <= BOUND_PARTNERS;
      // A name is changed only to complete a bound syllable (Phó Chỉ tịch → Chủ): "của Thư tưởng" stays.
      if (target.name && !bound) continue;
      const list = position === 0 ? finding.first : finding.second;
      // When the partner already forms a word on its other side, the pair
      // straddles two words: only a classic confusion is evidence enough.
      const partnerBound = position === 0 ? pairAt(i + 1) : pairAt(i - 1);
      // A word right next to an abbreviation may be its partner (thẻ BHYT, vốn ODA):
      // only a classic confusion is evidence enough.
      const outerToken = words[position === 0 ? i - 1 : i + 2];
      const besideBarrier = outerToken !== undefined && outerToken.token.kind === 'abbreviation'
        && !(position === 0 ? a.token.afterBreak : outerToken.token.afterBreak);
      const limit = (COMMON_WORDS.has(target.key!) && !bound) || besideBarrier ? COMMON_WORD_MAX_COST
        : partnerBound ? STRADDLE_MAX_COST : bound ? Infinity : LOOSE_MAX_COST;
      // A variant that also makes a known pair with the outer neighbour is
      // supported on both sides (nhiều lại hình → nhiều loại, loại hình).
      const outer = position === 0 ? (joined(words, i - 1) ? words[i - 1]!.key : null) : (joined(words, i + 1) ? words[i + 2]!.key : null);
      // …or that completes a known three-syllable phrase with the partner's other neighbour (khỏe định kỳ);
      // a common word only by a classic confusion (cải cách hành chín → chính).
      const inner = position === 0 ? (joined(words, i + 1) ? words[i + 2]!.key : null) : (joined(words, i - 1) ? words[i - 1]!.key : null);
      const supported = (key: string) => (outer !== null && (position === 0 ? lex.hasPair(outer, key) : lex.hasPair(key, outer)))
        || (inner !== null && !target.name && cheap(key, COMMON_WORDS.has(target.key!) || COMMON_WORDS.has(key) ? COMMON_WORD_MAX_COST
          : lex.shape(key).bare === lex.shape(target.key!).bare ? TRIPLE_TONE_MAX_COST : TRIPLE_MAX_COST)
          && (position === 0 ? lex.hasTriple(key, b.key!, inner) : lex.hasTriple(inner, a.key!, key)));
      // Between two common words (cách/các, đã/đà) only two-sided support decides.
      const cheap = (k: string, max: number) => (list.find((c) => c.key === k)?.cost ?? Infinity) <= max;
      const bothCommon = (k: string) => COMMON_WORDS.has(target.key!) && COMMON_WORDS.has(k);
      // A variant pair that is only a fragment of a longer phrase must fit the outer neighbour too.
      // (When the partner is bound on its other side, the three may be one phrase: niêm yết giá.)
      const word = (k: string) => partnerBound || (position === 0 ? lex.isWordPair(k, b.key!) : lex.isWordPair(a.key!, k));
      // Support on both sides is not enough to change a common word by a loose slip
      // ("Người dân đã giao" is not "dân xã" + "xã giao").
      const supportedMax = COMMON_WORDS.has(target.key!) ? COMMON_SUPPORTED_MAX_COST : MAX_SUPPORTED_COST;
      // Real text must prefer the variant strongly between the same neighbours.
      const left = position === 0 ? outer : a.key!;
      const right = position === 0 ? b.key! : outer;
      // A name after a title (ông Thạnh, đồng chí Thành) is the person's own name.
      if (target.name && position === 1 && TITLES.has(a.key!)) continue;
      const minRatio = SPELL_CONFIG.contextMinRatio + (left === null || right === null ? SPELL_CONFIG.contextOneSidedExtra : 0)
        + ((target.name || target.token.sentenceStart) && target.token.text !== target.token.text.toUpperCase() ? SPELL_CONFIG.contextNameExtra : 0);
      // The lexicon's evidence is the pair the target forms with its partner: real text must prefer the
      // variant in that pair, and the outer neighbour may only veto it, when it prefers the written syllable
      // by more than contextOuterVeto ("con ăn học" stays; since the veto is 3, "chủ chương mới" does too).
      const likely = (k: string) => {
        if (lex.lm === null) return true;
        const pair = position === 0 ? lex.lm.pairRatio(null, target.key!, k, b.key!) : lex.lm.pairRatio(a.key!, target.key!, k, null);
        if (pair < minRatio) return false;
        if (outer !== null) {
          const other = position === 0 ? lex.lm.pairRatio(outer, target.key!, k, null) : lex.lm.followRatio(target.key!, k, outer);
          if (other <= -SPELL_CONFIG.contextOuterVeto) return false;
        }
        return evidence(lex, left, target.key!, k, right, confusionCost(lex.shape(target.key!), lex.shape(k))) >= evidenceNeeded(left, right, true);
      };
      const candidates = list.filter((c) => ((c.cost <= limit && !bothCommon(c.key) && word(c.key))
        || (c.cost <= supportedMax && supported(c.key))) && likely(c.key));
      if (candidates.length > 0) options.push({ target, candidates });
    }
    options.sort((p, q) => p.candidates[0]!.score - q.candidates[0]!.score);
    const best = options[0];
    if (!best) continue;
    const { target, candidates } = best;
    const suggestions = candidates.slice(0, 5).map((c) => lex.spell(c.key));
    raise(target.token.start, target.token.end, 'context', suggestions);
    target.settled = true;
  }
}

/** A confusion cost low enough to prefer a common word over a rare one. */
const RARE_TO_COMMON_MAX_COST = SPELL_CONFIG.rareToCommonMaxCost;
/** …and when the common word also fits a neighbour. */
const RARE_TO_COMMON_SUPPORTED_COST = SPELL_CONFIG.rareToCommonSupportedCost;
/** A rare syllable may also be a classic slip for a word the lexicon uses often. */
const RARE_TO_WORD_MAX_COST = SPELL_CONFIG.rareToWordMaxCost;
const RARE_TO_WORD_MIN_WEIGHT = SPELL_CONFIG.rareToWordMinWeight;

/**
 * A syllable the lexicon never uses, standing alone between its neighbours,
 * next to a very common word it is easily confused with ("đả tổ chức",
 * "của sã", "vơi tình hình"): the writer almost certainly meant the common word.
 */
export function findRareForCommon(lex: Lexicon, cache: Map<string, RareCandidate[]>, words: Word[], raise: Raise): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.key === null || w.settled || w.guessed || w.name || lex.weightOf(w.key) > 0 || COMMON_WORDS.has(w.key)) continue;
    const prev = joined(words, i - 1) ? words[i - 1]!.key : null;
    const next = joined(words, i) ? words[i + 1]!.key : null;
    // With no word on either side there is no evidence at all ("47 giây.").
    if (prev === null && next === null) continue;
    if ((prev && lex.hasPair(prev, w.key)) || (next && lex.hasPair(w.key, next))) continue;
    // Two rare syllables side by side are most likely a word the lexicon lacks (tấp nập).
    if ((prev && lex.weightOf(prev) === 0) || (next && lex.weightOf(next) === 0)) continue;
    const left = modelContext(words, i, -1);
    const right = modelContext(words, i, 1);
    const found: Candidate[] = [];
    for (const c of rareCandidates(lex, cache, w.key)) {
      if (lex.lm && evidence(lex, left, w.key, c.key, right, c.cost) < evidenceNeeded(left, right, true)) continue;
      const fits = (prev !== null && lex.hasPair(prev, c.key)) || (next !== null && lex.hasPair(c.key, next));
      if (c.common) {
        if (c.cost > RARE_TO_COMMON_MAX_COST && !fits) continue;
        found.push({ key: c.key, cost: c.cost, score: c.cost - (fits ? 1 : 0) });
      } else {
        found.push({ key: c.key, cost: c.cost, score: c.cost + 0.2 - (fits ? 1 : 0) });
      }
    }
    if (found.length === 0) continue;
    found.sort((p, q) => p.score - q.score);
    raise(w.token.start, w.token.end, 'context', found.slice(0, 5).map((c) => lex.spell(c.key)));
    w.settled = true;
  }
}

export interface RareCandidate { key: string; cost: number; common: boolean }

/**
 * What a rare syllable might stand for, before context: lexicon words reached
 * by a classic confusion and common words within reach. Depends only on the
 * syllable and the lexicon: the caller caches it and drops the cache when the
 * lexicon changes.
 */
function rareCandidates(lex: Lexicon, cache: Map<string, RareCandidate[]>, key: string): RareCandidate[] {
  let list = cache.get(key);
  if (list) return list;
  list = [];
  const x = lex.shape(key);
  // Common words are looked for among the same near syllables: every confusion of finite cost
  // keeps the mark-less spelling within one edit of an onset or final swap (see plainVariants;
  // checked over every syllable and common word by context-check.test.ts), so this finds what a
  // pass over all COMMON_WORD_LIST found, with far fewer confusion costs on a first check.
  let common: RareCandidate[] | null = null;
  // Lexicon words reached by a classic confusion (xởi → sởi, chình → trình).
  for (const k of lex.near(plainVariants(x))) {
    if (COMMON_WORDS.has(k)) {
      const cost = confusionCost(x, lex.shape(k));
      if (cost <= RARE_TO_COMMON_SUPPORTED_COST) (common ??= []).push({ key: k, cost, common: true });
      continue;
    }
    if (lex.weightOf(k) < RARE_TO_WORD_MIN_WEIGHT) continue;
    const cost = confusionCost(x, lex.shape(k));
    if (cost <= RARE_TO_WORD_MAX_COST) list.push({ key: k, cost, common: false });
  }
  // …in the order of the list, as before (the caller's sort keeps it between equal scores).
  if (common !== null) {
    common.sort((p, q) => COMMON_WORD_INDEX.get(p.key)! - COMMON_WORD_INDEX.get(q.key)!);
    for (const c of common) list.push(c);
  }
  cache.set(key, list);
  return list;
}

const COMMON_WORD_INDEX = new Map(COMMON_WORD_LIST.map((k, i) => [k, i]));

/** A syllable's confusable neighbours with their confusion costs (cached per key). */
export type VariantCache = Map<string, { key: string; cost: number }[]>;

function lmVariants(lex: Lexicon, cache: VariantCache, key: string): { key: string; cost: number }[] {
  let list = cache.get(key);
  if (list) return list;
  list = lex.variantTable?.lookup(lex, key) ?? computeLmVariants(lex, key);
  if (cache.size > 50_000) cache.clear();
  cache.set(key, list);
  return list;
}

/**
 * Real-word errors the lexicon knows nothing about, found by the language
 * model alone: a syllable whose confusable variant is far more likely
 * between the same neighbours ("cách nghỉ riêng" → nghĩ, "cũng vây." → vậy).
 * The evidence must beat SPELL_CONFIG.lmMinScore after paying for the
 * confusion (lmCostWeight per unit of confusion cost). Names, guessed and
 * settled words are left alone; a written pair the corpus has seen often on
 * both sides is not questioned.
 */
export function findLikelyErrors(lex: Lexicon, cache: VariantCache, found3: Map<string, string[] | null>, words: Word[], raise: Raise): void {
  if (!lex.lm) return;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.key === null || w.settled || w.guessed || w.name || w.token.kind !== 'word') continue;
    // With no word on either side there is no evidence at all; a name is a word, but no context for the model.
    if (neighbourKey(words, i, -1) === null && neighbourKey(words, i, 1) === null) continue;
    const left = modelContext(words, i, -1);
    const right = modelContext(words, i, 1);
    // The answer depends only on the three syllables: re-checking a paragraph reuses it.
    const id = `${left} ${w.key} ${right}`;
    let suggestions = found3.get(id);
    if (suggestions === undefined) {
      suggestions = likelyVariants(lex, cache, left, w.key, right);
      if (found3.size > 100_000) found3.clear();
      found3.set(id, suggestions);
    }
    if (suggestions === null) continue;
    raise(w.token.start, w.token.end, 'context', suggestions);
    w.settled = true;
  }
}

/** The error classes that get an evidence allowance (see classBonus). */
export type ConfusionClass = 'dropped-tone' | 'hoi-nga' | 'onset' | 'final';

/**
 * Which classic slip turns `variant` into `written`: a dropped tone (written without a tone mark, same
 * letters), hỏi for ngã or back, an onset swapped for its partner (cost 1: ch/tr, s/x, d/gi/r, l/n), a
 * final consonant swapped (khôn → không); null for anything else (another tone, a key slip…).
 */
export function confusionClass(written: Shape, variant: Shape, cost: number): ConfusionClass | null {
  if (written.bare === variant.bare) {
    if (written.tone === 0) return 'dropped-tone';
    return written.tone * variant.tone === 12 ? 'hoi-nga' : null;
  }
  if (written.tone !== variant.tone) return null;
  // Only the classic onset pairs (cost 1: ch/tr, s/x, d/gi/r, l/n), not a dropped letter (srê → rê).
  if (written.onset !== variant.onset) return written.rhyme === variant.rhyme && cost <= 1 ? 'onset' : null;
  const w = /^(.*?)(c|ch|n|ng|nh|t|p)$/.exec(written.rhyme);
  const v = /^(.*?)(c|ch|n|ng|nh|t|p)$/.exec(variant.rhyme);
  return w && v && w[1] === v[1] ? 'final' : null;
}

/**
 * Per-class evidence: how much less every real-word rule needs for a variant that
 * restores a dropped tone or swaps a final consonant, an onset for its partner, or
 * hỏi and ngã: the slips that the confusion cost alone makes too expensive to find
 * (calibrated on dev).
 */
export function classBonus(written: Shape, variant: Shape, cost: number): number {
  return allowance(confusionClass(written, variant, cost));
}

/** The evidence allowance of one confusion class (classBonus). */
function allowance(kind: ConfusionClass | null): number {
  switch (kind) {
    case 'dropped-tone': return SPELL_CONFIG.lmDroppedToneBonus;
    case 'hoi-nga': return SPELL_CONFIG.lmHoiNgaBonus;
    case 'onset': return SPELL_CONFIG.lmOnsetBonus;
    case 'final': return SPELL_CONFIG.lmFinalBonus;
    default: return 0;
  }
}

/**
 * The language-model detector's allowance: classBonus, and lmDetectorOnsetExtra more for an onset swapped
 * for its partner (ch/tr, s/x, d/gi/r, l/n: the confusions writers make most, by sound). The lexicon rules
 * keep classBonus alone (with it, lmOnsetBonus 3 or 4 added false alarms there: docs/spellcheck.md).
 */
export function detectorBonus(written: Shape, variant: Shape, cost: number): number {
  const kind = confusionClass(written, variant, cost);
  return kind === 'onset' ? allowance(kind) + SPELL_CONFIG.lmDetectorOnsetExtra : allowance(kind);
}

/**
 * One score for every real-word finding (issue 15): the model's log-likelihood
 * ratio of the variant over the written syllable between both neighbours
 * (lmTypeSmoothing: an unseen pair after a context with many followers is not
 * taken as evidence), minus the price of the confusion (lmCostWeight per unit
 * of cost), plus the class allowance. The language-model detector needs
 * lmMinScore; a finding of the lexicon rules (context pair, rare-for-common)
 * needs lexiconCredit less, the curated lexicon being evidence of its own.
 * One neighbour only: lmOneSidedExtra more.
 */
export function evidence(lex: Lexicon, left: string | null, key: string, variant: string, right: string | null, cost: number): number {
  const cfg = SPELL_CONFIG;
  return lex.lm!.ratio(left, key, variant, right) - cfg.lmCostWeight * cost + classBonus(lex.shape(key), lex.shape(variant), cost);
}

/** The score a finding needs (see evidence): lexicon rules get lexiconCredit. */
export function evidenceNeeded(left: string | null, right: string | null, lexiconRule: boolean): number {
  const cfg = SPELL_CONFIG;
  return cfg.lmMinScore + (left === null || right === null ? cfg.lmOneSidedExtra : 0) - (lexiconRule ? cfg.lexiconCredit : 0);
}

/** The variants of `key` the model prefers strongly enough between the neighbours, best first, or null. */
function likelyVariants(lex: Lexicon, cache: VariantCache, left: string | null, key: string, right: string | null): string[] | null {
  const lm = lex.lm!;
  const cfg = SPELL_CONFIG;
  // Well attested beside every neighbour present: nothing to question.
  if ((left !== null || right !== null) && (left === null || lm.pairCount(left, key) >= cfg.lmTrustedPairCount)
    && (right === null || lm.pairCount(key, right) >= cfg.lmTrustedPairCount)) return null;
  // A pair the user or the newsroom taught (mắc ca) is theirs to decide.
  if ((left !== null && lex.isTaughtPair(left, key)) || (right !== null && lex.isTaughtPair(key, right))) return null;
  // A syllable that forms a word of the lexicon with one neighbour (nòng cốt) is questioned only for a
  // variant that forms one with the other neighbour instead (nông thông mới → thôn); with both, not at all.
  const knownLeft = left !== null && lex.hasPair(left, key);
  const knownRight = right !== null && lex.hasPair(key, right);
  if (knownLeft && knownRight) return null;
  // Without trigrams the written syllable's own score is the same for every variant: compute it once.
  const here = lm.hasTrigrams ? 0 : lm.logInContext(left, key, right);
  const min = evidenceNeeded(left, right, false);
  const shape = lex.shape(key);
  const maxBonus = Math.max(cfg.lmDroppedToneBonus, cfg.lmFinalBonus, cfg.lmOnsetBonus + cfg.lmDetectorOnsetExtra, cfg.lmHoiNgaBonus);
  const found: Candidate[] = [];
  for (const v of lmVariants(lex, cache, key)) {
    // With both neighbours present, the variant may be required to have been seen next to each of them.
    if (cfg.lmVariantBothSides && left !== null && right !== null && (lm.pairCount(left, v.key) === 0 || lm.pairCount(v.key, right) === 0)) continue;
    if ((knownLeft && (right === null || !lex.hasPair(v.key, right))) || (knownRight && (left === null || !lex.hasPair(left, v.key)))) continue;
    const score = (lm.hasTrigrams ? lm.ratio(left, key, v.key, right) : lm.logInContext(left, v.key, right) - here) - cfg.lmCostWeight * v.cost;
    if (score >= min || (score >= min - maxBonus && score >= min - detectorBonus(shape, lex.shape(v.key), v.cost))) found.push({ key: v.key, cost: v.cost, score: -score });
  }
  if (found.length === 0) return null;
  found.sort((p, q) => p.score - q.score);
  return found.slice(0, 5).map((c) => lex.spell(c.key));
}

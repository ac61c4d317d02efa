/**
 * A syllable bigram language model built from real text (see
 * scripts/build-spell-data.ts --lm and data/language-model.ts). It answers one
 * question for the context rules: how much more likely is a sentence with a
 * variant syllable than with the syllable as written, given its neighbours?
 *
 * Storage: one string `vocabulary|unigrams|pairs|counts`, where vocabulary is
 * the space-separated syllable keys (id = position), unigrams are base64
 * little-endian uint32 counts, pairs are base64 uint32 `a * 2^14 + b` in
 * ascending order and counts their base64 uint16 counts (capped). Pure
 * TypeScript (no Buffer): it is decoded in the Web Worker.
 */
import { SPELL_CONFIG } from './spell-config';

/** Bigrams seen fewer times than this in the corpus are not shipped. */
export const LM_MIN_BIGRAM_COUNT = 2;
/** Trigrams seen fewer times than this are left out of a trigram table (build-spell-data.ts --trigrams; none ships). */
export const LM_MIN_TRIGRAM_COUNT = 2;
const ID_BITS = 16384;
/** A trigram record is 24 bits: the third syllable's id (13 bits) and its count (11 bits, capped). */
const TRI_ID_BITS = 8192;
const TRI_MAX_COUNT = 2047;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? B64[n & 63]! : '=');
  }
  return out;
}

const B64_INDEX = (() => {
  const t = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

function fromBase64(text: string): Uint8Array {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = (B64_INDEX[text.charCodeAt(i)]! << 18) | (B64_INDEX[text.charCodeAt(i + 1)]! << 12)
      | (B64_INDEX[text.charCodeAt(i + 2)]! << 6) | B64_INDEX[text.charCodeAt(i + 3)]!;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

function packU32(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    bytes[4 * i] = v & 255; bytes[4 * i + 1] = (v >>> 8) & 255; bytes[4 * i + 2] = (v >>> 16) & 255; bytes[4 * i + 3] = (v >>> 24) & 255;
  }
  return toBase64(bytes);
}

function unpackU32(text: string): Uint32Array {
  const b = fromBase64(text);
  const out = new Uint32Array(b.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = (b[4 * i]! | (b[4 * i + 1]! << 8) | (b[4 * i + 2]! << 16) | (b[4 * i + 3]! << 24)) >>> 0;
  return out;
}

/** The syllable ids (most frequent first) and the bigrams packed and sorted as they ship. */
function packBigrams(unigrams: [string, number][], bigrams: [string, string, number][]) {
  const order = [...unigrams].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  if (order.length >= ID_BITS) throw new Error('vocabulary too large');
  const id = new Map(order.map(([k], i) => [k, i]));
  const packed = bigrams.map(([a, b, n]) => [id.get(a)! * ID_BITS + id.get(b)!, Math.min(n, 65535)] as const).sort((p, q) => p[0] - q[0]);
  return { order, id, packed };
}

/** Serialise counts (used by the build script). */
export function encodeLanguageModel(unigrams: [string, number][], bigrams: [string, string, number][]): string {
  const { order, packed } = packBigrams(unigrams, bigrams);
  const counts = new Uint8Array(packed.length * 2);
  packed.forEach(([, n], i) => { counts[2 * i] = n & 255; counts[2 * i + 1] = n >> 8; });
  return [order.map(([k]) => k).join(' '), packU32(order.map(([, n]) => n)), packU32(packed.map(([p]) => p)), toBase64(counts)].join('|');
}

/**
 * The counts of a serialised model, as encodeLanguageModel takes them (used by the
 * build script's `--lm-base`, which adds a further corpus to a shipped model).
 * encodeLanguageModel(...decodeLanguageModel(data)) gives `data` back.
 */
export function decodeLanguageModel(data: string): [unigrams: [string, number][], bigrams: [string, string, number][]] {
  const [vocab = '', uni = '', pairs = '', counts = ''] = data.split('|');
  const keys = vocab ? vocab.split(' ') : [];
  const u = unpackU32(uni);
  const p = unpackU32(pairs);
  const c = fromBase64(counts);
  const unigrams = keys.map((k, i) => [k, u[i]!] as [string, number]);
  const bigrams: [string, string, number][] = [];
  for (let i = 0; i < p.length; i++) bigrams.push([keys[Math.floor(p[i]! / ID_BITS)]!, keys[p[i]! % ID_BITS]!, c[2 * i]! | (c[2 * i + 1]! << 8)]);
  return [unigrams, bigrams];
}

/**
 * Serialise trigram counts (a x c) for the model of the same unigrams and bigrams (used by the build
 * script): `perPair|records`, where perPair is, for every shipped bigram in its shipped order, the number
 * of trigrams that extend it (base64 uint16), and records are those trigrams in the same order, sorted by
 * their third syllable: 24 bits each (third id + count × 2^13, big-endian), so exactly four base64
 * characters, read straight from the string (nothing is decoded at load).
 */
export function encodeTrigrams(unigrams: [string, number][], bigrams: [string, string, number][], trigrams: [string, string, string, number][]): string {
  const { order, id, packed } = packBigrams(unigrams, bigrams);
  if (order.length >= TRI_ID_BITS) throw new Error('vocabulary too large for trigram records');
  const pairIndex = new Map(packed.map(([p], i) => [p, i]));
  const rows = trigrams.map(([a, x, c, n]) => {
    const at = pairIndex.get(id.get(a)! * ID_BITS + id.get(x)!);
    if (at === undefined) throw new Error(`trigram ${a} ${x} ${c} extends no shipped bigram`);
    return [at, id.get(c)!, Math.min(n, TRI_MAX_COUNT)] as const;
  }).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const perPair = new Uint8Array(packed.length * 2);
  const records = new Uint8Array(rows.length * 3);
  rows.forEach(([at, c, n], i) => {
    const k = (perPair[2 * at]! | (perPair[2 * at + 1]! << 8)) + 1;
    perPair[2 * at] = k & 255; perPair[2 * at + 1] = k >> 8;
    const v = c + n * TRI_ID_BITS;
    records[3 * i] = v >> 16; records[3 * i + 1] = (v >> 8) & 255; records[3 * i + 2] = v & 255;
  });
  return `${toBase64(perPair)}|${toBase64(records)}`;
}

export class LanguageModel {
  private readonly ids = new Map<string, number>();
  private readonly unigrams: Uint32Array;
  private readonly pairs: Uint32Array;
  private readonly counts: Uint8Array;
  /**
   * The pairs that start with syllable id `a` are pairs[firstAt[a] .. firstAt[a + 1]) (pairs are sorted by
   * `a * 2^14 + b`): a look-up searches about 50 entries instead of all 323,000.
   */
  private readonly firstAt: Uint32Array;
  /** Total syllables counted. */
  readonly total: number;
  private get mu(): number { return SPELL_CONFIG.lmSmoothing; }

  /** Trigram records (see encodeTrigrams), read in place; '' without trigrams (none ship: see useTrigrams). */
  private triRecords = '';
  private triPerPair = '';
  /** Trigrams extending pair index p are records triFirstAt[p] .. triFirstAt[p + 1]) (built on first use). */
  private triFirstAt: Uint32Array | null = null;

  constructor(data: string) {
    const [vocab = '', uni = '', pairs = '', counts = ''] = data.split('|');
    const keys = vocab ? vocab.split(' ') : [];
    for (let i = 0; i < keys.length; i++) this.ids.set(keys[i]!, i);
    this.unigrams = unpackU32(uni);
    this.pairs = unpackU32(pairs);
    this.counts = fromBase64(counts);
    let total = 0;
    for (const n of this.unigrams) total += n;
    this.total = Math.max(total, 1);
    const size = keys.length;
    const firstAt = new Uint32Array(size + 1);
    let p = 0;
    for (let a = 0; a <= size; a++) {
      const limit = a * ID_BITS;
      while (p < this.pairs.length && this.pairs[p]! < limit) p++;
      firstAt[a] = p;
    }
    this.firstAt = firstAt;
  }

  /**
   * The smoothing mass of the context id `ia`: Witten-Bell, scaled (lmTypeSmoothing) by how many different
   * syllables were seen (at least LM_MIN_BIGRAM_COUNT times) after it, never below lmSmoothing.
   */
  private muOf(ia: number): number {
    const k = SPELL_CONFIG.lmTypeSmoothing;
    if (k <= 0 || ia < 0) return this.mu;
    return Math.max(this.mu, k * (this.firstAt[ia + 1]! - this.firstAt[ia]!));
  }

  get size(): number {
    return this.pairs.length;
  }

  /** Corpus count of a syllable id (-1: not in the model's vocabulary). */
  private countOf(id: number): number {
    return id < 0 ? 0 : this.unigrams[id]!;
  }

  private idOf(key: string): number {
    const id = this.ids.get(key);
    return id === undefined ? -1 : id;
  }

  count(key: string): number {
    return this.countOf(this.idOf(key));
  }

  /** Index of the pair of two syllable ids among the shipped pairs (-1 when either is unknown, or the pair unseen or pruned). */
  private pairIndexOf(ia: number, ib: number): number {
    if (ia < 0 || ib < 0) return -1;
    const target = ia * ID_BITS + ib;
    let lo = this.firstAt[ia]!;
    let hi = this.firstAt[ia + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.pairs[mid]!;
      if (v === target) return mid;
      if (v < target) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Pair count of two syllable ids (0 when either is unknown, or the pair unseen or pruned). */
  private pairCountOf(ia: number, ib: number): number {
    const at = this.pairIndexOf(ia, ib);
    return at < 0 ? 0 : this.counts[2 * at]! | (this.counts[2 * at + 1]! << 8);
  }

  /**
   * Attach a trigram table built for this model (`scripts/build-spell-data.ts --lm DIR --trigrams FILE`;
   * the evaluation's `--trigrams FILE`). No trigram table ships: on the dev sets it did not pay
   * (docs/spellcheck.md, "A trigram model"). Checkers built before keep their caches: attach first.
   */
  useTrigrams(data: string): void {
    const [perPair = '', records = ''] = data.trim().split('|');
    this.triPerPair = perPair;
    this.triRecords = records;
    this.triFirstAt = null;
  }

  /** Does the model carry trigrams (and are they switched on: SPELL_CONFIG.lmTrigrams)? */
  get hasTrigrams(): boolean {
    return this.triRecords.length > 0 && SPELL_CONFIG.lmTrigrams > 0;
  }

  private trigramStarts(): Uint32Array {
    if (this.triFirstAt) return this.triFirstAt;
    const perPair = fromBase64(this.triPerPair);
    const starts = new Uint32Array(this.pairs.length + 1);
    let at = 0;
    for (let p = 0; p < this.pairs.length; p++) {
      starts[p] = at;
      at += perPair[2 * p]! | (perPair[2 * p + 1]! << 8);
    }
    starts[this.pairs.length] = at;
    this.triFirstAt = starts;
    return starts;
  }

  /** The 24-bit trigram record i, read from its four base64 characters. */
  private triRecord(i: number): number {
    const s = this.triRecords;
    const o = 4 * i;
    return (B64_INDEX[s.charCodeAt(o)]! << 18) | (B64_INDEX[s.charCodeAt(o + 1)]! << 12) | (B64_INDEX[s.charCodeAt(o + 2)]! << 6) | B64_INDEX[s.charCodeAt(o + 3)]!;
  }

  /** Count of the trigram (pair index `at`, then id `ic`), 0 when unseen or pruned. */
  private trigramCountAt(at: number, ic: number, starts: Uint32Array): number {
    let lo = starts[at]!;
    let hi = starts[at + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.triRecord(mid);
      const c = v & (TRI_ID_BITS - 1);
      if (c === ic) return v >>> 13;
      if (c < ic) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** How often `a x c` occurred in the corpus (0 when unseen or pruned, or without trigrams). */
  trigramCount(a: string, x: string, c: string): number {
    if (!this.triRecords) return 0;
    const at = this.pairIndexOf(this.idOf(a), this.idOf(x));
    const ic = this.idOf(c);
    return at < 0 || ic < 0 ? 0 : this.trigramCountAt(at, ic, this.trigramStarts());
  }

  /** P(ib | ia), smoothed towards P(ib) with the context's mass (muOf). */
  private bigramOf(ia: number, ib: number): number {
    const pb = (this.countOf(ib) + 0.5) / this.total;
    const mu = this.muOf(ia);
    return (this.pairCountOf(ia, ib) + mu * pb) / (this.countOf(ia) + mu);
  }

  /**
   * log P(ic | ia ix): the trigram count interpolated with the smoothed bigram P(ic | ix), Witten-Bell
   * style: the prior mass is max(lmTrigramSmoothing, lmTrigramTypeSmoothing × the number of different
   * syllables shipped after the pair). A pair the model does not ship (seen < 2 times) gives the bigram.
   */
  private logTrigramOf(ia: number, ix: number, ic: number): number {
    const p2 = this.bigramOf(ix, ic);
    const at = this.pairIndexOf(ia, ix);
    if (at < 0) return Math.log(p2);
    const starts = this.trigramStarts();
    const types = starts[at + 1]! - starts[at]!;
    const mu = Math.max(SPELL_CONFIG.lmTrigramSmoothing, SPELL_CONFIG.lmTrigramTypeSmoothing * types);
    const c3 = ic < 0 ? 0 : this.trigramCountAt(at, ic, starts);
    const c2 = this.counts[2 * at]! | (this.counts[2 * at + 1]! << 8);
    return Math.log((c3 + mu * p2) / (c2 + mu));
  }

  /** How often `b` followed `a` in the corpus (0 when unseen or pruned). */
  pairCount(a: string, b: string): number {
    return this.pairCountOf(this.idOf(a), this.idOf(b));
  }

  /** log P(id), with half a count for unseen syllables. */
  private logUnigramOf(id: number): number {
    return Math.log((this.countOf(id) + 0.5) / this.total);
  }

  /** log P(ib | ia), smoothed towards P(ib) with the context's mass (muOf). */
  private logBigramOf(ia: number, ib: number): number {
    const pb = (this.countOf(ib) + 0.5) / this.total;
    const mu = this.muOf(ia);
    return Math.log((this.pairCountOf(ia, ib) + mu * pb) / (this.countOf(ia) + mu));
  }

  /** log P(key), with half a count for unseen syllables. */
  logUnigram(key: string): number {
    return this.logUnigramOf(this.idOf(key));
  }

  /** log P(b | a), smoothed towards P(b) (see logBigramOf). */
  logBigram(a: string, b: string): number {
    return this.logBigramOf(this.idOf(a), this.idOf(b));
  }

  /**
   * log P of `key` between `left` and `right` (either may be null): P(key | left) P(right | key), or,
   * with both neighbours and trigrams, P(key | left) P(right | left key) (see logTrigramOf).
   */
  logInContext(left: string | null, key: string, right: string | null): number {
    const k = this.idOf(key);
    if (this.triRecords && SPELL_CONFIG.lmTrigrams === 1) {
      return this.logInContextOf(left === null ? null : this.idOf(left), k, right === null ? null : this.idOf(right), true);
    }
    return (left === null ? this.logUnigramOf(k) : this.logBigramOf(this.idOf(left), k)) + (right === null ? 0 : this.logBigramOf(k, this.idOf(right)));
  }

  private logInContextOf(l: number | null, k: number, r: number | null, trigram: boolean): number {
    if (l === null) return this.logUnigramOf(k) + (r === null ? 0 : this.logBigramOf(k, r));
    if (r === null) return this.logBigramOf(l, k);
    return this.logBigramOf(l, k) + (trigram && this.triRecords ? this.logTrigramOf(l, k, r) : this.logBigramOf(k, r));
  }

  /** Was the trigram of ids (l k r) shipped (seen at least LM_MIN_TRIGRAM_COUNT times)? */
  private tripleSeen(l: number, k: number, r: number): boolean {
    const at = this.pairIndexOf(l, k);
    return at >= 0 && r >= 0 && this.trigramCountAt(at, r, this.trigramStarts()) >= SPELL_CONFIG.lmTrigramMinSeen;
  }

  /**
   * Log-likelihood ratio of the pair with `variant` instead of `written`, the
   * other syllable of the pair being `left` (variant second) or `right`
   * (variant first): log P(pair with variant) − log P(pair as written).
   */
  pairRatio(left: string | null, written: string, variant: string, right: string | null): number {
    const w = this.idOf(written);
    const v = this.idOf(variant);
    if (left !== null) {
      const l = this.idOf(left);
      return this.logBigramOf(l, v) - this.logBigramOf(l, w);
    }
    if (right !== null) {
      const r = this.idOf(right);
      return this.logUnigramOf(v) + this.logBigramOf(v, r) - this.logUnigramOf(w) - this.logBigramOf(w, r);
    }
    return this.logUnigramOf(v) - this.logUnigramOf(w);
  }

  /** log P(right | variant) − log P(right | written): how much better `right` follows the variant. */
  followRatio(written: string, variant: string, right: string): number {
    const r = this.idOf(right);
    return this.logBigramOf(this.idOf(variant), r) - this.logBigramOf(this.idOf(written), r);
  }

  /**
   * Log-likelihood ratio of writing `variant` instead of `written` between the neighbours. With
   * lmTrigrams 2, both are read through the trigrams when either triple (left, syllable, right) was
   * seen, and through the bigrams otherwise; with 1, always through the trigrams (logInContext).
   */
  ratio(left: string | null, written: string, variant: string, right: string | null): number {
    if (!this.triRecords) return this.logInContext(left, variant, right) - this.logInContext(left, written, right);
    const mode = SPELL_CONFIG.lmTrigrams;
    const l = left === null ? null : this.idOf(left);
    const w = this.idOf(written);
    const v = this.idOf(variant);
    const r = right === null ? null : this.idOf(right);
    let trigram = mode === 1;
    if (mode === 2 && l !== null && r !== null) trigram = this.tripleSeen(l, w, r) || this.tripleSeen(l, v, r);
    return this.logInContextOf(l, v, r, trigram) - this.logInContextOf(l, w, r, trigram);
  }
}

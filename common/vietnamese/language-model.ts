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
const ID_BITS = 16384;

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

/** Serialise counts (used by the build script). */
export function encodeLanguageModel(unigrams: [string, number][], bigrams: [string, string, number][]): string {
  const order = [...unigrams].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  if (order.length >= ID_BITS) throw new Error('vocabulary too large');
  const id = new Map(order.map(([k], i) => [k, i]));
  const packed = bigrams.map(([a, b, n]) => [id.get(a)! * ID_BITS + id.get(b)!, Math.min(n, 65535)] as const).sort((p, q) => p[0] - q[0]);
  const counts = new Uint8Array(packed.length * 2);
  packed.forEach(([, n], i) => { counts[2 * i] = n & 255; counts[2 * i + 1] = n >> 8; });
  return [order.map(([k]) => k).join(' '), packU32(order.map(([, n]) => n)), packU32(packed.map(([p]) => p)), toBase64(counts)].join('|');
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

  /** Pair count of two syllable ids (0 when either is unknown, or the pair unseen or pruned). */
  private pairCountOf(ia: number, ib: number): number {
    if (ia < 0 || ib < 0) return 0;
    const target = ia * ID_BITS + ib;
    let lo = this.firstAt[ia]!;
    let hi = this.firstAt[ia + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.pairs[mid]!;
      if (v === target) return this.counts[2 * mid]! | (this.counts[2 * mid + 1]! << 8);
      if (v < target) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
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

  /** log P of `key` between `left` and `right` (either may be null): P(key | left) P(right | key). */
  logInContext(left: string | null, key: string, right: string | null): number {
    const k = this.idOf(key);
    return (left === null ? this.logUnigramOf(k) : this.logBigramOf(this.idOf(left), k)) + (right === null ? 0 : this.logBigramOf(k, this.idOf(right)));
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

  /** Log-likelihood ratio of writing `variant` instead of `written` between the neighbours. */
  ratio(left: string | null, written: string, variant: string, right: string | null): number {
    return this.logInContext(left, variant, right) - this.logInContext(left, written, right);
  }
}

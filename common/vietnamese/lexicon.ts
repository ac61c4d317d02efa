/**
 * What the engine knows about words: attested syllables, the multi-syllable
 * lexicon (as the set of syllable pairs that occur inside a known word or
 * collocation), user words and what it learned from the newsroom's corpus.
 * All keys are syllable keys (see `syllableKey`).
 */
import { skeleton } from './alphabet';
import { shapeOf, type Shape } from './confusion';
import { keyOf } from './syllable';
import type { LanguageModel } from './language-model';

/** Pairs are packed as id(a) * PAIR_BASE + id(b): exact in a double for up to 2^20 syllables. */
const PAIR_BASE = 1 << 20;

export class Lexicon {
  /** Syllables known to exist. */
  readonly syllables = new Set<string>();
  /** Syllable bigram statistics of real text, when loaded: the evidence for context findings. */
  lm: LanguageModel | null = null;
  /** The language-model detector's variants, precomputed for the built-in syllables. */
  variantTable: { lookup(lex: Lexicon, key: string): { key: string; cost: number }[] | undefined } | null = null;
  /** Every adjacent pair inside a known word or collocation, as packed syllable ids. */
  private readonly pairIds = new Set<number>();
  private readonly ids = new Map<string, number>();
  /**
   * Pairs that stand as words: a whole two-syllable entry, or a pair at the
   * edge of at least two longer entries. Other pairs are fragments of longer
   * phrases ("chương vàng" of "huy chương vàng", "trợ xã" of "bảo trợ xã hội").
   */
  private readonly wordPairIds = new Set<number>();
  private readonly edgeSeen = new Map<number, number>();
  /** "a b c" for every three adjacent syllables inside an entry. */
  private readonly triples = new Map<number, number[]>();
  /** Pairs that end / start a lexicon entry (a word boundary may follow / precede). */
  private readonly endPairs = new Set<number>();
  private readonly startPairs = new Set<number>();
  /** For a syllable, the syllables seen right before it in a known pair. */
  readonly leftOf = new Map<string, string[]>();
  /** For a syllable, the syllables seen right after it in a known pair. */
  readonly rightOf = new Map<string, string[]>();
  /** How many lexicon entries use a syllable: a stand-in for frequency. */
  readonly weight = new Map<string, number>();
  /** How a key is best written (lý rather than lí, as the lexicon spells it). */
  readonly display = new Map<string, string>();
  /** Pairs seen in the corpus, with counts (kept until they pass the threshold). */
  private readonly corpusPairs = new Map<string, number>();
  private readonly shapes = new Map<string, Shape>();
  private readonly curated = new Set<string>();
  private attestedList: string[] | null = null;

  addSyllables(words: Iterable<string>): void {
    for (const w of words) {
      const k = keyOf(w);
      if (!k) continue;
      this.syllables.add(k);
      if (!this.display.has(k)) this.display.set(k, w.toLowerCase());
    }
    this.attestedList = null;
  }

  /**
   * Add lexicon entries: one word or collocation per item, syllables
   * separated by spaces ("chủ trương", "ủy ban nhân dân").
   */
  addEntries(entries: Iterable<string>): void {
    const keys: string[] = [];
    const ids: number[] = [];
    for (const entry of entries) {
      keys.length = 0;
      for (const w of entry.split(' ')) {
        if (w === '') continue;
        const k = keyOf(w);
        if (!k) { keys.length = 0; break; }
        keys.push(k);
        // The curated lexicon's spelling wins over the syllable list's (kỳ, not kì).
        if (!this.curated.has(k)) { this.curated.add(k); this.display.set(k, w.toLowerCase()); }
      }
      if (keys.length === 0) continue;
      ids.length = 0;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        ids.push(this.idOf(k));
        if (keys.indexOf(k) !== i) continue;
        this.weight.set(k, (this.weight.get(k) ?? 0) + 1);
        if (!this.syllables.has(k)) { this.syllables.add(k); this.attestedList = null; }
      }
      const n = keys.length;
      for (let i = 0; i + 1 < n; i++) {
        const id = ids[i]! * PAIR_BASE + ids[i + 1]!;
        this.addPairId(id, keys[i]!, keys[i + 1]!);
        if (n === 2) this.wordPairIds.add(id);
        // An edge pair of a longer entry counts once it is an edge of two entries.
        if (i === 0 || i + 2 === n) {
          const edge = (this.edgeSeen.get(id) ?? 0) + 1;
          this.edgeSeen.set(id, edge);
          if (edge >= 2) this.wordPairIds.add(id);
        }
        if (i + 2 < n) push(this.triples, id, ids[i + 2]!);
      }
      if (n > 1) {
        this.startPairs.add(ids[0]! * PAIR_BASE + ids[1]!);
        this.endPairs.add(ids[n - 2]! * PAIR_BASE + ids[n - 1]!);
      }
    }
  }

  get pairCount(): number {
    return this.pairIds.size;
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  addPair(a: string, b: string): void {
    this.addPairId(this.idOf(a) * PAIR_BASE + this.idOf(b), a, b);
  }

  /** Pairs added after the built-in lexicon (user words, the newsroom's words, corpus learning); null until then. */
  private taught: Set<number> | null = null;

  /** From now on, new pairs are the user's or the newsroom's own (see isTaughtPair). */
  endBuiltIn(): void {
    this.taught ??= new Set();
  }

  /** Whether the pair was taught after the built-in lexicon: the language model must not overrule it. */
  isTaughtPair(a: string, b: string): boolean {
    if (this.taught === null || this.taught.size === 0) return false;
    const ia = this.ids.get(a);
    const ib = this.ids.get(b);
    return ia !== undefined && ib !== undefined && this.taught.has(ia * PAIR_BASE + ib);
  }

  private addPairId(pair: number, a: string, b: string): void {
    this.taught?.add(pair);
    if (this.pairIds.has(pair)) return;
    this.pairIds.add(pair);
    push(this.rightOf, a, b);
    push(this.leftOf, b, a);
  }

  hasPair(a: string, b: string): boolean {
    const ia = this.ids.get(a);
    if (ia === undefined) return false;
    const ib = this.ids.get(b);
    return ib !== undefined && this.pairIds.has(ia * PAIR_BASE + ib);
  }

  hasTriple(a: string, b: string, c: string): boolean {
    const ia = this.ids.get(a);
    const ib = this.ids.get(b);
    const ic = this.ids.get(c);
    if (ia === undefined || ib === undefined || ic === undefined) return false;
    return this.triples.get(ia * PAIR_BASE + ib)?.includes(ic) ?? false;
  }

  /** Does a lexicon entry start / end with this pair? */
  startsEntry(a: string, b: string): boolean {
    return this.edgePair(this.startPairs, a, b);
  }

  endsEntry(a: string, b: string): boolean {
    return this.edgePair(this.endPairs, a, b);
  }

  private edgePair(set: Set<number>, a: string, b: string): boolean {
    const ia = this.ids.get(a);
    const ib = this.ids.get(b);
    return ia !== undefined && ib !== undefined && set.has(ia * PAIR_BASE + ib);
  }

  /** Is the pair a word in its own right (not only a fragment of a phrase)? */
  isWordPair(a: string, b: string): boolean {
    const ia = this.ids.get(a);
    if (ia === undefined) return false;
    const ib = this.ids.get(b);
    return ib !== undefined && this.wordPairIds.has(ia * PAIR_BASE + ib);
  }

  /** Count a pair from the corpus; it becomes known once seen `threshold` times. */
  countCorpusPair(a: string, b: string, threshold: number): void {
    const pair = `${a} ${b}`;
    const n = (this.corpusPairs.get(pair) ?? 0) + 1;
    this.corpusPairs.set(pair, n);
    if (n >= threshold) {
      this.addPair(a, b);
      this.wordPairIds.add(this.idOf(a) * PAIR_BASE + this.idOf(b));
    }
  }

  shape(key: string): Shape {
    let s = this.shapes.get(key);
    if (!s) { s = shapeOf(key); this.shapes.set(key, s); }
    return s;
  }

  /** All known syllables as an array (for candidate search). */
  attested(): string[] {
    if (!this.attestedList) this.attestedList = [...this.syllables];
    return this.attestedList;
  }

  /**
   * Known syllables whose mark-less spelling equals `plain` or one of its
   * one-letter deletions (a symmetric-delete index: two spellings one edit
   * apart always share a key). Built on first use.
   */
  near(plains: Iterable<string>): Set<string> {
    if (!this.deleteIndex || this.deleteIndexSize !== this.syllables.size) this.buildDeleteIndex();
    const out = new Set<string>();
    for (const p of plains) {
      for (const d of deletions(p)) {
        const groups = this.deleteIndex!.get(d);
        if (groups) for (const keys of groups) for (const k of keys) out.add(k);
      }
    }
    return out;
  }

  /**
   * Build the look-up indexes now rather than on the first check (called
   * at load, so the first paragraph a user types does not pay for them).
   */
  prepare(): void {
    // Syllable shapes are not built here: all of them cost more load time
    // (about 70 ms) than a first check spends on the few it meets.
    this.attested();
    if (!this.deleteIndex || this.deleteIndexSize !== this.syllables.size) this.buildDeleteIndex();
  }

  private deleteIndex: Map<string, string[][]> | null = null;
  private deleteIndexSize = 0;

  private buildDeleteIndex(): void {
    // Keys are lower case with the i of lone y, so their skeleton is their
    // shape's plain spelling. Tone and vowel marks make several keys share a
    // skeleton, so deletions are computed once per skeleton.
    const bySkeleton = new Map<string, string[]>();
    for (const key of this.syllables) push(bySkeleton, skeleton(key), key);
    const index = new Map<string, string[][]>();
    for (const [plain, keys] of bySkeleton) for (const d of deletions(plain)) push(index, d, keys);
    this.deleteIndex = index;
    this.deleteIndexSize = this.syllables.size;
  }

  weightOf(key: string): number {
    return this.weight.get(key) ?? 0;
  }

  spell(key: string): string {
    return this.display.get(key) ?? key;
  }
}

/** A spelling and every spelling with one letter removed. */
function deletions(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Split a data block into entries: one per line or comma-separated. */
export function parseEntries(block: string): string[] {
  const out: string[] = [];
  for (const line of block.split('\n')) {
    const body = line.replace(/#.*$/, '');
    for (const item of body.split(/[,;]/)) {
      const entry = item.trim().replace(/\s+/g, ' ');
      if (entry) out.push(entry);
    }
  }
  return out;
}

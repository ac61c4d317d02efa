/**
 * A syllable's confusable variants for the language-model detector
 * (findLikelyErrors): the known syllables within one confusion of it
 * (cost ≤ lmMaxCost) that the corpus has seen at least lmVariantMinCount
 * times. Working them out costs a delete-index search and a confusion cost
 * per neighbour; for the 6,600 built-in syllables that is about a second,
 * which the first check of a long article used to pay syllable by syllable.
 * So the list is computed once at build time for the built-in lexicon
 * (data/lm-variants.ts, `npx tsx scripts/build-spell-data.ts --variants`) and
 * read per syllable on demand; a syllable the table does not cover, a lexicon
 * that gained a corpus syllable, or other thresholds (eval --set) fall back
 * to computing it.
 */
import { plainVariants } from './candidates';
import { confusionCost } from './confusion';
import type { Lexicon } from './lexicon';
import { SPELL_CONFIG } from './spell-config';

export interface Variant { key: string; cost: number }

/** Work out the variants of `key` from the lexicon and the model. */
export function computeLmVariants(lex: Lexicon, key: string, maxCost = SPELL_CONFIG.lmMaxCost, minCount = SPELL_CONFIG.lmVariantMinCount): Variant[] {
  const lm = lex.lm!;
  const list: Variant[] = [];
  const x = lex.shape(key);
  for (const k of lex.near(plainVariants(x))) {
    if (k === key || lm.count(k) < minCount) continue;
    const cost = confusionCost(x, lex.shape(k));
    if (cost <= maxCost) list.push({ key: k, cost });
  }
  return list;
}

/** Syllables of the lexicon that can be a variant at all (seen often enough in the corpus). */
function corpusSyllableCount(lex: Lexicon, minCount: number): number {
  let n = 0;
  for (const k of lex.syllables) if (lex.lm!.count(k) >= minCount) n++;
  return n;
}

/**
 * Serialise the variants of every syllable of `lex` (build time). Line 1:
 * `maxCost minCount corpusSyllables`; then one line per syllable with at
 * least one variant: `key<TAB>variant cost<TAB>…` (costs as JavaScript prints
 * them, so they read back exactly). Syllables without a line have none.
 */
export function encodeLmVariants(lex: Lexicon): string {
  const maxCost = SPELL_CONFIG.lmMaxCost;
  const minCount = SPELL_CONFIG.lmVariantMinCount;
  const lines = [`${maxCost} ${minCount} ${corpusSyllableCount(lex, minCount)}`];
  const covered: string[] = [];
  for (const key of [...lex.syllables].sort()) {
    covered.push(key);
    const list = computeLmVariants(lex, key, maxCost, minCount);
    if (list.length) lines.push([key, ...list.map((v) => `${v.key} ${v.cost}`)].join('\t'));
  }
  return lines.join('\n') + '\n#' + covered.join(' ');
}

/** The shipped table, parsed line by line on demand. */
export class LmVariantTable {
  private readonly maxCost: number;
  private readonly minCount: number;
  private readonly corpusSyllables: number;
  /** key → [start, end) of its line in `data`; -1 for a covered syllable without variants. */
  private readonly lines = new Map<string, number>();
  private readonly parsed = new Map<string, Variant[]>();
  private checkedSize = -1;
  private valid = false;

  constructor(private readonly data: string) {
    const nl = data.indexOf('\n');
    const [maxCost = '0', minCount = '0', count = '0'] = data.slice(0, nl).split(' ');
    this.maxCost = Number(maxCost);
    this.minCount = Number(minCount);
    this.corpusSyllables = Number(count);
    const coveredAt = data.lastIndexOf('\n#');
    for (const key of data.slice(coveredAt + 2).split(' ')) this.lines.set(key, -1);
    let at = nl + 1;
    while (at < coveredAt) {
      const end = data.indexOf('\n', at);
      this.lines.set(data.slice(at, data.indexOf('\t', at)), at);
      at = end + 1;
    }
  }

  /** The variants of `key`, or undefined when the table cannot answer for this lexicon and configuration. */
  lookup(lex: Lexicon, key: string): Variant[] | undefined {
    if (this.maxCost !== SPELL_CONFIG.lmMaxCost || this.minCount !== SPELL_CONFIG.lmVariantMinCount) return undefined;
    if (this.checkedSize !== lex.syllables.size) {
      // New syllables matter only if the corpus knows them: then they may be someone's variant.
      this.checkedSize = lex.syllables.size;
      this.valid = corpusSyllableCount(lex, this.minCount) === this.corpusSyllables;
    }
    if (!this.valid) return undefined;
    let list = this.parsed.get(key);
    if (list) return list;
    const at = this.lines.get(key);
    if (at === undefined) return undefined;
    list = [];
    if (at >= 0) {
      const fields = this.data.slice(at, this.data.indexOf('\n', at)).split('\t');
      for (let i = 1; i < fields.length; i++) {
        const sp = fields[i]!.indexOf(' ');
        list.push({ key: fields[i]!.slice(0, sp), cost: Number(fields[i]!.slice(sp + 1)) });
      }
    }
    this.parsed.set(key, list);
    return list;
  }
}

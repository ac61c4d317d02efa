/**
 * The word pairs of a dictionary (data/dictionary-pairs.ts: the adjacent syllables of the Vietnamese
 * Wiktionary's lower-case multi-syllable titles, `scripts/build-spell-data.ts --dictionary`). A written
 * syllable that forms such a word with a neighbour (la cà, quanh co, hoàng cung) is a word the language
 * model may simply not have seen there, so every real-word rule asks for more evidence before changing it
 * (SPELL_CONFIG.dictionaryPairExtra; docs/spellcheck.md).
 */
export class DictionaryPairs {
  private pairs: Set<string> | null = null;

  /** `data`: pairs of syllable keys ("la cà"), one per line. The set is built on the first look-up. */
  constructor(private readonly data: string) {}

  /** Do the syllable keys `a b`, in this order, form (part of) a word of the dictionary? */
  has(a: string, b: string): boolean {
    this.pairs ??= new Set(this.data.split('\n'));
    return this.pairs.has(`${a} ${b}`);
  }

  get size(): number {
    this.pairs ??= new Set(this.data.split('\n'));
    return this.pairs.size;
  }
}

import { tokenize, type Token } from '../../../common/vietnamese/tokenize';

/**
 * Syllables written with a capital after these words, whatever the
 * sentence: they name a people, a language, a country ("tiếng Việt",
 * "người Việt"). Small on purpose; the checker knows nothing of names.
 */
const NAME_AFTER: Record<string, ReadonlySet<string>> = {
  tiếng: new Set(['việt']),
  người: new Set(['việt']),
  nước: new Set(['việt']),
  chữ: new Set(['việt']),
};

const isCapitalised = (word: string) => {
  const first = [...word][0] ?? '';
  return first !== first.toLowerCase();
};
const isAllCaps = (word: string) => [...word].filter((c) => c.toLowerCase() !== c.toUpperCase()).length >= 2 && word === word.toUpperCase();
const capitalise = (word: string) => {
  const [first = '', ...rest] = [...word];
  return first.toUpperCase() + rest.join('');
};

/**
 * The suggestion as it should stand in the sentence. The rule:
 * 1. the flagged word in capitals (a headline: "VIEETJ") gives capitals;
 * 2. a flagged word with a capital letter ("Vieetj") gives a capital;
 * 3. the first word of a sentence gives a capital;
 * 4. inside a proper name: after a capitalised word in mid-sentence
 *    ("huyện Tân thajnh") the fix takes a capital ("Thạnh");
 * 5. after "tiếng", "người", "nước", "chữ", the syllable "việt" is the
 *    name it always is ("Tiếng vieetj", "tiếng vieetj" → "Việt");
 * otherwise the suggestion stays as the checker gives it. A capital in the
 * suggestion itself is never taken away.
 *
 * `text` is the paragraph and [start, end) the flagged word in it.
 */
export function caseSuggestion(suggestion: string, text: string, start: number, end: number): string {
  const flagged = text.slice(start, end);
  if (isAllCaps(flagged)) return suggestion.toUpperCase();
  if (isCapitalised(flagged)) return capitalise(suggestion);
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.start <= start && start < t.end);
  const token: Token | undefined = tokens[at];
  if (!token || token.sentenceStart) return capitalise(suggestion);
  const previous = at > 0 && !token.afterBreak ? tokens[at - 1] : undefined;
  if (!previous) return suggestion;
  if (!previous.sentenceStart && isCapitalised(previous.text) && (previous.kind === 'name' || previous.kind === 'word')) return capitalise(suggestion);
  const lowered = suggestion.normalize('NFC').toLowerCase();
  if (NAME_AFTER[previous.text.normalize('NFC').toLowerCase()]?.has(lowered)) return capitalise(suggestion);
  return suggestion;
}

import { foldVietnamese } from '../../../../common/article/fold';

export interface FindOptions {
  /** "tan thanh" finds "Tân Thạnh" (diacritics ignored, đ = d). */
  ignoreAccents: boolean;
  matchCase: boolean;
  wholeWord: boolean;
}

export const defaultFindOptions: FindOptions = { ignoreAccents: true, matchCase: false, wholeWord: false };

/** Combining marks: text pasted in NFD (or typed by some input methods) carries its accents as these. */
const MARK = /[\u0300-\u036f]/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/**
 * Text turned into the form that is compared, with where each compared code
 * unit came from: `starts[i]` is the offset in the original text of the
 * character (base letter and its combining marks) that gave key unit i, and
 * `ends[i]` where that character ends. NFC and NFD spellings of a letter give
 * the same key, so a match maps back to whole characters of the original
 * whatever its normalisation.
 */
export interface SearchKey {
  key: string;
  starts: number[];
  ends: number[];
}

function keyOfCluster(cluster: string, options: FindOptions): string {
  const nfc = cluster.normalize('NFC');
  if (!options.ignoreAccents) return options.matchCase ? nfc : nfc.toLowerCase();
  // The search's own folding (lower case, no diacritics, đ → d), then the case put back if it matters.
  let out = '';
  for (const ch of nfc) {
    const folded = foldVietnamese(ch).replace(/[\u0300-\u036f]/g, '');
    out += options.matchCase && ch !== ch.toLowerCase() ? folded.toUpperCase() : folded;
  }
  return out;
}

/** The key of a text: one cluster (a character and the combining marks after it) at a time. */
export function searchKey(text: string, options: FindOptions): SearchKey {
  const starts: number[] = [];
  const ends: number[] = [];
  let key = '';
  let i = 0;
  while (i < text.length) {
    const start = i;
    const code = text.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    while (i < text.length && MARK.test(text[i]!)) i += 1;
    const part = keyOfCluster(text.slice(start, i), options);
    for (let k = 0; k < part.length; k++) {
      starts.push(start);
      ends.push(i);
    }
    key += part;
  }
  return { key, starts, ends };
}

/** What the user typed, in the same form as the text it is looked for in. */
export function queryKey(query: string, options: FindOptions): string {
  return searchKey(query, options).key;
}

/**
 * Every match of `query` in `text`, as [start, end) offsets in `text`
 * (UTF-16, as the editor counts), in order and never overlapping.
 */
export function findInText(text: string, query: string, options: FindOptions, key: SearchKey = searchKey(text, options)): Array<[number, number]> {
  const needle = queryKey(query, options);
  const found: Array<[number, number]> = [];
  if (needle === '') return found;
  let at = key.key.indexOf(needle);
  while (at >= 0) {
    const last = at + needle.length - 1;
    const start = key.starts[at]!;
    const end = key.ends[last]!;
    // A match must begin and end on whole characters of the original.
    const whole = (at === 0 || key.starts[at - 1] !== start) && (last + 1 >= key.starts.length || key.starts[last + 1] !== key.starts[last]);
    if (whole && (!options.wholeWord || isWholeWord(text, start, end))) {
      found.push([start, end]);
      at = key.key.indexOf(needle, at + needle.length);
    } else {
      at = key.key.indexOf(needle, at + 1);
    }
  }
  return found;
}

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = start > 0 ? String.fromCodePoint(text.codePointAt(start - 1)!) : '';
  // A low surrogate before `start`: look at the whole pair.
  const pairBefore = start > 1 && /[\udc00-\udfff]/.test(text[start - 1]!) ? text.slice(start - 2, start) : before;
  const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
  return !WORD_CHAR.test(pairBefore) && !WORD_CHAR.test(after);
}

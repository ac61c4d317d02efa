import { foldVietnamese } from './fold';

/** A piece of text; `hit` pieces are what a search matched, to be highlighted. */
export interface MarkedPart {
  text: string;
  hit: boolean;
}

/**
 * The pattern of a search's words (already folded) in folded text: a word
 * matches at the start of a word and runs to the end of that word (the last
 * typed word is a prefix). Longer words first, so "thanh" wins over "th".
 */
export function wordPattern(foldedWords: string[]): RegExp {
  const alternatives = [...foldedWords]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (alternatives.length === 0) return /(?!)/gu;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})[\\p{L}\\p{N}]*`, 'gu');
}

/** Words of a query, NFC, lower case, accents folded, in order. */
export function foldedQueryWords(query: string): string[] {
  return query
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(foldVietnamese);
}

/**
 * `text[start, end)` cut into parts, the matches of `pattern` marked. The
 * match is found in the folded text and the ORIGINAL characters are marked
 * ("tan thanh" marks "Tân Thạnh"): folding keeps offsets (see fold.ts), so
 * `text` must be NFC, as every stored article text is.
 */
export function markMatches(text: string, pattern: RegExp, start = 0, end = text.length): MarkedPart[] {
  const slice = foldVietnamese(text.slice(start, end));
  const original = text;
  const parts: MarkedPart[] = [];
  let cursor = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    if (m[0].length === 0) break;
    if (m.index > cursor) parts.push({ text: original.slice(start + cursor, start + m.index), hit: false });
    parts.push({ text: original.slice(start + m.index, start + m.index + m[0].length), hit: true });
    cursor = m.index + m[0].length;
  }
  if (cursor < slice.length) parts.push({ text: original.slice(start + cursor, end), hit: false });
  return parts;
}

/**
 * Words and characters as a Vietnamese newsroom counts them: a word is a
 * syllable or number between spaces ("Tân Thạnh" is two, "25/11" one,
 * "kinh tế - xã hội" four: the dash alone is not a word, "COVID-19" is one),
 * punctuation alone is not a word; characters are letters, digits,
 * punctuation and spaces, each precomposed letter counting once, line breaks
 * not counted.
 *
 * The one count of the app: the drafts service derives the list's word count
 * with it (common/article/derive.ts) and the editor's status bar shows it, so
 * the list and the editor always give the same number for the same article.
 */

export interface Counts {
  words: number;
  chars: number;
}

const WORD = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let words = 0;
  for (const token of text.normalize('NFC').split(/\s+/)) if (token && WORD.test(token)) words += 1;
  return words;
}

export function countText(text: string): Counts {
  const nfc = text.normalize('NFC');
  let chars = 0;
  for (const ch of nfc) if (ch !== '\n' && ch !== '\r') chars += 1;
  return { words: countWords(nfc), chars };
}

/** Characters of a one-line field (title, sapo) as the portal limits them: NFC code points, spaces included. */
export function countChars(text: string): number {
  return countText(text).chars;
}

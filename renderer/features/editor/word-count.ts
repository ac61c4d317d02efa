/**
 * Words and characters as a Vietnamese newsroom counts them: a word is a
 * syllable or number between spaces ("Tân Thạnh" is two), punctuation alone
 * is not a word; characters are letters, digits, punctuation and spaces, each
 * precomposed letter counting once, line breaks not counted.
 */

export interface Counts {
  words: number;
  chars: number;
}

const WORD = /[\p{L}\p{N}]/u;

export function countText(text: string): Counts {
  const nfc = text.normalize('NFC');
  let words = 0;
  for (const token of nfc.split(/\s+/)) if (token && WORD.test(token)) words += 1;
  let chars = 0;
  for (const ch of nfc) if (ch !== '\n' && ch !== '\r') chars += 1;
  return { words, chars };
}

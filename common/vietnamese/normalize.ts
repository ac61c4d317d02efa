/**
 * Unicode and tone-placement normalisation. The checker works on NFC text
 * but reports offsets into the caller's original string, so `normalize`
 * returns a map from normalised positions back to original ones.
 */
import { isCombiningMark } from './alphabet';
import { composeSyllable, isWellFormed, parseSyllable, type ToneStyle } from './syllable';

export interface NormalizedText {
  /** The text in NFC. */
  text: string;
  /**
   * `origin[i]` is the offset in the original string of normalised code unit
   * `i`; `origin[text.length]` is the original length. Null when the input
   * was already NFC (identity map).
   */
  origin: Int32Array | null;
}

/** NFC with an offset map back to the input (which may be NFD or mixed). */
export function normalize(input: string): NormalizedText {
  const nfc = input.normalize('NFC');
  if (nfc === input) return { text: input, origin: null };
  let text = '';
  const origin: number[] = [];
  let i = 0;
  while (i < input.length) {
    // A cluster is one base code point plus the combining marks after it.
    let j = i + (isHighSurrogate(input.charCodeAt(i)) ? 2 : 1);
    while (j < input.length && isCombiningMark(input.charCodeAt(j))) j++;
    const piece = input.slice(i, j).normalize('NFC');
    for (let k = 0; k < piece.length; k++) origin.push(i);
    text += piece;
    i = j;
  }
  origin.push(input.length);
  return { text, origin: Int32Array.from(origin) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Map a normalised offset back to the original string. */
export function originalOffset(n: NormalizedText, offset: number): number {
  return n.origin ? n.origin[offset]! : offset;
}

/** True when the text contains decomposed (NFD) Vietnamese letters. */
export function hasDecomposedMarks(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCombiningMark(text.charCodeAt(i))) return true;
  return false;
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Rewrite text so every Vietnamese syllable carries its tone mark in the
 * chosen house style: 'new' (hoà, khoẻ, thuý, uỷ) or 'old' (hòa, khỏe,
 * thúy, ủy). Misplaced marks (ngừơi) are corrected too; other words are
 * left as they are.
 */
export function toHouseStyle(input: string, style: ToneStyle): string {
  return input.normalize('NFC').replace(WORD, (word) => {
    const s = parseSyllable(word);
    if (!s || !isWellFormed(s)) return word;
    return composeSyllable(s, style, word);
  });
}

/** Which tone style a word is written in, when it shows one (oa/oe/uy open rhymes). */
export function toneStyleOf(word: string): ToneStyle | null {
  const s = parseSyllable(word);
  if (!s || s.tone === 0 || s.coda !== '' || !['oa', 'oe', 'uy'].includes(s.vowels)) return null;
  if (word.toLowerCase() === composeSyllable(s, 'new')) return 'new';
  if (word.toLowerCase() === composeSyllable(s, 'old')) return 'old';
  return null;
}

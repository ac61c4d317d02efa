/** Writing a suggested syllable the way the surrounding text is written. */
import { composeSyllable, parseSyllable, type ToneStyle } from './syllable';

/** Write a suggestion in the house style and with the case of the word it replaces. */
export function restyle(word: string, style: ToneStyle, original: string): string {
  const s = parseSyllable(word);
  let out = s && s.vowels.length > 0 && s.toneMarks <= 1 ? composeSyllable(s, style) : word.toLowerCase();
  if (original.length > 1 && original === original.toUpperCase()) out = out.toUpperCase();
  else if (original[0] !== original[0]!.toLowerCase()) out = out[0]!.toUpperCase() + out.slice(1);
  return out;
}

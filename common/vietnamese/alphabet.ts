/**
 * Character-level tables of the Vietnamese alphabet: which precomposed
 * letters carry which tone mark, and how to take a letter apart into its
 * base (with vowel quality marks such as ă, ơ, ư kept) and its tone.
 */

/** Tones in the conventional order: ngang, huyền, sắc, hỏi, ngã, nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

export const TONE_NAMES = ['ngang', 'huyền', 'sắc', 'hỏi', 'ngã', 'nặng'] as const;

/** Each row: a base vowel followed by its five toned forms. */
const VOWEL_ROWS = [
  'aàáảãạ', 'ăằắẳẵặ', 'âầấẩẫậ', 'eèéẻẽẹ', 'êềếểễệ', 'iìíỉĩị',
  'oòóỏõọ', 'ôồốổỗộ', 'ơờớởỡợ', 'uùúủũụ', 'ưừứửữự', 'yỳýỷỹỵ',
];

const toneOf = new Map<string, Tone>();
const baseOf = new Map<string, string>();
const toned = new Map<string, string[]>();

for (const row of VOWEL_ROWS) {
  const chars = [...row];
  const base = chars[0]!;
  toned.set(base, chars);
  chars.forEach((c, t) => {
    toneOf.set(c, t as Tone);
    baseOf.set(c, base);
    const upper = c.toUpperCase();
    toneOf.set(upper, t as Tone);
    baseOf.set(upper, base.toUpperCase());
  });
  toned.set(base.toUpperCase(), chars.map((c) => c.toUpperCase()));
}

/** Vowel letters (base forms, lower case). */
export const BASE_VOWELS = new Set(VOWEL_ROWS.map((r) => r[0]!));

/** True for any Vietnamese vowel letter, toned or not, either case. */
export function isVowel(ch: string): boolean {
  return toneOf.has(ch);
}

/** The tone carried by one letter (0 when none or not a vowel). */
export function toneOfChar(ch: string): Tone {
  return toneOf.get(ch) ?? 0;
}

/** The letter without its tone mark, keeping ă â ê ô ơ ư and the case. */
export function stripTone(ch: string): string {
  return baseOf.get(ch) ?? ch;
}

/** Put a tone mark on a base vowel; non-vowels are returned unchanged. */
export function addTone(ch: string, tone: Tone): string {
  const row = toned.get(ch);
  return row ? row[tone]! : ch;
}

const PLAIN: Record<string, string> = {
  'ă': 'a', 'â': 'a', 'ê': 'e', 'ô': 'o', 'ơ': 'o', 'ư': 'u', 'đ': 'd',
  'Ă': 'A', 'Â': 'A', 'Ê': 'E', 'Ô': 'O', 'Ơ': 'O', 'Ư': 'U', 'Đ': 'D',
};

/** All marks removed, đ → d: the "ASCII skeleton" used to find diacritic slips. */
export function skeleton(word: string): string {
  let out = '';
  for (const ch of word) {
    const b = baseOf.get(ch) ?? ch;
    out += PLAIN[b] ?? b;
  }
  return out;
}

/** Letters that may appear in a Vietnamese syllable (lower case). */
const VIETNAMESE_LETTERS = new Set([...'abcdđeghiklmnopqrstuvxy', ...VOWEL_ROWS.join('')]);

export function isVietnameseLetter(ch: string): boolean {
  return VIETNAMESE_LETTERS.has(ch.toLowerCase());
}

/** Letters with any Vietnamese mark (tone, vowel quality or đ). */
export function hasVietnameseMark(word: string): boolean {
  return skeleton(word) !== word;
}

/** Combining marks that Unicode NFD uses for Vietnamese. */
export function isCombiningMark(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

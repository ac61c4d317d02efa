import {
  LETTERS,
  TCVN3_CAPITALS,
  TCVN3_COMBINING,
  TCVN3_LOWER,
  VIQR_TONE,
  VIQR_VOWEL,
  VNI_LOWER,
  VNI_SINGLE,
  WINDOWS_1252_HIGH,
  WINDOWS_1258_HIGH,
} from './tables';

/**
 * Decoders from the legacy Vietnamese encodings to NFC Unicode. Input is text
 * as Windows hands it over (each legacy byte as its Windows-1252 character,
 * see tables.ts); output is NFC. Characters a table does not use pass
 * through unchanged, so ASCII, digits and punctuation are never touched.
 */

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr' | 'cp1258';
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viqr', 'cp1258'];

const isAsciiLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

// ---------------------------------------------------------------- TCVN3 ---

const tcvn3Map = new Map<string, string>();
[...TCVN3_LOWER].forEach((code, i) => {
  if (code !== LETTERS[i] && !isAsciiLetter(code)) tcvn3Map.set(code, LETTERS[i]!);
});
for (const [code, letter] of Object.entries(TCVN3_CAPITALS)) tcvn3Map.set(code, letter);
for (const [code, mark] of Object.entries(TCVN3_COMBINING)) tcvn3Map.set(code, mark);

export interface Tcvn3Options {
  /** The run's font is one of ABC's capital fonts (.VnTimeH, .VnArialH …): every letter is a capital. */
  capitals?: boolean;
}

/**
 * TCVN3 (ABC) → Unicode. VN3 writes a toned capital with the lower-case code,
 * so a word whose ASCII letters are all capitals ("HéI") is taken as written
 * in capitals ("HỘI"), as a .VnTimeH font would show it.
 */
export function fromTcvn3(text: string, options: Tcvn3Options = {}): string {
  if (options.capitals) return mapChars(text, tcvn3Table).toUpperCase().normalize('NFC');
  return text.replace(/[\u00a1-\u00fe]\S*|\S+[\u00a1-\u00fe]\S*/g, (word) => {
    const converted = mapChars(word, tcvn3Table);
    if (converted === word) return word;
    let upper = 0;
    let lower = 0;
    for (const c of word) {
      if ((c >= 'A' && c <= 'Z') || c in TCVN3_CAPITALS) upper++;
      else if (c >= 'a' && c <= 'z') lower++;
    }
    const cased = upper >= 2 && lower === 0 ? converted.toUpperCase() : converted;
    return /[\u0300-\u0323]/.test(cased) ? cased.normalize('NFC') : cased;
  });
}

/** Code (U+0000–U+00FF) → replacement, for the hot loop. */
const tcvn3Table: (string | undefined)[] = Array.from({ length: 256 }, (_, i) => tcvn3Map.get(String.fromCharCode(i)));

function mapChars(text: string, table: readonly (string | undefined)[]): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const replacement = code < 256 ? table[code] : undefined;
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// ------------------------------------------------------------------ VNI ---

/** Two-character spellings (base + mark), keyed in lower case. */
const vniPairs = new Map<string, string>();
const vniSingles = new Map<string, string>(Object.entries(VNI_SINGLE));
VNI_LOWER.forEach((spelling, i) => {
  if ([...spelling].length === 2) vniPairs.set(spelling, LETTERS[i]!);
});
const vniBases = new Set([...vniPairs.keys()].map((k) => [...k][0]!));

/** VNI-Windows → Unicode. The case of a letter is the case of its base character. */
export function fromVni(text: string): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const lower = c.toLowerCase();
    const upper = c !== lower;
    const next = chars[i + 1];
    if (next !== undefined && vniBases.has(lower)) {
      const letter = vniPairs.get(lower + next.toLowerCase());
      if (letter) {
        out += upper ? letter.toUpperCase() : letter;
        i++;
        continue;
      }
    }
    const single = vniSingles.get(lower);
    out += single ? (upper ? single.toUpperCase() : single) : c;
  }
  return out.normalize('NFC');
}

// --------------------------------------------------------- Windows-1258 ---

const cp1252Byte = new Map<string, number>([...WINDOWS_1252_HIGH].map((c, i) => [c, 0x80 + i]));

/** The byte a Windows-1252 character stands for, or -1 when it is not one. */
export function windows1252Byte(c: string): number {
  const code = c.charCodeAt(0);
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return cp1252Byte.get(c) ?? (code <= 0x9f ? code : -1);
}

/** Bytes → text, Windows-1252 (what Windows calls ANSI on a Western or Vietnamese-font PC). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return out;
}

/** Bytes → text, Windows-1258, NFC (its tone marks are combining characters). */
export function decodeWindows1258(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : WINDOWS_1258_HIGH[b - 0x80]!;
  return out.normalize('NFC');
}

/**
 * Windows-1258 text that was read as Windows-1252 ("Vi\u00eat Nam" with "Ì",
 * "Ò", "Þ", "ì", "ò" standing for the tone marks) → Unicode.
 */
export function fromCp1258(text: string): string {
  let out = '';
  for (const c of text) {
    const b = windows1252Byte(c);
    out += b >= 0x80 ? WINDOWS_1258_HIGH[b - 0x80]! : c;
  }
  return out.normalize('NFC');
}

// ----------------------------------------------------------------- VIQR ---

const VIQR_VOWELS = new Set([...'aeiouyAEIOUY']);
const viqrTone = new Map<string, number>(VIQR_TONE.map((m, t) => [m, t] as [string, number]).filter(([m]) => m !== ''));
const TONE_MARK: readonly string[] = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/**
 * VIQR (RFC 1456) → Unicode: "Vie^.t Nam" → "Việt Nam", "ddi.a" → "địa",
 * "\\." is a literal full stop, as the RFC asks after a vowel. An unescaped
 * "?" or "." after a vowel is a tone mark unless the syllable already has
 * one ("no^.i." → "nội.") or it ends the line ("ddi." → "đi."); so
 * "Thi. Thu'y" → "Thị Thúy" and "62 ta./ha" → "62 tạ/ha".
 */
export function fromViqr(text: string): string {
  let out = '';
  const n = text.length;
  let toned = false;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : '';
    if (!isAsciiLetter(c)) toned = false;
    if (c === '\\' && i + 1 < n && /['`?~.(^+\\]/.test(text[i + 1]!)) {
      out += text[i + 1];
      i++;
      continue;
    }
    const startsWord = !isAsciiLetter(prev) || (c === 'D' && text[i + 1] === 'D' && prev >= 'A' && prev <= 'Z');
    if ((c === 'd' || c === 'D') && (text[i + 1] === 'd' || text[i + 1] === 'D') && startsWord) {
      out += c === 'D' ? 'Đ' : 'đ';
      i++;
      continue;
    }
    if (!VIQR_VOWELS.has(c)) {
      out += c;
      continue;
    }
    let letter = c;
    let j = i + 1;
    const modified = VIQR_VOWEL[c.toLowerCase() + (text[j] ?? '')];
    if (modified) {
      letter = c === c.toLowerCase() ? modified : modified.toUpperCase();
      j++;
    }
    const mark = text[j];
    const tone = mark !== undefined ? viqrTone.get(mark) : undefined;
    if (tone !== undefined && !toned && isToneMark(text, j)) {
      out += letter + TONE_MARK[tone];
      toned = true;
      j++;
    } else {
      out += letter;
    }
    i = j - 1;
  }
  return out.normalize('NFC');
}

function isToneMark(text: string, at: number): boolean {
  const mark = text[at]!;
  if (mark !== '?' && mark !== '.') return true;
  const rest = text.slice(at + 1, at + 3);
  return !/^(?:[ \t\u00a0]*(?:\r|\n|$))/.test(rest) || /^[.?\\]/.test(rest);
}

// ------------------------------------------------------------- dispatch ---

export function fromLegacy(text: string, encoding: LegacyEncoding, options: Tcvn3Options = {}): string {
  switch (encoding) {
    case 'tcvn3':
      return fromTcvn3(text, options);
    case 'vni':
      return fromVni(text);
    case 'viqr':
      return fromViqr(text);
    case 'cp1258':
      return fromCp1258(text);
  }
}

import { LETTERS, TCVN3_CAPITALS, TCVN3_LOWER, VIQR_TONE, VNI_LOWER } from './tables';

/**
 * Unicode → legacy encodings, straight from the tables: for tests and
 * benchmarks (the app only ever converts towards Unicode). Output is in the
 * Windows-1252 characters Windows shows for the bytes (see tables.ts).
 */

const capitalCode = new Map(Object.entries(TCVN3_CAPITALS).map(([code, letter]) => [letter, code]));
const tcvn3Codes = [...TCVN3_LOWER];
const letterIndex = new Map(LETTERS.map((l, i) => [l, i]));

/** TCVN3 (ABC): a toned capital has no code of its own and is written with the lower-case one. */
export function toTcvn3(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    if (c < '\u0080') out += c;
    else out += capitalCode.get(c) ?? ((i) => (i === undefined ? c : tcvn3Codes[i]!))(letterIndex.get(c.toLowerCase()));
  }
  return out;
}

export function toVni(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    const i = letterIndex.get(c.toLowerCase());
    if (c < '\u0080' || i === undefined) out += c;
    else out += c === c.toLowerCase() ? VNI_LOWER[i]! : VNI_LOWER[i]!.toUpperCase();
  }
  return out;
}

/** VIQR as RFC 1456 writes it: a full stop or question mark right after a vowel is escaped. */
export function toViqr(text: string): string {
  let out = '';
  let prev = '';
  for (const c of text.normalize('NFC')) {
    const lower = c.toLowerCase();
    if ((c === '.' || c === '?') && prev !== '' && prev !== 'đ' && letterIndex.has(prev.toLowerCase()) && /[aeiouy]/i.test(prev.normalize('NFD')[0]!)) {
      out += `\\${c}`;
    } else if (lower === 'đ') {
      out += c === 'đ' ? 'dd' : 'DD';
    } else if (c >= '\u0080' && letterIndex.has(lower)) {
      const nfd = c.normalize('NFD');
      let spelled = nfd[0]!;
      if (nfd.includes('\u0306')) spelled += '(';
      if (nfd.includes('\u0302')) spelled += '^';
      if (nfd.includes('\u031b')) spelled += '+';
      const tone = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'].findIndex((m, t) => t > 0 && nfd.includes(m));
      out += spelled + (tone > 0 ? VIQR_TONE[tone] : '');
    } else {
      out += c;
    }
    prev = c;
  }
  return out;
}

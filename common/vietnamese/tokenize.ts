/**
 * Splits NFC text into tokens. Only `word` and `name` tokens are checked as
 * Vietnamese; URLs, e-mail addresses, numbers, dates, abbreviations, Roman
 * numerals and foreign words are recognised so that they are left alone.
 */
import { hasVietnameseMark, isVietnameseLetter } from './alphabet';
import { isWellFormed, parseSyllable } from './syllable';

export type TokenKind =
  | 'word' | 'name' | 'foreign' | 'abbreviation' | 'roman'
  | 'number' | 'date' | 'url' | 'email' | 'code';

export interface Token {
  kind: TokenKind;
  text: string;
  /** UTF-16 offsets into the tokenised string. */
  start: number;
  end: number;
  /** First word of a sentence (its capital letter says nothing about names). */
  sentenceStart: boolean;
  /** Punctuation or a line break separates it from the previous token. */
  afterBreak: boolean;
}

const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const EMAIL = /^[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u;
const DATE = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/;
const NUMBER = /^\d+(?:[.,]\d+)*$/;
/** Punctuation that ends a phrase; the first group also ends a sentence. */
const SENTENCE_END = new Set([...'.!?…\n\r•:']);
const PHRASE_END = new Set([...',;–—"“”()[]«»']);
/** Characters that may join two parts of one token (TP.HCM, COVID-19, H'Linh). */
const CONNECTORS = new Set([...".-'’&/@_+"]);

/** Per UTF-16 unit: 0 not yet known, 1 part of a word, 2 not. Filled lazily. */
const wordChar = new Uint8Array(65536);
function isWordChar(code: number): boolean {
  let v = wordChar[code]!;
  if (v === 0) {
    v = /[\p{L}\p{M}\p{Nd}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    wordChar[code] = v;
  }
  return v === 1;
}

/** Tokens of NFC text. A hand-written scanner: it runs on every keystroke. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let afterBreak = true;
  const n = text.length;
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number) => {
    tokens.push({ kind, text: text.slice(start, end), start, end, sentenceStart, afterBreak });
    sentenceStart = false;
    afterBreak = false;
  };
  while (i < n) {
    const ch = text[i]!;
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      if (SENTENCE_END.has(ch)) { sentenceStart = true; afterBreak = true; }
      else if (PHRASE_END.has(ch)) afterBreak = true;
      // A hyphen standing alone is a dash ("Tân Thạnh - Thạnh Hòa"); inside a word it is a connector.
      else if (ch === '-' && (i === 0 || /\s/.test(text[i - 1]!))) afterBreak = true;
      i++;
      continue;
    }
    const start = i;
    if (text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i)) {
      while (i < n && !/\s/.test(text[i]!)) i++;
      while (i > start && /[.,;:!?)\]"'”]/.test(text[i - 1]!)) i--;
      push('url', start, i);
      continue;
    }
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isWordChar(c)) { i++; continue; }
      const joiner = CONNECTORS.has(text[i]!) || (text[i] === ',' && isDigit(text.charCodeAt(i - 1)));
      if (joiner && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && (text[i] !== ',' || isDigit(text.charCodeAt(i + 1)))) { i += 2; continue; }
      break;
    }
    const value = text.slice(start, i);
    if (value.includes('@')) { push(EMAIL.test(value) ? 'email' : 'code', start, i); continue; }
    if (isDigit(code) && DATE.test(value)) { push('date', start, i); continue; }
    if (isDigit(code) && NUMBER.test(value)) { push('number', start, i); continue; }
    // "nhà.Tôi" (a missing space) is two words; "TP.HCM" is one abbreviation.
    if (value.includes('.') && value !== value.toUpperCase()) {
      let offset = start;
      for (const part of value.split('.')) {
        if (part) tokens.push(word(part, offset, sentenceStart, afterBreak));
        offset += part.length + 1;
        sentenceStart = true;
        afterBreak = true;
      }
      sentenceStart = false;
      afterBreak = false;
      continue;
    }
    tokens.push(word(value, start, sentenceStart, afterBreak));
    sentenceStart = false;
    afterBreak = false;
  }
  return tokens;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function word(text: string, start: number, sentenceStart: boolean, afterBreak: boolean): Token {
  return { kind: classifyWord(text, sentenceStart), text, start, end: start + text.length, sentenceStart, afterBreak };
}

/** Classify a letter run by its shape (the checker refines `foreign`). */
const classCache = new Map<string, TokenKind>();

export function classifyWord(text: string, sentenceStart: boolean): TokenKind {
  const id = sentenceStart ? '^' + text : text;
  let kind = classCache.get(id);
  if (kind === undefined) {
    kind = classify(text, sentenceStart);
    if (classCache.size > 50_000) classCache.clear();
    classCache.set(id, kind);
  }
  return kind;
}

function classify(text: string, sentenceStart: boolean): TokenKind {
  if (/[\-'’&/]/.test(text)) return /\d/.test(text) ? 'code' : 'foreign';
  if (/\d/.test(text)) return /^[\p{Ll}\d]+$/u.test(text) ? 'word' : 'code';
  if (text.length >= 2 && text === text.toUpperCase()) {
    if (ROMAN.test(text)) return 'roman';
    // A capitalised headline word with Vietnamese marks (HUYỆN, TỔ CHỨC) is a word, not an abbreviation.
    const s = hasVietnameseMark(text) ? parseSyllable(text) : null;
    return s && isWellFormed(s) ? 'word' : 'abbreviation';
  }
  const rest = text.slice(1);
  if (rest !== rest.toLowerCase()) return 'foreign';
  for (const ch of text) if (!isVietnameseLetter(ch) && !'fjwz'.includes(ch.toLowerCase())) return 'foreign';
  if (text[0] !== text[0]!.toLowerCase() && !sentenceStart) return 'name';
  return 'word';
}

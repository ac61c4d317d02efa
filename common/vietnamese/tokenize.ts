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
const SENTENCE_END = '.!?…\n\r•:';
const PHRASE_END = ',;–—"“”()[]«»';
/** Characters that may join two parts of one token (TP.HCM, COVID-19, H'Linh). */
const CONNECTORS = ".-'’&/@_+";

/**
 * Per UTF-16 unit, what it is to the scanner (bits below; 0 = not yet worked
 * out). A table rather than Sets and regular expressions per character: the
 * scanner runs over every character of every paragraph, and the first long
 * article is checked before the JIT has optimised it.
 */
const charClass = new Uint8Array(65536);
const KNOWN = 1;
const WORD = 2;
const SENTENCE = 4;
const PHRASE = 8;
const CONNECTOR = 16;
const SPACE = 32;

function classOf(code: number): number {
  let v = charClass[code]!;
  if (v === 0) {
    const ch = String.fromCharCode(code);
    v = KNOWN;
    if (/[\p{L}\p{M}\p{Nd}]/u.test(ch)) v |= WORD;
    if (SENTENCE_END.includes(ch)) v |= SENTENCE;
    if (PHRASE_END.includes(ch)) v |= PHRASE;
    if (CONNECTORS.includes(ch)) v |= CONNECTOR;
    if (/\s/.test(ch)) v |= SPACE;
    charClass[code] = v;
  }
  return v;
}

const COMMA = 44;
const HYPHEN = 45;
const LOWER_H = 104;
const LOWER_W = 119;

/** Tokens of NFC text. A hand-written scanner: it runs on every keystroke. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let afterBreak = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if ((cls & WORD) === 0) {
      if ((cls & SENTENCE) !== 0) { sentenceStart = true; afterBreak = true; }
      else if ((cls & PHRASE) !== 0) afterBreak = true;
      // A hyphen standing alone is a dash ("Tân Thạnh - Thạnh Hòa"); inside a word it is a connector.
      else if (code === HYPHEN && (i === 0 || (classOf(text.charCodeAt(i - 1)) & SPACE) !== 0)) afterBreak = true;
      i++;
      continue;
    }
    const start = i;
    if ((code === LOWER_H || code === LOWER_W) && (text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i))) {
      while (i < n && (classOf(text.charCodeAt(i)) & SPACE) === 0) i++;
      while (i > start && /[.,;:!?)\]"'”]/.test(text[i - 1]!)) i--;
      tokens.push({ kind: 'url', text: text.slice(start, i), start, end: i, sentenceStart, afterBreak });
      sentenceStart = false;
      afterBreak = false;
      continue;
    }
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      const k = classOf(c);
      if ((k & WORD) !== 0) { i++; continue; }
      if (i + 1 < n && ((k & CONNECTOR) !== 0 || (c === COMMA && isDigit(text.charCodeAt(i - 1))))) {
        const after = text.charCodeAt(i + 1);
        if ((classOf(after) & WORD) !== 0 && (c !== COMMA || isDigit(after))) { i += 2; continue; }
      }
      break;
    }
    const value = text.slice(start, i);
    if (value.includes('@')) { tokens.push({ kind: EMAIL.test(value) ? 'email' : 'code', text: value, start, end: i, sentenceStart, afterBreak }); sentenceStart = false; afterBreak = false; continue; }
    if (isDigit(code) && DATE.test(value)) { tokens.push({ kind: 'date', text: value, start, end: i, sentenceStart, afterBreak }); sentenceStart = false; afterBreak = false; continue; }
    if (isDigit(code) && NUMBER.test(value)) { tokens.push({ kind: 'number', text: value, start, end: i, sentenceStart, afterBreak }); sentenceStart = false; afterBreak = false; continue; }
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

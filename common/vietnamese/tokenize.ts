/**
 * Splits NFC text into tokens. Only `word` and `name` tokens are checked as
 * Vietnamese; URLs, e-mail addresses, numbers, dates, abbreviations, Roman
 * numerals and foreign words are recognised so that they are left alone.
 */
import { isVietnameseLetter } from './alphabet';

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

const PATTERN = new RegExp([
  String.raw`(?<url>(?:https?://|www\.)[^\s<>"'“”]+[^\s<>"'“”.,;:!?)\]])`,
  String.raw`(?<email>[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)`,
  String.raw`(?<date>\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?![\d]))`,
  String.raw`(?<number>\d+(?:[.,]\d+)*(?:%|‰)?(?![\p{L}\d]))`,
  String.raw`(?<word>[\p{L}\p{M}\d]+(?:[.\-'’&/][\p{L}\p{M}\d]+)*)`,
  String.raw`(?<stop>[.,!?…;:\n\r•–—"“”()\[\]]+)`,
].join('|'), 'gu');

const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let afterBreak = true;
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups!;
    const start = m.index!;
    if (g.stop !== undefined) {
      if (/[.!?…\n\r•:]/.test(g.stop)) sentenceStart = true;
      afterBreak = true;
      continue;
    }
    const value = m[0];
    let kind: TokenKind;
    if (g.url !== undefined) kind = 'url';
    else if (g.email !== undefined) kind = 'email';
    else if (g.date !== undefined) kind = 'date';
    else if (g.number !== undefined) kind = 'number';
    else {
      // "nhà.Tôi" (a missing space) is two words; "TP.HCM" is one abbreviation.
      if (/[.]/.test(value) && !/^[\p{Lu}\d.]+$/u.test(value)) {
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
      continue;
    }
    tokens.push({ kind, text: value, start, end: start + value.length, sentenceStart, afterBreak });
    sentenceStart = false;
    afterBreak = false;
  }
  return tokens;
}

function word(text: string, start: number, sentenceStart: boolean, afterBreak: boolean): Token {
  return { kind: classifyWord(text, sentenceStart), text, start, end: start + text.length, sentenceStart, afterBreak };
}

/** Classify a letter run by its shape (the checker refines `foreign`). */
export function classifyWord(text: string, sentenceStart: boolean): TokenKind {
  if (/[\-'’&/]/.test(text)) return /\d/.test(text) ? 'code' : 'foreign';
  if (/\d/.test(text)) return /^[\p{Ll}\d]+$/u.test(text) ? 'word' : 'code';
  if (text.length >= 2 && text === text.toUpperCase()) return ROMAN.test(text) ? 'roman' : 'abbreviation';
  const rest = text.slice(1);
  if (rest !== rest.toLowerCase()) return 'foreign';
  for (const ch of text) if (!isVietnameseLetter(ch) && !'fjwz'.includes(ch.toLowerCase())) return 'foreign';
  if (text[0] !== text[0]!.toLowerCase() && !sentenceStart) return 'name';
  return 'word';
}

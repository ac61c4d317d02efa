import { decodeHTML } from 'entities';

/** The closing tags that end a line of an article (a portal post, an imported file): captions and cells too. */
export const ARTICLE_BLOCKS: readonly string[] = ['p', 'h[1-6]', 'li', 'div', 'figcaption', 'blockquote', 'tr', 'td', 'th', 'caption'];

export interface HtmlLinesOptions {
  /** Closing tags (regular expression sources) that end a line; a `<br>` always does. */
  blocks?: readonly string[];
  /** What any other tag becomes: nothing (letters on both sides stay one word) or a space. */
  tag?: '' | ' ';
  /** Leave out the document's `<head>` (an EPUB chapter's title element) as well as scripts and styles. */
  dropHead?: boolean;
}

/** One line of text as the readers give it: runs of white space made one space, trimmed, NFC. */
export function cleanLine(line: string): string {
  return line.replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * The text lines of an HTML document as a reader sees its blocks: scripts and
 * styles left out, a line per block, other tags removed, every HTML entity
 * decoded (named ones too: `&hellip;`, `&nbsp;`), runs of white space made one
 * space, lines trimmed and NFC, empty ones left out.
 */
export function htmlLines(html: string, { blocks = ARTICLE_BLOCKS, tag = '', dropHead = false }: HtmlLinesOptions = {}): string[] {
  const dropped = new RegExp(`<(script|style${dropHead ? '|head' : ''})\\b[\\s\\S]*?<\\/\\1>`, 'gi');
  const ends = new RegExp(`<br\\s*\\/?>|<\\/(${blocks.join('|')})>`, 'gi');
  const text = decodeHTML(html.replace(dropped, ' ').replace(ends, '\n').replace(/<[^>]*>/g, tag));
  return text
    .split('\n')
    .map(cleanLine)
    .filter((line) => line !== '');
}

/** Plain text of an article's HTML (a portal post, an imported file): one line per block, captions included. */
export function htmlToText(html: string): string {
  return htmlLines(html).join('\n');
}

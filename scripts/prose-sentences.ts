/**
 * `npx tsx scripts/prose-sentences.ts IN_DIR OUT_DIR`: turns books (EPUB or
 * plain text) into one sentence per line, the form `scripts/accepted-lines.ts`
 * and `build-spell-data.ts --lm-add` read (docs/spellcheck.md, "Public-domain
 * prose for the model").
 *
 * For each `NAME.epub` or `NAME.txt` of IN_DIR, in name order, it writes
 * `OUT_DIR/NAME.txt`:
 * - an EPUB's (X)HTML files are read in name order; scripts, styles and heads
 *   are dropped; a line ends at each `<br>` and at the end of each paragraph,
 *   div, heading, list item and table row; other tags are removed, entities
 *   decoded, runs of white space made one space, lines NFC and trimmed;
 * - a `.txt` is read line by line the same way (white space, NFC, trimmed);
 * - each line is cut into sentences after `.`, `!`, `?` or `…` followed by
 *   white space; leading dashes (dialogue, or a line of dashes) and spaces are
 *   removed, and what is left empty is left out.
 *
 * On the 60 EPUBs of 6 Dec 2026 it gives, byte for byte, the 160,961 sentences
 * of the one-off script that first read them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { cleanLine, htmlLines } from '../electron/services/spell-learn/html-text';

/** The closing tags that end a line of a book (the one-off script's: no captions or cells). */
const BOOK_BLOCKS = ['p', 'div', 'h\\d', 'li', 'tr'];

/** The lines of one (X)HTML document of a book: tags become spaces, as the corpus was first cut. */
export function bookHtmlLines(html: string): string[] {
  return htmlLines(html, { blocks: BOOK_BLOCKS, tag: ' ', dropHead: true });
}

/** An EPUB's text lines: its (X)HTML files in name order. */
export function epubLines(epub: Uint8Array): string[] {
  const files = unzipSync(epub);
  const names = Object.keys(files)
    .filter((name) => /\.x?html?$/i.test(name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.flatMap((name) => bookHtmlLines(strFromU8(files[name]!)));
}

/** One line cut into sentences; leading dashes and spaces are dropped. */
export function sentences(line: string): string[] {
  return line
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.replace(/^[-–—\s]+/, '').trim())
    .filter((s) => s !== '');
}

function main(): void {
  const [inDir, outDir] = process.argv.slice(2);
  if (!inDir || !outDir) {
    console.error('usage: npx tsx scripts/prose-sentences.ts IN_DIR OUT_DIR');
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  let books = 0;
  let total = 0;
  for (const name of readdirSync(inDir).sort()) {
    const path = join(inDir, name);
    let lines: string[];
    if (/\.epub$/i.test(name)) lines = epubLines(readFileSync(path));
    else if (/\.txt$/i.test(name))
      lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).map(cleanLine).filter(Boolean);
    else continue;
    const out = lines.flatMap(sentences);
    const base = basename(name).replace(/\.(epub|txt)$/i, '');
    writeFileSync(join(outDir, `${base}.txt`), out.length ? `${out.join('\n')}\n` : '');
    books++;
    total += out.length;
    console.log(`${base}: ${lines.length} lines, ${out.length} sentences`);
  }
  console.log(`${books} books, ${total} sentences → ${outDir}`);
}

if (process.argv[1] && /prose-sentences\.ts$/.test(process.argv[1])) main();

/**
 * Clean text of a second kind: volunteers' Vietnamese software translations,
 * read from gettext catalogues (`*.po`) in a folder given by `--po DIR` or
 * SPELL_EVAL_PO (default /work/corpora/po). Nothing is in the repository, and
 * nothing derived from these files ships: they only measure false alarms
 * (issue 15's second row). The catalogue used for the recorded figures is
 * dpkg's `po/vi.po` (GPL-2+, Debian's dpkg, translators named in its header).
 *
 * Each translated message (`msgstr`, not fuzzy, not the header) becomes one or
 * more lines of text: printf conversions (%s, %d, %<PRIu64>…) become the number
 * 0 (a break between words, as the value they stand for would be: "trong %s
 * trong" is no doubled word), escapes and keyboard accelerators are removed,
 * and the text is split at line breaks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_PO_DIR = '/work/corpora/po';

export function poDir(argv: string[]): string {
  const at = argv.indexOf('--po');
  return at >= 0 ? argv[at + 1]! : process.env.SPELL_EVAL_PO ?? DEFAULT_PO_DIR;
}

const unquote = (line: string) => line.replace(/^(msgstr(\[\d+\])?\s+)?"/, '').replace(/"\s*$/, '');

/** The translated messages of one catalogue, as text (header and fuzzy entries left out). */
export function poMessages(text: string): string[] {
  const out: string[] = [];
  for (const entry of text.split(/\n\s*\n/)) {
    if (/^#,.*\bfuzzy\b/m.test(entry)) continue;
    const lines = entry.split('\n');
    let inStr = false;
    let msg = '';
    const flush = () => { if (msg) out.push(msg); msg = ''; };
    for (const l of lines) {
      if (/^msgstr/.test(l)) { flush(); inStr = true; msg += unquote(l); continue; }
      if (/^(msgid|msgctxt|#)/.test(l)) { flush(); inStr = false; continue; }
      if (inStr && /^\s*"/.test(l)) msg += unquote(l);
    }
    flush();
  }
  return out.filter((m) => !m.includes('Content-Type:'));
}

/** A message made plain: no printf conversions, escapes or accelerators; one string per line. */
export function plainLines(message: string): string[] {
  return message
    .replace(/\\n/g, '\n').replace(/\\t/g, ' ').replace(/\\"/g, '"').replace(/\\\\/g, '\\')
    .replace(/%(\d+\$)?[-+ #0']*(\d+|\*)?(\.(\d+|\*))?(hh|h|ll|l|j|z|t|L)?(<[A-Za-z0-9_]+>|[diouxXeEfgGcsSpn%])/g, ' 0 ')
    .replace(/_(?=\p{L})/gu, '')
    .split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => /\p{L}/u.test(l));
}

/** Every line of every catalogue in the folder, or null when it holds none. */
export function loadPoCorpus(dir: string): { source: string; lines: string[] } | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.po')).sort();
  if (files.length === 0) return null;
  const lines: string[] = [];
  for (const f of files) for (const m of poMessages(readFileSync(join(dir, f), 'utf8'))) lines.push(...plainLines(m));
  return { source: `${files.join(', ')} (${lines.length} lines)`, lines };
}

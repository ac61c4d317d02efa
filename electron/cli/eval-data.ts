/**
 * The evaluation set in tests/spell-eval: clean.txt (one correct sentence per
 * line) and errors.tsv (kind, sentence with one error, the wrong text, its
 * correction, optionally which occurrence of the wrong text). Every fourth line (index % 4 === 3) is held out from tuning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ErrorCase {
  kind: string;
  sentence: string;
  start: number;
  end: number;
  correction: string;
  heldOut: boolean;
}

export interface EvalSet { clean: { sentence: string; heldOut: boolean }[]; errors: ErrorCase[] }

const isHeldOut = (i: number) => i % 4 === 3;

export function loadEvalSet(dir: string): EvalSet {
  const clean = readFileSync(join(dir, 'clean.txt'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'))
    .map((sentence, i) => ({ sentence, heldOut: isHeldOut(i) }));
  const errors: ErrorCase[] = [];
  const rows = readFileSync(join(dir, 'errors.tsv'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  rows.forEach((row, i) => {
    const [kind, sentence, wrong, correction, occurrence] = row.split('\t');
    if (!kind || !sentence || !wrong || correction === undefined) throw new Error(`errors.tsv row ${i + 1}: expected 4 columns`);
    // An optional fifth column picks the n-th occurrence of an ambiguous wrong text.
    let start = sentence.indexOf(wrong);
    for (let n = Number(occurrence ?? 1); n > 1 && start >= 0; n--) start = sentence.indexOf(wrong, start + 1);
    if (start < 0) throw new Error(`errors.tsv row ${i + 1}: "${wrong}" not in sentence`);
    errors.push({ kind, sentence, start, end: start + wrong.length, correction, heldOut: isHeldOut(i) });
  });
  return { clean, errors };
}

/**
 * Unseen batches: `unseen-N/` folders beside the main set, in the same format.
 * Each was written fresh and scored once before any tuning, so they are
 * reported apart from the development and held-out parts.
 */
export function unseenBatches(dir: string): { name: string; set: EvalSet }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^unseen-\d+$/.test(e.name))
    .sort((a, b) => Number(a.name.slice(7)) - Number(b.name.slice(7)))
    .map((e) => ({ name: e.name, set: loadEvalSet(join(dir, e.name)) }));
}

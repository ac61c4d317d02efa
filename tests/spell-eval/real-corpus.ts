/**
 * The real-text evaluation set: sentences of published Vietnamese news prose
 * that nobody on this project wrote, with realistic errors put in by a program.
 *
 * Source: the training part of the Universal Dependencies Vietnamese treebank
 * (UD_Vietnamese-VTB, `vi_vtb-ud-train.conllu`, CC BY-SA 4.0; news text of the
 * VLSP project), and, when present, the treebank's own development part
 * (`vi_vtb-ud-dev.conllu`) as a second development set (`dev2`): the first
 * dev split alone holds about 20 false alarms, too few to calibrate a rate of
 * 1 per 1,000. The treebank's test part is never read. The corpus is NOT in
 * the repository: put the file in a folder given by `--corpus DIR` or the
 * environment variable SPELL_EVAL_CORPUS (default /work/corpora/ud-vtb); when
 * it is absent the evaluation says so and skips this part.
 *
 * The training part is split in two, deterministically: sentences are taken
 * in file order in blocks of 20 (roughly one article's stretch), even blocks
 * go to `dev` (tuning) and odd blocks to `test` (scored once per engine change).
 *
 * Errors: every sentence of a split gets exactly one error in one lower-case,
 * non-initial syllable; the kind cycles through REAL_KINDS and the syllable is
 * picked by a seeded generator (seed 15 for dev, 1015 for test), so the set is
 * reproducible. The generator knows nothing about the engine's lexicon. The
 * clean sentences (as published) measure false alarms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSyllable, isWellFormed, parseSyllable } from '../../common/vietnamese/syllable';
import { injectors, pick, reseed, type Inject } from './make-errors';
import type { ErrorCase } from '../../electron/cli/eval-data';

export const DEFAULT_CORPUS_DIR = '/work/corpora/ud-vtb';
export const CORPUS_FILE = 'vi_vtb-ud-train.conllu';
/** The treebank's development part: a second dev set (never the test part). */
export const DEV_FILE = 'vi_vtb-ud-dev.conllu';
const BLOCK = 20;

const valid = (w: string) => { const s = parseSyllable(w); return !!s && isWellFormed(s); };

/** Swap an onset for one of its classic confusions (only well-formed results). */
function onsetSwap(map: Record<string, string[]>): Inject {
  return (w) => {
    const s = parseSyllable(w)!;
    const to = map[s.onset];
    if (!to) return null;
    const onset = pick(to);
    // gi before a non-vowel rhyme carries the i (gì → dì, not d + ì with no vowel).
    const rhyme = s.onset === 'gi' && !/^[aăâeêioôơuưy]/.test(s.rhyme) ? 'i' + s.rhyme : s.rhyme;
    const p = parseSyllable(onset + rhyme);
    if (!p) return null;
    const out = composeSyllable({ ...p, tone: s.tone }, 'old');
    return valid(out) ? out : null;
  };
}

/** A final swapped with its confusable partner. */
function codaSwap(map: Record<string, string>): Inject {
  return (w) => {
    const s = parseSyllable(w)!;
    const to = map[s.coda];
    if (!to) return null;
    const p = parseSyllable(s.onset + s.vowels + to);
    if (!p) return null;
    const out = composeSyllable({ ...p, tone: s.tone }, 'old');
    return valid(out) ? out : null;
  };
}

/**
 * i written as y (bị → bỵ, thì → thỳ) after an onset where the y spelling is
 * not an accepted variant (h, k, l, m, s, t, qu and no onset take both).
 */
const iToY: Inject = (w) => {
  const s = parseSyllable(w)!;
  if (s.vowels !== 'i' || s.coda !== '' || ['', 'h', 'k', 'l', 'm', 's', 't', 'qu', 'gi'].includes(s.onset)) return null;
  const i = w.search(/[iìíỉĩị]/);
  if (i < 0) return null;
  const y = 'yỳýỷỹỵ'['iìíỉĩị'.indexOf(w[i]!)]!;
  return w.slice(0, i) + y + w.slice(i + 1);
};

/** uy written ui and ui written uy (thủy → thủi, tụi → tụy), not after q (qui is a variant of quy). */
const uyUi: Inject = (w) => {
  const s = parseSyllable(w)!;
  if (s.coda !== '' || s.onset === 'qu' || s.onset === 'q' || (s.vowels !== 'uy' && s.vowels !== 'ui')) return null;
  const p = parseSyllable(s.onset + (s.vowels === 'uy' ? 'ui' : 'uy'));
  if (!p) return null;
  const out = composeSyllable({ ...p, tone: s.tone }, 'old');
  return out !== w ? out : null;
};

export const REAL_INJECTORS: Record<string, Inject> = {
  'ch-tr': onsetSwap({ ch: ['tr'], tr: ['ch'] }),
  's-x': onsetSwap({ s: ['x'], x: ['s'] }),
  'd-gi-r': onsetSwap({ d: ['gi', 'r'], gi: ['d'], r: ['d', 'gi'] }),
  'l-n': onsetSwap({ l: ['n'], n: ['l'] }),
  'hoi-nga': injectors['hoi-nga']!,
  'dropped-tone': injectors['missing-tone']!,
  'c-t-final': codaSwap({ c: 't', t: 'c' }),
  'n-ng-final': codaSwap({ n: 'ng', ng: 'n' }),
  'i-y': iToY,
  'uy-ui': uyUi,
  'telex': injectors['telex']!,
  'adjacent-key': injectors['keyboard']!,
};
export const REAL_KINDS = Object.keys(REAL_INJECTORS);

/** Undo the treebank's tokenisation: no space before closing punctuation, quotes hug their text. */
export function detokenize(text: string): string {
  let quoteOpen = false;
  const parts = text.replace(/\s+/g, ' ').trim().split(' ');
  let out = '';
  for (const p of parts) {
    if (p === '"') {
      out += quoteOpen ? '"' : (out ? ' ' : '') + '"';
      quoteOpen = !quoteOpen;
      continue;
    }
    // Glue closing punctuation to the word before, and a word to an opening bracket or quote.
    const glue = out === '' || /^[,.;:!?)\]%…]+$/.test(p) || /[([]$/.test(out) || (quoteOpen && out.endsWith('"'));
    out += (glue ? '' : ' ') + p;
  }
  return out.replace(/\s+\.\.\./g, '...');
}

export interface RealSplit { clean: string[]; errors: ErrorCase[] }
export interface RealCorpus { source: string; dev: RealSplit; test: RealSplit; dev2?: RealSplit }

export function corpusDir(argv: string[]): string {
  const at = argv.indexOf('--corpus');
  return at >= 0 ? argv[at + 1]! : process.env.SPELL_EVAL_CORPUS ?? DEFAULT_CORPUS_DIR;
}

/** The sentences of the treebank's training part, detokenised (null when the file is absent). */
export function readSentences(dir: string, name = CORPUS_FILE): string[] | null {
  const file = join(dir, name);
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('# text')).map((l) => detokenize(l.replace(/^# text\s*=\s*/, '')))
    .filter((s) => s.length > 0);
}

function injectOne(sentence: string, kind: string): ErrorCase | null {
  const words = [...sentence.matchAll(/\p{L}+/gu)].filter((m) => m.index! > 0 && m[0] === m[0].toLowerCase() && valid(m[0]));
  for (let attempt = 0; attempt < 30 && words.length; attempt++) {
    const m = pick(words);
    const wrong = REAL_INJECTORS[kind]!(m[0]);
    if (!wrong || wrong === m[0]) continue;
    const at = m.index!;
    const out = sentence.slice(0, at) + wrong + sentence.slice(at + m[0].length);
    return { kind, sentence: out, start: at, end: at + wrong.length, correction: m[0], heldOut: false };
  }
  return null;
}

function makeErrors(sentences: string[], seedValue: number): ErrorCase[] {
  reseed(seedValue);
  const out: ErrorCase[] = [];
  let k = 0;
  for (const s of sentences) {
    // Try the next kinds in turn when a sentence has no syllable the kind applies to.
    for (let tries = 0; tries < REAL_KINDS.length; tries++) {
      const made = injectOne(s, REAL_KINDS[k++ % REAL_KINDS.length]!);
      if (made) { out.push(made); break; }
    }
  }
  return out;
}

export function loadRealCorpus(dir: string): RealCorpus | null {
  const sentences = readSentences(dir);
  if (!sentences) return null;
  const dev: string[] = [];
  const test: string[] = [];
  sentences.forEach((s, i) => (Math.floor(i / BLOCK) % 2 === 0 ? dev : test).push(s));
  const dev2 = readSentences(dir, DEV_FILE);
  return {
    source: `UD_Vietnamese-VTB ${CORPUS_FILE} (CC BY-SA 4.0), ${sentences.length} sentences`
      + (dev2 ? `; ${DEV_FILE}, ${dev2.length} sentences (dev2)` : ''),
    dev: { clean: dev, errors: makeErrors(dev, 15) },
    test: { clean: test, errors: makeErrors(test, 1015) },
    ...(dev2 ? { dev2: { clean: dev2, errors: makeErrors(dev2, 25) } } : {}),
  };
}

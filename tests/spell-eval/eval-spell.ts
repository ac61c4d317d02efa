/**
 * `npm run eval:spell [-- --test] [-- --real-verbose] [-- --corpus DIR]`: the
 * headline is real text nobody here wrote (tests/spell-eval/real-corpus.ts):
 * false alarms per 1,000 syllables of clean published news prose and
 * realistic typos found / fixed in the top 3, per error class, on the dev
 * split; `--test` also scores the test split (do that once per engine change
 * and record the figures as they come out). Without the corpus this part is
 * skipped with a message.
 *
 * With `*.po` files in `--po DIR` (default /work/corpora/po), false alarms
 * on volunteers' software translations are reported too (`--po-verbose`
 * lists them; see tests/spell-eval/po-corpus.ts).
 *
 * `--trigrams FILE` reads the model with a trigram table built by
 * `scripts/build-spell-data.ts --lm DIR --trigrams FILE` (SPELL_CONFIG.lmTrigrams
 * says how it is used; none ships).
 *
 * The hand-written sets follow (`--verbose`, `--dir DIR`): detection recall, top-1
 * and top-3 correction accuracy, and false alarms per 1,000 clean syllables,
 * on the development part and the held-out part of tests/spell-eval, and on
 * each unseen batch (`unseen-N/`) separately. `--unseen-verbose` lists the
 * misses and false alarms of the unseen batches.
 */
import { readFileSync } from 'node:fs';
import { builtInLanguageModel, createSpellchecker, toHouseStyle, tokenize, type Issue } from '../../common/vietnamese/index';
import { loadEvalSet, unseenBatches, type ErrorCase } from '../../electron/cli/eval-data';
import { SPELL_CONFIG } from '../../common/vietnamese/spell-config';
import { corpusDir, loadRealCorpus, type RealSplit } from './real-corpus';
import { loadPoCorpus, poDir } from './po-corpus';

export interface Scores {
  errors: number;
  detected: number;
  top1: number;
  top3: number;
  cleanSentences: number;
  cleanSyllables: number;
  falseAlarms: number;
}

const same = (a: string, b: string) => toHouseStyle(a, 'new') === toHouseStyle(b, 'new');

/** Does applying suggestion `s` of `issue` give the corrected sentence? */
function fixes(c: ErrorCase, issue: Issue, s: string): boolean {
  const expected = c.sentence.slice(0, c.start) + c.correction + c.sentence.slice(c.end);
  return same(c.sentence.slice(0, issue.start) + s + c.sentence.slice(issue.end), expected);
}

export function score(check: (text: string) => Issue[], clean: string[], errors: ErrorCase[], log?: (line: string) => void): Scores {
  const s: Scores = { errors: errors.length, detected: 0, top1: 0, top3: 0, cleanSentences: clean.length, cleanSyllables: 0, falseAlarms: 0 };
  for (const c of errors) {
    const hits = check(c.sentence).filter((i) => i.start < c.end && i.end > c.start);
    if (hits.length === 0) { log?.(`MISS [${c.kind}] ${c.sentence.slice(c.start, c.end)} → ${c.correction} | ${c.sentence}`); continue; }
    s.detected++;
    const ranks = hits.map((h) => h.suggestions.findIndex((x) => fixes(c, h, x))).filter((r) => r >= 0);
    const best = ranks.length ? Math.min(...ranks) : -1;
    if (best === 0) s.top1++;
    if (best >= 0 && best < 3) s.top3++;
    if (best !== 0) log?.(`RANK [${c.kind}] ${c.sentence.slice(c.start, c.end)} → ${c.correction}; got ${hits.map((h) => `${h.text}: ${h.suggestions.join('/')}`).join('; ')}`);
  }
  for (const sentence of clean) {
    s.cleanSyllables += tokenize(sentence).filter((t) => t.kind === 'word' || t.kind === 'name').length;
    for (const i of check(sentence)) {
      s.falseAlarms++;
      log?.(`FALSE [${i.kind}] ${i.text} → ${i.suggestions.join('/')} | ${sentence}`);
    }
  }
  return s;
}

export function summarize(s: Scores) {
  const pct = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : 0);
  return {
    errorSentences: s.errors,
    cleanSentences: s.cleanSentences,
    cleanSyllables: s.cleanSyllables,
    recallPercent: pct(s.detected, s.errors),
    top1Percent: pct(s.top1, s.errors),
    top3Percent: pct(s.top3, s.errors),
    falseAlarmsPer1000: s.cleanSyllables ? Math.round((10000 * s.falseAlarms) / s.cleanSyllables) / 10 : 0,
    falseAlarms: s.falseAlarms,
  };
}

/** Scores of one real-text split: overall and per error class. */
function realPart(check: (text: string) => Issue[], split: RealSplit, log?: (line: string) => void) {
  const all = summarize(score(check, split.clean, split.errors, log));
  const byKind: Record<string, string> = {};
  for (const kind of new Set(split.errors.map((e) => e.kind))) {
    const r = summarize(score(check, [], split.errors.filter((e) => e.kind === kind)));
    byKind[kind] = `${r.errorSentences}: found ${r.recallPercent}%, top-3 ${r.top3Percent}%`;
  }
  return {
    cleanSentences: all.cleanSentences,
    cleanSyllables: all.cleanSyllables,
    falseAlarms: all.falseAlarms,
    falseAlarmsPer1000: all.falseAlarmsPer1000,
    errorSentences: all.errorSentences,
    foundPercent: all.recallPercent,
    top1Percent: all.top1Percent,
    top3Percent: all.top3Percent,
    byKind,
  };
}

function realText(check: (text: string) => Issue[], argv: string[]): unknown {
  const dir = corpusDir(argv);
  const corpus = loadRealCorpus(dir);
  if (!corpus) {
    const note = `real-text evaluation skipped: ${dir}/vi_vtb-ud-train.conllu not found (see tests/spell-eval/real-corpus.ts; --corpus DIR or SPELL_EVAL_CORPUS)`;
    process.stderr.write(note + '\n');
    return { skipped: note };
  }
  const log = argv.includes('--real-verbose') ? (l: string) => process.stderr.write(l + '\n') : undefined;
  // Volunteers' software translations: clean text only, false alarms only.
  const po = loadPoCorpus(poDir(argv));
  const poLog = argv.includes('--po-verbose') ? (l: string) => process.stderr.write(l + '\n') : undefined;
  const software = po ? (() => {
    const r = summarize(score(check, po.lines, [], poLog));
    return { source: po.source, cleanSyllables: r.cleanSyllables, falseAlarms: r.falseAlarms, falseAlarmsPer1000: r.falseAlarmsPer1000 };
  })() : { skipped: `no *.po files in ${poDir(argv)} (see tests/spell-eval/po-corpus.ts; --po DIR or SPELL_EVAL_PO)` };
  return {
    source: corpus.source,
    softwareTranslations: software,
    newsProseDev: realPart(check, corpus.dev, log),
    ...(corpus.dev2 ? { newsProseDev2: realPart(check, corpus.dev2, log) } : {}),
    ...(argv.includes('--test') ? { newsProseTest: realPart(check, corpus.test) } : {}),
  };
}

/** `--set name=value` overrides a threshold of SPELL_CONFIG (to calibrate on the dev split). */
function applyOverrides(argv: string[]): void {
  argv.forEach((a, i) => {
    if (a !== '--set') return;
    const [name, value] = (argv[i + 1] ?? '').split('=');
    if (!name || !(name in SPELL_CONFIG) || value === undefined) throw new Error(`--set: unknown threshold ${name}`);
    (SPELL_CONFIG as Record<string, number>)[name] = Number(value);
  });
}

function main(argv: string[]): void {
  applyOverrides(argv);
  // `--trigrams FILE`: read the model with a trigram table (scripts/build-spell-data.ts --lm DIR --trigrams FILE).
  const triAt = argv.indexOf('--trigrams');
  if (triAt >= 0) builtInLanguageModel().useTrigrams(readFileSync(argv[triAt + 1]!, 'utf8'));
  if (argv.includes('--real-only')) {
    const checker = createSpellchecker();
    process.stdout.write(JSON.stringify({ realText: realText((t) => checker.checkParagraph(t), argv) }, null, 2) + '\n');
    return;
  }
  const verbose = argv.includes('--verbose');
  const dirAt = argv.indexOf('--dir');
  const dir = dirAt >= 0 ? argv[dirAt + 1]! : 'tests/spell-eval';
  const set = loadEvalSet(dir);
  const checker = createSpellchecker();
  const check = (t: string) => checker.checkParagraph(t);
  const log = verbose ? (l: string) => process.stderr.write(l + '\n') : undefined;
  const part = (held: boolean) => summarize(score(check,
    set.clean.filter((c) => c.heldOut === held).map((c) => c.sentence),
    set.errors.filter((e) => e.heldOut === held), held ? undefined : log));
  const byKind: Record<string, string> = {};
  for (const kind of new Set(set.errors.map((e) => e.kind))) {
    const r = summarize(score(check, [], set.errors.filter((e) => e.kind === kind)));
    byKind[kind] = `${r.errorSentences} errors: recall ${r.recallPercent}%, top-1 ${r.top1Percent}%, top-3 ${r.top3Percent}%`;
  }
  if (argv.includes('--heldout-verbose')) score(check, set.clean.filter((c) => c.heldOut).map((c) => c.sentence), set.errors.filter((e) => e.heldOut), (l) => process.stderr.write(l + '\n'));
  const unseen: Record<string, unknown> = {};
  for (const { name, set: batch } of unseenBatches(dir)) {
    const ulog = argv.includes('--unseen-verbose') ? (l: string) => process.stderr.write(`${name} ${l}\n`) : undefined;
    const kinds: Record<string, string> = {};
    for (const kind of new Set(batch.errors.map((e) => e.kind))) {
      const r = summarize(score(check, [], batch.errors.filter((e) => e.kind === kind)));
      kinds[kind] = `${r.errorSentences}: recall ${r.recallPercent}%, top-3 ${r.top3Percent}%`;
    }
    unseen[name] = { ...summarize(score(check, batch.clean.map((c) => c.sentence), batch.errors, ulog)), byKind: kinds };
  }
  const real = realText(check, argv);
  process.stdout.write(JSON.stringify({ realText: real, handwritten: { development: part(false), heldOut: part(true), byKind, unseen } }, null, 2) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));

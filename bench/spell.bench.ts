/**
 * `npm run bench:spell`: prints JSON with the spellchecker's budgets —
 * data load time (< 300 ms), memory of the loaded engine (< 80 MB), the
 * shipped language model (< 15 MB), a full
 * check of a 20,000-word article in one call (< 100 ms) and a re-check of
 * one 100-word paragraph (< 1 ms). The article is built from the evaluation
 * sentences (clean, and one in five with an error), shuffled with a fixed seed.
 *
 * Cold and warm are reported apart: `fullCheckFirstCallMs` is the first check
 * of the process right after load (every per-word and per-pair cache empty,
 * the JIT having seen only the engine's own warm-up text, which `loadMs`
 * includes); `fullCheckFreshEngineMedianMs` is a new engine in a process that
 * has already checked text; `fullCheckWarmMedianMs` repeats the same article.
 * The machine's load is read from `calibrationLoopMs` (about 1 ms when idle).
 *
 * Wall times on a loaded machine mostly measure the wait for a core. The
 * first call is also reported as CPU time: `…MainThreadCpuMs` is the main
 * thread's own (Linux, /proc/thread-self/schedstat; null elsewhere), which
 * stays within a few ms at any load; `…ProcessCpuMs` adds the other threads,
 * mostly V8 compiling the checker in the background and GC helpers, which
 * compete with the main thread for the machine's two cores.
 *
 * The first check is one call for the whole article unless asked otherwise:
 * `-- --by-paragraph` makes it one checkParagraph call per paragraph (what
 * the editor's worker did before issue 15's fourth pass), `-- --as-editor`
 * what the worker does now (renderer/workers/spellcheck.worker.ts): one
 * checkParagraphs call with the article's paragraphs. The other figures stay
 * one call.
 *
 * `-- --prewarm N` runs N more rounds of the engine's warm-up text after load
 * and before the first check (`prewarmMs`, not in `loadMs`): what the
 * editor's worker does while the app is idle after start (prewarmSpellcheck
 * in renderer/features/spellcheck/use-spellcheck.ts, 30 rounds), so that the
 * first check is then the user's first check of an article. Without it the
 * first check is the headline "first check in a new process".
 */
import { existsSync, readFileSync } from 'node:fs';
import { buildSpellParagraphs } from './spell-article';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function buildArticle(words: number): { article: string; paragraph: string } {
  const paragraphs = buildSpellParagraphs(words);
  // A paragraph of about 100 words for the re-check measurement.
  const paragraph = paragraphs.find((p) => { const n = p.split(/\s+/).length; return n >= 95 && n <= 115; }) ?? paragraphs[0]!;
  return { article: paragraphs.join('\n'), paragraph };
}

const SCHEDSTAT = '/proc/thread-self/schedstat';
const hasSchedstat = existsSync(SCHEDSTAT);

/** CPU time the calling thread has run, in ms (Linux), or null. */
function threadCpuMs(): number | null {
  return hasSchedstat ? Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6 : null;
}

function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * A fixed reference workload (20,000 map look-ups and small allocations),
 * reported with the results so that figures from a loaded machine can be
 * read against it: on an idle laptop it takes about 1 ms.
 */
function calibrationMs(): number {
  const map = new Map<string, number>();
  for (let i = 0; i < 5000; i++) map.set('w' + i, i);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    let sum = 0;
    const objects: { a: number; b: number }[] = [];
    for (let i = 0; i < 20_000; i++) { sum += map.get('w' + (i % 5000))!; objects.push({ a: i, b: sum }); }
    runs.push(performance.now() - t);
  }
  return median(runs);
}

async function main(): Promise<void> {
  // Importing compiles the modules (a bundler does that ahead of time for the
  // worker); loading is building the engine from its data.
  const tImport = performance.now();
  const { createSpellchecker } = await import('../common/vietnamese/index');
  const importMs = performance.now() - tImport;
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const loadThread0 = threadCpuMs();
  const t0 = performance.now();
  const checker = createSpellchecker();
  const loadMs = performance.now() - t0;
  const loadThread1 = threadCpuMs();
  globalThis.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;

  const prewarmAt = process.argv.indexOf('--prewarm');
  const prewarmRounds = prewarmAt > 0 ? Number(process.argv[prewarmAt + 1] ?? 30) : 0;
  const prewarmThread0 = threadCpuMs();
  const tPrewarm = performance.now();
  if (prewarmRounds > 0) checker.warmUp(prewarmRounds);
  const prewarmMs = performance.now() - tPrewarm;
  const prewarmThread1 = threadCpuMs();

  const { article, paragraph } = buildArticle(20_000);
  const words = article.split(/\s+/).length;
  const thread0 = threadCpuMs();
  const process0 = processCpuMs();
  const mode = process.argv.includes('--by-paragraph') ? 'one call per paragraph' : process.argv.includes('--as-editor') ? 'checkParagraphs (as the editor)' : 'one call';
  const first = (): { length: number } => {
    if (mode === 'one call') return checker.checkParagraph(article);
    const paragraphs = article.split('\n');
    return mode === 'one call per paragraph' ? paragraphs.flatMap((p) => checker.checkParagraph(p)) : checker.checkParagraphs(paragraphs).flat();
  };
  const t1 = performance.now();
  const issues = first();
  const fullColdMs = performance.now() - t1;
  const process1 = processCpuMs();
  const thread1 = threadCpuMs();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    checker.checkParagraph(article);
    warm.push(performance.now() - t);
  }
  // Fresh engines (module-level caches stay warm, as in a long-lived worker).
  const fresh3: number[] = [];
  for (let i = 0; i < 3; i++) {
    const engine = createSpellchecker();
    const t = performance.now();
    engine.checkParagraph(article);
    fresh3.push(performance.now() - t);
  }
  const para: number[] = [];
  for (let i = 0; i < 200; i++) {
    const edited = paragraph.replace(/\d/, String(i % 10));
    const t = performance.now();
    checker.checkParagraph(edited);
    para.push(performance.now() - t);
  }
  // A cold engine re-checking one paragraph (first keystroke after load).
  const fresh = createSpellchecker();
  const t2 = performance.now();
  fresh.checkParagraph(paragraph);
  const paragraphColdMs = performance.now() - t2;

  process.stdout.write(JSON.stringify({
    moduleImportMs: round(importMs),
    loadMs: round(loadMs),
    loadMainThreadCpuMs: loadThread0 === null || loadThread1 === null ? null : round(loadThread1 - loadThread0),
    engineHeapMB: round((heapAfter - heapBefore) / 2 ** 20),
    prewarmRounds,
    prewarmMs: round(prewarmMs),
    prewarmMainThreadCpuMs: prewarmThread0 === null || prewarmThread1 === null ? null : round(prewarmThread1 - prewarmThread0),
    // What ships for the language model: its data modules' text (UTF-8 bytes): the counts and the precomputed variants.
    shippedModelMB: round(new TextEncoder().encode((await import('../common/vietnamese/data/language-model')).LANGUAGE_MODEL
      + (await import('../common/vietnamese/data/lm-variants')).LM_VARIANTS).length / 1e6),
    gcExposed: typeof globalThis.gc === 'function',
    article: { words, issues: issues.length },
    firstCheck: mode,
    fullCheckFirstCallMs: round(fullColdMs),
    fullCheckFirstCallMainThreadCpuMs: thread0 === null || thread1 === null ? null : round(thread1 - thread0),
    fullCheckFirstCallProcessCpuMs: round(process1 - process0),
    fullCheckFreshEngineMedianMs: round(median(fresh3)),
    fullCheckWarmMedianMs: round(median(warm)),
    paragraph: { words: paragraph.split(/\s+/).length },
    paragraphRecheckMedianMs: round(median(para), 3),
    paragraphRecheckP95Ms: round([...para].sort((a, b) => a - b)[Math.floor(para.length * 0.95)]!, 3),
    paragraphFirstCheckOnFreshEngineMs: round(paragraphColdMs, 3),
    calibrationLoopMs: round(calibrationMs(), 2),
    budgets: { loadMs: 300, engineHeapMB: 80, shippedModelMB: 15, fullCheckMs: 100, fullCheckFirstCallMs: 150, paragraphMs: 1 },
  }, null, 2) + '\n');
}

void main();

/// <reference lib="dom" />
/**
 * `npm run bench:spell-worker -- [--runs N] [--rounds N]` (builds the renderer first): the user's
 * first spellcheck of an article in Debian's Chromium, through the built
 * spellcheck worker (dist/renderer), three ways:
 *  - cold: the worker is created when the article opens (as before issue 15's
 *    fifth pass): worker start, its script, the engine's load and the first
 *    check of the bench article (the 20,000 words of bench:spell, in its
 *    paragraphs, as the editor sends them);
 *  - loaded: the worker was created and configured while the app was idle, with
 *    no warm-up beyond the engine's own (3 rounds at load);
 *  - prewarmed: as the app does now (prewarmSpellcheck): created, configured and
 *    warmed (`warm`, N more rounds) while the app was idle.
 * In the last two, opening the article sends the same configuration (the checker
 * is kept) and the check.
 * Each run uses a new worker on a same-origin page without the app (so the
 * app's own prewarm does not run beside it); the three ways alternate. Prints
 * JSON: per way the wall times from `configure` to the issues (ms) and their
 * median, the issue count (233 expected, as bench:spell) and the load average.
 * Wall times on a loaded machine measure the wait for a core: read them with
 * the load average.
 */
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/fixtures/chromium';
import { HostProcess } from '../tests/e2e/fixtures/host';
import { buildSpellParagraphs } from './spell-article';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Number(option('runs') ?? 4);
const ROUNDS = Number(option('rounds') ?? 30);


/**
 * Runs in the page (a string, so that the bundler's helpers do not leak into it): one worker, the
 * editor's messages, the time from `configure` to the issues.
 */
const IN_PAGE = `async ([url, paragraphs, prewarm, rounds]) => {
  const worker = new Worker(url, { type: 'module' });
  const configure = { type: 'configure', userWords: [], ignore: [], style: 'new', newsroom: { entries: [], words: [] } };
  const next = () => new Promise((resolve) => { worker.onmessage = (e) => resolve(e.data); });
  if (prewarm) {
    // At app idle: configure and warm (the rounds run one per task; the worker says when they end).
    worker.postMessage(configure);
    await next();
    if (rounds > 0) {
      worker.postMessage({ type: 'warm', rounds });
      const warmed = await next();
      if (warmed.type !== 'warmed' || warmed.rounds !== rounds) throw new Error('warm-up cut short');
    }
    // Then a pause, as before an article is opened, for the compiler's background work to end.
    await new Promise((r) => setTimeout(r, 1000));
  }
  const started = performance.now();
  worker.postMessage(configure);
  await next();
  worker.postMessage({ type: 'check', id: 1, paragraphs });
  const answer = await next();
  const ms = performance.now() - started;
  worker.terminate();
  return { ms, issues: answer.issues.reduce((n, list) => n + list.length, 0) };
}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const workerFile = readdirSync('dist/renderer/assets').find((f) => /^spellcheck\.worker-.*\.js$/.test(f));
  if (!workerFile) throw new Error('no built spellcheck worker: run npm run build:renderer');
  const paragraphs = buildSpellParagraphs(20_000);
  const host = new HostProcess();
  await host.start();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const ways = ['cold', 'loaded', 'prewarmed'] as const;
  const results: Record<(typeof ways)[number], { ms: number[]; issues: number[]; load: number[] }> = {
    cold: { ms: [], issues: [], load: [] },
    loaded: { ms: [], issues: [], load: [] },
    prewarmed: { ms: [], issues: [], load: [] },
  };
  try {
    const page = await browser.newPage();
    // A same-origin document without the app (the host answers unknown paths without the shell).
    await page.goto(new URL('/assets/' + workerFile, host.url).href);
    for (let run = 0; run < RUNS; run++) {
      for (const way of ways) {
        results[way].load.push(Math.round(loadavg()[0]! * 10) / 10);
        const run = await page.evaluateHandle(IN_PAGE);
        const out = await run.evaluate((fn, args) => (fn as unknown as (a: unknown) => Promise<{ ms: number; issues: number }>)(args),
          ['/assets/' + workerFile, paragraphs, way !== 'cold', way === 'prewarmed' ? ROUNDS : 0] as const);
        await run.dispose();
        results[way].ms.push(Math.round(out.ms));
        results[way].issues.push(out.issues);
      }
    }
  } finally {
    await browser.close();
    await host.dispose();
  }
  process.stdout.write(JSON.stringify({
    words: paragraphs.join(' ').split(/\s+/).length,
    paragraphs: paragraphs.length,
    warmUpRounds: ROUNDS,
    cold: { ...results.cold, medianMs: median(results.cold.ms) },
    loaded: { ...results.loaded, medianMs: median(results.loaded.ms) },
    prewarmed: { ...results.prewarmed, medianMs: median(results.prewarmed.ms) },
  }, null, 2) + '\n');
}

void main();

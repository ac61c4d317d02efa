/// <reference lib="dom" />
/**
 * `npm run fuzz:editor -- --runs N --seed S [--throttle 4] [--per-article K] [--length L]`
 *
 * Plays N generated sequences on the app through the browser host in Debian's
 * Chromium, K per article (article i uses seed S+i), each checked against the
 * text model and a bare editor, and after each article the second window, the
 * saved article and undo back to the start (see engine.ts). A divergence
 * prints the seed and the command that replays it; the exit code is 1.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/fixtures/chromium';
import { HostProcess } from '../e2e/fixtures/host';
import { fuzzArticle, preparePages } from './engine';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string' },
    throttle: { type: 'string', default: '1' },
    'per-article': { type: 'string', default: '10' },
    length: { type: 'string', default: '10' },
  },
});
const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 1e9);
const throttle = Number(values.throttle);
const perArticle = Number(values['per-article']);
const length = Number(values.length);
console.log(`fuzz:editor seed ${seed}, ${runs} sequences, ${perArticle} per article, ~${length} actions each, CPU throttle ${throttle}x`);

const host = new HostProcess();
await host.start();
const browser = await chromium.launch(chromiumLaunchOptions());
let played = 0;
let failed = 0;
const started = Date.now();
try {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const [app, second, bare] = [await context.newPage(), await context.newPage(), await context.newPage()];
  await preparePages({ app, second });
  for (let article = 0; played < runs; article++) {
    const sequences = Math.min(perArticle, runs - played);
    const outcome = await fuzzArticle({ app, second, bare, hostUrl: host.url }, seed + article, { sequences, length, throttle });
    played += outcome.sequences;
    if (process.env.FUZZ_TIMING) console.log(`seed ${outcome.seed}: ${JSON.stringify(outcome.timing)}`);
    if (outcome.sequences < sequences) played += sequences - outcome.sequences; // the rest of a diverged article is skipped
    for (const divergence of outcome.divergences) {
      failed++;
      console.log(`\nDIVERGENCE ${divergence}\n`);
    }
    if (article % 10 === 9 || played >= runs)
      console.log(`${played}/${runs} sequences, ${failed} divergences, ${Math.round((Date.now() - started) / 1000)} s`);
  }
} finally {
  await browser.close();
  await host.dispose();
}
console.log(`fuzz:editor seed ${seed}: ${played} sequences, ${failed} divergences`);
process.exit(failed ? 1 : 0);

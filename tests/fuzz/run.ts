/// <reference lib="dom" />
/**
 * `npm run fuzz:editor -- --runs N --seed S [--throttle 4] [--per-article K] [--length L] [--progress-every B]`
 * `npm run fuzz:editor -- --writers 2 [--hub] --runs N --seed S [--throttle 4] [--length L]`
 *
 * Plays N generated sequences on the app through the browser host in Debian's
 * Chromium, K per article (article i uses seed S+i), each checked against the
 * text model and a bare editor, and after each article the second window, the
 * saved article and undo back to the start (see engine.ts). A divergence
 * prints the seed and the command that replays it; the exit code is 1.
 * A progress line ("N/RUNS sequences, D divergences, T s") follows every B-th
 * article (default 10), once that article's checks are done: a long run stopped
 * between two lines has checked exactly the sequences of the last line.
 *
 * With `--writers 2`, N rounds of two windows typing L runs each into the same
 * paragraph at once (round i uses seed S+i; see two-writers.ts); with `--hub`
 * the second window is on a second desktop (browser host) and the article
 * goes between them through a hub (Hocuspocus), as in a newsroom.
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/fixtures/chromium';
import { HostProcess } from '../e2e/fixtures/host';
import { FuzzArticle, preparePages } from './engine';
import { hostCall } from '../e2e/pages/editor-page';
import { addUser, PASSWORD, removeDir, testHub } from '../hub/hub-harness';
import { fuzzTwoWriters } from './two-writers';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string' },
    throttle: { type: 'string', default: '1' },
    'per-article': { type: 'string', default: '10' },
    length: { type: 'string', default: '10' },
    writers: { type: 'string', default: '1' },
    pause: { type: 'string', default: '700' },
    'reload-every': { type: 'string', default: '1' },
    'progress-every': { type: 'string', default: '10' },
    hub: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 1e9);
const throttle = Number(values.throttle);
const perArticle = Number(values['per-article']);
const length = Number(values.length);
const writers = Number(values.writers);
const pauseMs = Number(values.pause);
const reloadEvery = Number(values['reload-every']);
const progressEvery = Math.max(1, Number(values['progress-every']));
if (writers === 2) console.log(`fuzz:editor two writers, seed ${seed}, ${runs} rounds of ${length} runs each, CPU throttle ${throttle}x`);
else console.log(`fuzz:editor seed ${seed}, ${runs} sequences, ${perArticle} per article, ~${length} actions each, CPU throttle ${throttle}x`);

// A loaded machine may take longer than the host's start timeout: try again.
let host = new HostProcess();
for (let attempt = 1; ; attempt++) {
  try {
    await host.start();
    break;
  } catch (error) {
    await host.dispose();
    if (attempt === 3) throw error;
    console.log(`the host did not start (attempt ${attempt}), trying again`);
    host = new HostProcess();
  }
}
// --hub (two writers): a second desktop (browser host), both signed in to a hub on loopback.
const hub = values.hub && writers === 2 ? await testHub() : null;
let hostB: HostProcess | null = null;
if (hub) {
  await addUser(hub, 'lan', 'editor');
  await addUser(hub, 'hoa', 'editor');
  hostB = new HostProcess();
  await hostB.start();
  await hostCall(host.url, 'hub.login', { url: hub.url, login: 'lan', password: PASSWORD });
  await hostCall(hostB.url, 'hub.login', { url: hub.url, login: 'hoa', password: PASSWORD });
  console.log('two desktops (browser hosts) signed in to a hub: A as lan, B as hoa');
}
const browser = await chromium.launch(chromiumLaunchOptions());
let played = 0;
let failed = 0;
const started = Date.now();
try {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const [app, second, bare] = [await context.newPage(), await context.newPage(), await context.newPage()];
  await preparePages({ app, second });
  for (let round = 0; writers === 2 && played < runs; round++) {
    const outcome = await fuzzTwoWriters({ a: app, b: second, hostUrl: host.url, hostUrlB: hostB?.url }, seed + round, { runs: length, throttle });
    played++;
    // Not divergences: the cuts the contiguity check allowed, and Enters that re-created the other's letters as copies.
    for (const cut of outcome.cuts) console.log(`seed ${outcome.seed}: allowed cut of ${JSON.stringify(cut.run)} after ${cut.at} characters by ${JSON.stringify(cut.burst.join(''))}`);
    for (const entry of outcome.typingDeletedOthers) console.log(`seed ${outcome.seed}: while typing, ${entry}`);
    for (const problem of outcome.problems) {
      failed++;
      console.log(`\nDIVERGENCE ${problem}\n`);
    }
    if (round % 10 === 9 || played >= runs) console.log(`${played}/${runs} rounds, ${failed} divergences, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  const article = writers !== 2 ? await FuzzArticle.open({ app, second, bare, hostUrl: host.url }, throttle) : null;
  for (let batch = 0; article && played < runs; batch++) {
    const sequences = Math.min(perArticle, runs - played);
    const reload = batch % reloadEvery === reloadEvery - 1 || played + sequences >= runs;
    const outcome = await article.play(seed + batch, { sequences, length, throttle, pauseMs, reload }, batch === 0);
    played += outcome.sequences;
    if (process.env.FUZZ_TIMING) console.log(`seed ${outcome.seed}: ${JSON.stringify(outcome.timing)}`);
    if (outcome.sequences < sequences) played += sequences - outcome.sequences; // the rest of a diverged batch is skipped
    for (const divergence of outcome.divergences) {
      failed++;
      console.log(`\nDIVERGENCE ${divergence}\n`);
    }
    if (batch % progressEvery === progressEvery - 1 || played >= runs)
      console.log(`${played}/${runs} sequences, ${failed} divergences, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  await article?.close();
} finally {
  await browser.close();
  await host.dispose();
  await hostB?.dispose();
  if (hub) {
    await hub.close();
    removeDir(hub.dir);
  }
}
console.log(`fuzz:editor seed ${seed}: ${played} sequences, ${failed} divergences`);
process.exit(failed ? 1 : 0);

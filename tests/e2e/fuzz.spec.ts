import { test, expect } from './fixtures/test';
import { FuzzArticle, preparePages, type FuzzOptions } from '../fuzz/engine';

/**
 * The editor input fuzzer (tests/fuzz) in `npm test`: 300 sequences from
 * fixed seeds; `npm run fuzz:editor` runs it long. Every seed that once found
 * a divergence stays in fuzz-regressions.spec.ts.
 *
 * Short on purpose (docs/input-fuzzer.md): one article, emptied between
 * batches (seeds 2100-2104, 60 sequences of about 5 actions each); every
 * sequence is checked against the text model and the bare editor, every
 * batch against the second window and by undo back to the start, and the
 * saved article is reloaded after batches 2, 4 and 5. The pauses before an
 * undo are 250 ms (the long run's 700): the bare editor follows the app's
 * undo steps whatever they are.
 */
// A trace of thousands of keys (the config keeps one per test for failures) made it three times slower.
test.use({ trace: 'off' });

const SHORT: FuzzOptions = { sequences: 60, length: 5, throttle: 1, pauseMs: 250 };
/** FUZZ_BATCHES=N plays N batches (seeds from 2100). */
const BATCHES = Number(process.env.FUZZ_BATCHES ?? 5);

test('short fuzz: what is typed is what is shown, saved, seen in a second window and undone', async ({ app, host, context }) => {
  test.setTimeout(900_000);
  const second = await context.newPage();
  const bare = await context.newPage();
  await preparePages({ app, second });
  const article = await FuzzArticle.open({ app, second, bare, hostUrl: host.url }, SHORT.throttle);
  const divergences: string[] = [];
  let sequences = 0;
  const started = Date.now();
  for (let batch = 0; batch < BATCHES; batch++) {
    const reload = batch % 2 === 1 || batch === BATCHES - 1;
    const outcome = await article.play(2100 + batch, { ...SHORT, reload }, batch === 0);
    sequences += outcome.sequences;
    divergences.push(...outcome.divergences);
  }
  await article.close();
  console.log(`short fuzz: ${sequences} sequences, ${divergences.length} divergences, ${Math.round((Date.now() - started) / 1000)} s`);
  expect(divergences).toEqual([]);
  expect(sequences).toBe(BATCHES * SHORT.sequences);
});

import { test, expect } from './fixtures/test';
import { fuzzArticle, preparePages, type FuzzOptions } from '../fuzz/engine';

/**
 * The editor input fuzzer (tests/fuzz) in `npm test`: fixed seeds, short
 * sequences; `npm run fuzz:editor` runs it long. Every seed that once found a
 * divergence stays in REGRESSION_SEEDS.
 */
const SHORT: FuzzOptions = { sequences: 10, length: 10, throttle: 1 };
const FIRST_SEED = 1000;
const ARTICLES = Number(process.env.FUZZ_ARTICLES ?? 3);

test('short fuzz: what is typed is what is shown, saved, seen in a second window and undone', async ({ app, host, context }) => {
  test.setTimeout(600_000);
  const second = await context.newPage();
  const bare = await context.newPage();
  await preparePages({ app, second });
  const divergences: string[] = [];
  let sequences = 0;
  for (let a = 0; a < ARTICLES; a++) {
    const t0 = Date.now();
    const outcome = await fuzzArticle({ app, second, bare, hostUrl: host.url }, FIRST_SEED + a, SHORT);
    console.log(`seed ${outcome.seed}: ${outcome.sequences} sequences, ${outcome.divergences.length} divergences, ${Date.now() - t0} ms`);
    sequences += outcome.sequences;
    divergences.push(...outcome.divergences);
  }
  console.log(divergences.join('\n\n'));
  expect(divergences).toEqual([]);
  expect(sequences).toBe(ARTICLES * SHORT.sequences);
});

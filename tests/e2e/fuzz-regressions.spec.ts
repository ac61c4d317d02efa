import { test, expect } from './fixtures/test';
import { EditorPage } from './pages/editor-page';
import { fuzzArticle, preparePages } from '../fuzz/engine';
import { shownParagraphs } from '../fuzz/keys';

/**
 * Every divergence the editor fuzzer (tests/fuzz) found, by seed: the article
 * seed and how many of its sequences reproduce it. Replay one with
 * `npm run fuzz:editor -- --seed SEED --runs RUNS --per-article RUNS`.
 */
const REGRESSION_SEEDS: Array<{ seed: number; runs: number; throttle: number; found: string }> = [
  // A Word paste right after Shift+ArrowLeft replaced the selection the state had
  // before the key (selectionchange had not arrived yet): fixed in PasteCleanup.
  { seed: 1004, runs: 1, throttle: 1, found: 'paste over a Shift+arrow selection not yet read' },
];

for (const { seed, runs, throttle, found } of REGRESSION_SEEDS) {
  test(`fuzz seed ${seed} (${found})`, async ({ app, host, context }) => {
    test.setTimeout(300_000);
    const second = await context.newPage();
    const bare = await context.newPage();
    await preparePages({ app, second });
    const outcome = await fuzzArticle({ app, second, bare, hostUrl: host.url }, seed, { sequences: runs, length: 10, throttle });
    expect(outcome.divergences).toEqual([]);
    expect(outcome.sequences).toBe(runs);
  });
}

test('a paste right after Shift+ArrowLeft replaces the selection the keys made', async ({ app, host }) => {
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('huyen ');
  await app.keyboard.press('Enter');
  await app.keyboard.type('xa');
  for (let round = 0; round < 5; round++) {
    await app.keyboard.press('Shift+ArrowLeft');
    await app.keyboard.press('Shift+ArrowLeft');
    // No wait: as fast as Ctrl+V after the selection.
    await app.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'xa');
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
  }
  expect(await shownParagraphs(app, 'editor-body')).toEqual(['huyen ', 'xa']);
});

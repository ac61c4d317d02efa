import { test, expect } from './fixtures/test';
import { EditorPage } from './pages/editor-page';
import { fuzzArticle, preparePages } from '../fuzz/engine';
import { shownParagraphs } from '../fuzz/keys';

/**
 * Every divergence the editor fuzzer (tests/fuzz) found, by seed: the article
 * seed and how many of its sequences reproduce it. Replay one with
 * `npm run fuzz:editor -- --seed SEED --runs RUNS --per-article RUNS`.
 */
const REGRESSION_SEEDS: Array<{ seed: number; runs: number; throttle: number; found: string; open?: boolean }> = [
  // A Word paste right after Shift+ArrowLeft replaced the selection the state had
  // before the key (selectionchange had not arrived yet): fixed in PasteCleanup.
  { seed: 1004, runs: 1, throttle: 1, found: 'paste over a Shift+arrow selection not yet read' },
  // Open: found by the first long run, each at a Ctrl+Z after a pause; not yet
  // told apart between a real undo fault (Yjs UndoManager) and the oracle's
  // different undo grouping (ProseMirror history).
  { seed: 2002, runs: 4, throttle: 1, found: 'Ctrl+Z after a list, text moves out of the list', open: true },
  { seed: 2003, runs: 9, throttle: 1, found: 'Ctrl+Z after Ctrl+Shift+ArrowLeft and Enter', open: true },
  { seed: 2005, runs: 10, throttle: 1, found: 'Ctrl+Z of a run with Enter, after End and Unikey bursts', open: true },
];

for (const { seed, runs, throttle, found, open } of REGRESSION_SEEDS) {
  test(`fuzz seed ${seed} (${found})`, async ({ app, host, context }) => {
    test.fixme(!!open, `open divergence, not fixed yet: fuzz seed ${seed}`);
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

/**
 * Selects text in the page the way Shift+arrows do (the page's selection
 * changes; ProseMirror reads it only on the next `selectionchange`), then,
 * in the same task, runs `then` in the page.
 */
async function selectInPageThen(app: import('@playwright/test').Page, then: 'transaction' | 'backspace'): Promise<void> {
  await app.evaluate((what) => {
    const dom = document.querySelector('[data-testid="editor-body"] .ProseMirror, [data-testid="editor-body"].ProseMirror') as HTMLElement & {
      editor: { view: { dispatch(tr: unknown): void; state: { tr: { insertText(text: string, pos: number): unknown } } } };
    };
    const second = dom.querySelectorAll('p')[1]!.firstChild!;
    // "xa" selected from its end back to its start, as Shift+ArrowLeft twice.
    document.getSelection()!.setBaseAndExtent(second, 2, second, 0);
    if (what === 'transaction') {
      // A change from elsewhere (like spellcheck results or a remote edit)
      // arriving before the selection is read.
      const view = dom.editor.view;
      view.dispatch(view.state.tr.insertText('!', 1));
    } else {
      dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', code: 'Backspace', keyCode: 8, bubbles: true, cancelable: true }));
    }
  }, then);
}

/** A new article whose body reads "huyen " / "xa", the caret after "xa". */
async function twoParagraphs(app: import('@playwright/test').Page, hostUrl: string): Promise<void> {
  const { editor } = await EditorPage.openNew(app, hostUrl);
  await editor.body.click();
  await app.keyboard.type('huyen ');
  await app.keyboard.press('Enter');
  await app.keyboard.type('xa');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['huyen ', 'xa']);
}

test('a change arriving between a key selection and its read keeps the selection the keys made', async ({ app, host }) => {
  await twoParagraphs(app, host.url);
  await selectInPageThen(app, 'transaction');
  await app.keyboard.type('Y');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['!huyen ', 'Y']);
});

test('a key right after a key selection, before it is read, acts on that selection', async ({ app, host }) => {
  await twoParagraphs(app, host.url);
  await selectInPageThen(app, 'backspace');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['huyen ', '']);
});

test('moving into the body from the title puts the caret where the app puts it, not where the browser does', async ({ app, host }) => {
  await twoParagraphs(app, host.url);
  await app.getByTestId('editor-title').click();
  await app.evaluate(() => {
    // As the app (and the fuzzer's "field" step) moves between fields.
    const el = document.querySelector('[data-testid="editor-body"]') as HTMLElement & {
      editor: { commands: { focus(at: string): void }; view: { focus(): void } };
    };
    el.editor.commands.focus('end');
    el.editor.view.focus();
  });
  await app.keyboard.type('Z');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['huyen ', 'xaZ']);
});

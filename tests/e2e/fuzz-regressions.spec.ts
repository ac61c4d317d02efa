import { test, expect } from './fixtures/test';
import { EditorPage } from './pages/editor-page';
import { addPageKit, mountBare } from '../fuzz/bare';
import { FuzzArticle, fuzzArticle, preparePages } from '../fuzz/engine';
import { shownParagraphs } from '../fuzz/keys';
import { wordHtml } from '../fuzz/generate';

/**
 * Every divergence the editor fuzzer (tests/fuzz) found, by seed: the article
 * seed and how many of its sequences reproduce it. Replay one with
 * `npm run fuzz:editor -- --seed SEED --runs RUNS --per-article RUNS`.
 */
const REGRESSION_SEEDS: Array<{ seed: number; runs: number; throttle: number; found: string; length?: number; pauseMs?: number; open?: string }> = [
  // A Word paste right after Shift+ArrowLeft replaced the selection the state had
  // before the key (selectionchange had not arrived yet): fixed in PasteCleanup.
  { seed: 1004, runs: 1, throttle: 1, found: 'paste over a Shift+arrow selection not yet read' },
  // Found by the first long run, each at a Ctrl+Z after a pause; they passed
  // every replay since the fixes for 1004 and 2005 (PendingSelection).
  // Seed 2002 also covers its sequence 7: Ctrl+ArrowLeft right after the caret
  // moved into the body, undone a frame later by TipTap's delayed focus (the
  // bare oracle had the same race): fields now take the focus at once (focusNow).
  { seed: 2002, runs: 8, throttle: 1, found: 'Ctrl+Z after a list; Ctrl+ArrowLeft right after moving into the body' },
  { seed: 2003, runs: 9, throttle: 1, found: 'Ctrl+Z after Ctrl+Shift+ArrowLeft and Enter' },
  // Ctrl+Z of a run with Enter, after End and Unikey bursts: in the loaded CI
  // run its sequence 9 undid "Ban " and an Enter but kept "hop " typed just
  // before, where the bare oracle undid all three. Not an app fault: both
  // cut undo steps by their own wall clock (500 ms), and the starved app
  // page took the keys far apart. The bare oracle now follows the app's undo
  // steps (tests/fuzz/undo-groups.ts).
  { seed: 2005, runs: 10, throttle: 1, found: 'Ctrl+Z of a run with Enter, after End and Unikey bursts' },
  // The long run of 5 December, at load 33-46: Ctrl+Z after a 700 ms pause
  // took back less in the app than in the bare oracle (40006: of "tổng ",
  // Enter, "Tân" 31 ms apart only "Tân"). The same cause as 2005: none
  // diverges on a quiet machine, and the app's undo steps were cut where its
  // own clock saw 500 ms pass. Replayed with the options of that run.
  { seed: 30001, runs: 2, throttle: 1, found: 'Ctrl+Z after a pause (long run, unthrottled)' },
  { seed: 40000, runs: 8, throttle: 4, found: 'Ctrl+Z after a pause: of "kết" and "kết " 6 ms apart only the second undone' },
  { seed: 40001, runs: 7, throttle: 4, found: 'Ctrl+Z after a pause (long run, 4x throttle)' },
  { seed: 40003, runs: 4, throttle: 4, found: 'Ctrl+Z after a pause (long run, 4x throttle)' },
  { seed: 40006, runs: 1, throttle: 4, found: 'Ctrl+Z after a pause: after "tổng ", Enter, "Tân" only "Tân" undone' },
  // The short fuzz's first batch: undo back to the start left "<p></p><p>g </p>" with no body
  // undo step left. Yjs's undo manager followed a restored copy of "tổng " only to its first
  // part once a Backspace had split it (and a later undo restored "g "): RestoredUndo.
  { seed: 2100, runs: 60, throttle: 1, length: 5, pauseMs: 250, found: 'undo back to the start left a restored, split word end' },
  // Shift+ArrowLeft within a frame of Enter reached the paragraph Enter had
  // left while it skipped layout (content-visibility), and the selection
  // ended at its start: the text typed over it replaced the whole paragraph
  // (CaretBlock now keeps the neighbours laid out; text input over a selection
  // across blocks is inserted by the editor, not merged by Chromium).
  { seed: 2004, runs: 8, throttle: 1, found: 'text input over Shift+ArrowLeft right after Enter replaced the paragraph before' },
  // The quiet long run of 5 December: Home to the very start of the article, less than 200 ms
  // after the body took the focus and before selectionchange, was undone when the next key
  // flushed ProseMirror's DOM observer: it took the caret at the document's start for the
  // browser's reset on focus and wrote its old selection back ("hop," Home "bien " gave
  // "hop,bien "). PendingSelection now clears that focus time once keys went to the field.
  { seed: 30016, runs: 7, throttle: 1, length: 10, pauseMs: 700, found: 'Home to the start of the article right after focus undone by the next key' },
  { seed: 30033, runs: 3, throttle: 1, length: 10, pauseMs: 700, found: 'Home to the start of the article right after focus (long run)' },
  // The same long run. 30017: bold from the toolbar 30 ms after Home (and Ctrl+Shift+ArrowLeft before
  // it) went to the selection before Home; a press on the toolbar now reads the page's selection first.
  // 30029 and 30031: Home 78-95 ms after moving into the body was undone by its own selectionchange
  // (ProseMirror's rule for the browser's reset on focus, within 200 ms): a key's keydown ends the rule.
  { seed: 30017, runs: 4, throttle: 1, length: 10, pauseMs: 700, found: 'bold from the toolbar right after Home acted on the selection before Home' },
  { seed: 30029, runs: 4, throttle: 1, length: 10, pauseMs: 700, found: 'Home right after moving into the body undone by its own selectionchange' },
  { seed: 30031, runs: 2, throttle: 1, length: 10, pauseMs: 700, found: 'Home right after moving into the body undone, a paste went to the end' },
  // 30049: ArrowLeft from the empty paragraph after a list into the end of its bold run, "ướt " typed
  // 4 ms later: Chromium inserted it there but left its caret 30 characters back, in another text node,
  // and the next text went there. The text is now inserted by the editor when its selection was only
  // read at that input (the read's page update came before the browser's own insertion).
  { seed: 30049, runs: 9, throttle: 1, length: 10, pauseMs: 700, found: 'text right after ArrowLeft went in, the caret left 30 characters back' },
  // 40035 and 40041 (4x throttle): a selection at the body's start (end), bold from the toolbar, then
  // Ctrl+ArrowLeft (Right): Chromium moved nothing, and the text typed next replaced the selection.
  { seed: 40035, runs: 3, throttle: 4, length: 10, pauseMs: 700, found: 'Ctrl+ArrowLeft over a selection at the start of the body moved nothing' },
  { seed: 40041, runs: 6, throttle: 4, length: 10, pauseMs: 700, found: 'Ctrl+ArrowRight over a selection at the end of the body moved nothing' },
  // The third long run of 5 December: a block format from the toolbar's block menu 28-29 ms after a key
  // selection went to the selection before the key (the menu's value set without a mouse press, as
  // Playwright's selectOption does and assistive technology may). 50055 s8: Shift+ArrowRight from the end of a
  // list item into the empty paragraph after it, H2: the app made the list item a heading. 60082 s7:
  // Shift+Home, Ctrl+Shift+ArrowLeft into the heading before, "Đoạn văn": the app kept the heading.
  // The value change now reads the page's selection first, as a mouse press does.
  { seed: 50055, runs: 9, throttle: 1, length: 10, pauseMs: 700, found: 'H2 from the block menu right after Shift+ArrowRight acted on the selection before it' },
  { seed: 60082, runs: 8, throttle: 4, length: 10, pauseMs: 700, found: 'paragraph from the block menu right after Ctrl+Shift+ArrowLeft acted on the selection before it' },
  // A slice after it (seeds 80000-80029, 4x throttle): Enter at the end of the body, Delete, "năm": TipTap's
  // Delete removed the new empty paragraph and "năm" went onto the line before (the text model, as Word,
  // expects nothing deleted). Delete at the very end of the body now does nothing (EndDelete).
  { seed: 80010, runs: 2, throttle: 4, length: 10, pauseMs: 700, found: 'Delete in the empty last paragraph removed it, the next text went onto the line before' },
  // The same slice, 80014: moving into the body from the sapo (the caret at the start of its bold run), a
  // Word paste, "UBND " typed: Chromium typed it before the pasted text, at the caret's place before the
  // paste (the page's selection, unchanged, was right). The page's caret is now set again after a paste.
  { seed: 80014, runs: 4, throttle: 4, length: 10, pauseMs: 700, found: 'text typed after a Word paste went before the pasted text' },
  // The lead's 4x run on 384c694 (110037 s8): Enter in the sapo moved into the body (its caret at the start of a
  // heading's bold run), Enter, "2025.": the text went into the new empty paragraph before the heading. Focusing
  // the body left Chromium's caret at a place of its own at the field's start, shown as the heading's text; the
  // page's caret is now set again when a field takes the focus (focusNow).
  { seed: 110037, runs: 9, throttle: 4, length: 10, pauseMs: 700, found: 'text typed after Enter at the start of the body went into the new paragraph before' },
  // The long run of 6 December (200271 s1, loaded machine): moving into the body, Home at once: ProseMirror's 20 ms focus
  // timer, taken before Home's selectionchange, found the caret where the browser had put it on focus (Home's place)
  // and wrote the end back. PendingSelection's own focus timer, run first, reads the keys' selection (direct test below).
  { seed: 200271, runs: 2, throttle: 1, length: 10, pauseMs: 700, found: 'Home right after moving into the body undone by ProseMirror\'s focus timer' },
  // The long run of the editor of 0789ebe (200602, after its 10 sequences): the second window showed a space of body
  // paragraph 5 elsewhere ("tổng  chieu" against "tổng chieu"), the first window and the saved article were right. A
  // Ctrl+Z restoring a deleted paragraph put a copy of the space between a left and a right neighbour that earlier
  // redos had put in the other order; Yjs places such an item one way where it is made and another way on every other
  // client (yjs#794). patches/yjs+13.6.33.patch (direct test: tests/yjs/redo-converge.test.ts).
  { seed: 200602, runs: 10, throttle: 1, length: 10, pauseMs: 700, found: 'a paragraph restored by Ctrl+Z shown with a space elsewhere in the second window' },
  // The long run of the editor of 9a9bc57 (310774 s3, 4x, a loaded machine): a paste, Shift+ArrowRight over the bold
  // space ending the paragraph, "biên " 13 ms later, before the selection's selectionchange: PendingSelection read the
  // selection at the text's beforeinput and inserted the text itself, all bold (ProseMirror's marks across the range);
  // typed by Chromium, as when the selection was read first, "biên" is plain before the bold space. A range within one
  // textblock is now left to the browser too (direct test below). Replays only on a loaded machine (5 of 11 beside two
  // busy loops, 0 of 4 idle): the direct test is what fails without the fix.
  { seed: 310774, runs: 4, throttle: 4, length: 10, pauseMs: 700, found: 'text typed over a key selection read only at its input came out bold' },
  // Long run part 11 (unthrottled, 3 of 3 replays): the body entered, Shift+Home over its only paragraph, "2025."
  // typed over it, Enter: TipTap ran the ordered-list input rule on Enter ("\n" matched its `\s`), the paragraph
  // became a list starting at 2025 and "2025." was gone. Input rules now run on typed text only (typed-rules.ts).
  { seed: 240202, runs: 7, throttle: 1, length: 10, pauseMs: 700, found: '"2025." then Enter became a numbered list starting at 2025, the text gone' },
  // Long run part 16 (4x, 1 of 3 replays beside four lanes): End in a heading that wraps, the spellcheck's underlines
  // redrawn 43 ms later, Shift+End, "chieu." typed: ProseMirror set the page's caret again at the same position, which
  // Chromium shows at the start of the next line, and Shift+End selected that line, replaced by the text. LineEndCaret
  // puts such a caret back at the line's end (direct tests below: they fail without it).
  { seed: 330242, runs: 10, throttle: 4, length: 10, pauseMs: 700, found: 'Shift+End after End in a wrapped heading selected the next line once the underlines were redrawn' },
  // Long run part 17 (4x, 3 of 3 replays, also on the editor before 330242's fix): Shift+End from the start of a heading to
  // the end of its first line, inside its underlined bold run, "nay." typed: Chromium left the rest of the run out of its
  // <strong> and ProseMirror read it back plain. Text typed over a range of mixed marks is now inserted by the editor
  // (PendingSelection; direct test below, fails without).
  { seed: 330254, runs: 10, throttle: 4, length: 10, pauseMs: 700, found: 'text typed over Shift+End into a bold run left the rest of the run plain' },
];

// No trace: thousands of keys; a divergence prints its sequence and replay command.
test.use({ trace: 'off' });
// The longest file of the suite (about a quarter of its test time): its tests, each on its own host and
// article, are shared between both workers instead of running one after another on one of them.
test.describe.configure({ mode: 'parallel' });

for (const { seed, runs, throttle, found, length, pauseMs, open } of REGRESSION_SEEDS) {
  test(`fuzz seed ${seed} (${found})`, async ({ app, host, context }) => {
    test.fixme(open !== undefined, open);
    test.setTimeout(300_000);
    const second = await context.newPage();
    const bare = await context.newPage();
    await preparePages({ app, second });
    const outcome = await fuzzArticle({ app, second, bare, hostUrl: host.url }, seed, { sequences: runs, length: length ?? 10, throttle, pauseMs });
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
async function selectInPageThen(
  app: import('@playwright/test').Page,
  then: 'transaction' | 'backspace',
  { refocus = false }: { refocus?: boolean } = {},
): Promise<void> {
  await app.evaluate(({ what, refocus }) => {
    const dom = document.querySelector('[data-testid="editor-body"] .ProseMirror, [data-testid="editor-body"].ProseMirror') as HTMLElement & {
      editor: { view: { dispatch(tr: unknown): void; state: { tr: { insertText(text: string, pos: number): unknown } } } };
    };
    if (refocus) {
      // The field just took the focus, and a key (Shift) went to it at once:
      // all of it within a millisecond or two, as a fast writer on a fast PC.
      dom.blur();
      dom.focus();
      dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', code: 'ShiftLeft', keyCode: 16, shiftKey: true, bubbles: true, cancelable: true }));
    }
    const second = document.createTreeWalker(dom.querySelectorAll('p')[1]!, NodeFilter.SHOW_TEXT).nextNode()!;
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
  }, { what: then, refocus });
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

// The CI run of 5 December lost the selection above: its keys came within
// 300 ms of the click that focused the field, where the page's selection was
// left to ProseMirror as if the browser had put it there on focus.
test('a key selection made moments after the field took the focus is kept too', async ({ app, host }) => {
  await twoParagraphs(app, host.url);
  await selectInPageThen(app, 'transaction', { refocus: true });
  await app.keyboard.type('Y');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['!huyen ', 'Y']);
});

test('a key right after a key selection, before it is read, acts on that selection', async ({ app, host }) => {
  await twoParagraphs(app, host.url);
  await selectInPageThen(app, 'backspace');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['huyen ', '']);
});

/** The body's selection in the editor, and the text the page shows selected. */
function bodySelection(app: import('@playwright/test').Page): Promise<{ from: number; to: number; shown: string }> {
  return app.evaluate(() => {
    const el = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: { state: { selection: { from: number; to: number } } } };
    const { from, to } = el.editor.state.selection;
    return { from, to, shown: document.getSelection()!.toString() };
  });
}

/** Stops (or starts again) ProseMirror's reading of the page's `selectionchange`, as on a starved page where the next input comes first. */
function readSelectionChange(app: import('@playwright/test').Page, on: boolean): Promise<void> {
  return app.evaluate((on) => {
    const dom = document.querySelector('[data-testid="editor-body"] .ProseMirror, [data-testid="editor-body"].ProseMirror') as HTMLElement & {
      editor: { view: { domObserver: { onSelectionChange: () => void } } };
    };
    const listener = dom.editor.view.domObserver.onSelectionChange;
    if (on) document.addEventListener('selectionchange', listener);
    else document.removeEventListener('selectionchange', listener);
  }, on);
}

test('text typed over a key selection gets the same marks whether the selection was read before the text or at it', async ({ app, host }) => {
  // Seed 310774: "biên " typed 13 ms after Shift+ArrowRight over a bold space, on a loaded machine.
  // The body's content as HTML, marks and all; the spellcheck's underlines (decorations, drawn when its worker
  // answers) are unwrapped: whether "ket" was underlined yet when the HTML was read is timing, not the result.
  const bodyHtml = () =>
    app.evaluate(() => {
      const body = document.querySelector('[data-testid="editor-body"] .ProseMirror, [data-testid="editor-body"].ProseMirror')!.cloneNode(true) as HTMLElement;
      body.querySelectorAll('[data-spell-kind]').forEach((underline) => underline.replaceWith(...Array.from(underline.childNodes)));
      body.normalize();
      return body.innerHTML.replace(/ class="[^"]*"/g, '');
    });
  const shapes = [
    { bold: ' ', after: '', left: 1, select: 1 }, // a bold space ending the paragraph (the seed's)
    { bold: ' ngày', after: ' nay', left: 9, select: 3 }, // " ng" of a bold word in the middle
  ];
  for (const { bold, after, left, select } of shapes) {
    const results: string[] = [];
    for (const late of [false, true]) {
      const { editor } = await EditorPage.openNew(app, host.url);
      await editor.body.click();
      await app.keyboard.type('ket');
      await app.keyboard.press('Control+b');
      await app.keyboard.type(bold);
      await app.keyboard.press('Control+b');
      await app.keyboard.type(after);
      await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual([`ket${bold}${after}`]);
      for (let i = 0; i < left; i++) await app.keyboard.press('ArrowLeft');
      // The caret after "ket", read by the editor.
      await expect
        .poll(() =>
          app.evaluate(() => {
            const dom = document.querySelector('[data-testid="editor-body"] .ProseMirror, [data-testid="editor-body"].ProseMirror') as HTMLElement & {
              editor: { view: { state: { selection: { from: number; to: number } } } };
            };
            const { from, to } = dom.editor.view.state.selection;
            return [from, to];
          }),
        )
        .toEqual([4, 4]);
      if (late) await readSelectionChange(app, false);
      for (let i = 0; i < select; i++) await app.keyboard.press('Shift+ArrowRight');
      await app.keyboard.insertText('biên ');
      if (late) await readSelectionChange(app, true);
      await app.keyboard.type('gg');
      await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual([`ket${bold}${after}`.replace(`ket${bold}${after}`.slice(3, 3 + select), 'biên gg')]);
      results.push(await bodyHtml());
    }
    expect(results[1], `${bold}|${after}`).toBe(results[0]);
  }
});

test('moving into the body from the title puts the caret where the app puts it, not where the browser does', async ({ app, host }) => {
  await addPageKit(app);
  await twoParagraphs(app, host.url);
  await app.getByTestId('editor-title').click();
  await app.evaluate(() => {
    // As the app (and the fuzzer's "field" step) moves between fields.
    const el = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: Parameters<typeof window.fuzzPage.focusNow>[0] };
    window.fuzzPage.focusNow(el.editor, 'end');
  });
  await app.keyboard.type('Z');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['huyen ', 'xaZ']);
});

test('bold from the toolbar right after a key selection, before it is read, acts on that selection', async ({ app, host }) => {
  // Seed 30017: bold from the toolbar 30 ms after Home went to the selection before Home. A press
  // on the toolbar now reads the page's selection first, as a key does.
  await twoParagraphs(app, host.url);
  await app.evaluate(() => {
    const dom = document.querySelector('[data-testid="editor-body"] .ProseMirror, [data-testid="editor-body"].ProseMirror')!;
    const second = document.createTreeWalker(dom.querySelectorAll('p')[1]!, NodeFilter.SHOW_TEXT).nextNode()!;
    // "xa" selected as Shift+ArrowLeft twice would, then the button pressed in the same task.
    document.getSelection()!.setBaseAndExtent(second, 2, second, 0);
    const bold = document.querySelector('[data-testid="tb-bold"]') as HTMLButtonElement;
    bold.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
    bold.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, button: 0 }));
    bold.click();
  });
  await expect
    .poll(() => app.evaluate(() => Array.from(document.querySelectorAll('[data-testid="editor-body"] strong')).map((el) => el.textContent)))
    .toEqual(['xa']);
});

test('a heading from the block menu right after a key selection, before it is read, goes to that selection', async ({ app, host }) => {
  // Seeds 50055 and 60082: the block menu's value set (no mouse press: Playwright's selectOption; assistive
  // technology may do the same) 28-29 ms after Shift+ArrowRight or Ctrl+Shift+ArrowLeft, before the page's
  // selectionchange: the heading (or paragraph) went to the selection before the key. The value change
  // now reads the page's selection first.
  await twoParagraphs(app, host.url);
  await app.evaluate(() => {
    const dom = document.querySelector('[data-testid="editor-body"] .ProseMirror, [data-testid="editor-body"].ProseMirror')!;
    // Each paragraph's first text node: "huyen" is inside the spellcheck's underline once it is drawn (a CI-like
    // load drew it before this ran, and offset 3 of the underline's element threw).
    const [first, second] = Array.from(dom.querySelectorAll('p'), (p) => document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode()!);
    // From the end of "xa" back into "huyen ", as Shift+ArrowLeft (or Ctrl+Shift+ArrowLeft) would,
    // then the menu's value set and its events sent in the same task, as selectOption does.
    document.getSelection()!.setBaseAndExtent(second!, 2, first!, 3);
    const menu = document.querySelector('[data-testid="tb-block"]') as HTMLSelectElement;
    menu.value = 'h2';
    menu.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    menu.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await expect
    .poll(() => app.evaluate(() => Array.from(document.querySelectorAll('[data-testid="editor-body"] h2, [data-testid="editor-body"] p'), (el) => `${el.tagName} ${el.textContent}`)))
    // The empty paragraph after is the editor's trailing paragraph (TrailingNode) after a heading.
    .toEqual(['H2 huyen ', 'H2 xa', 'P ']);
});

test('Delete at the very end of the body deletes nothing, not the empty paragraph Enter made', async ({ app, host }) => {
  // Seed 80010: "ngătỡh", Enter, Delete, "năm" gave "ngătỡhnăm" (TipTap's Delete removes an empty
  // paragraph and puts the caret at the end of the block before); Word and the fuzzer's text model
  // leave the new line. Awaited keys: the key's meaning, not a race.
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('tin');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Delete');
  await app.keyboard.type('năm');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['tin', 'năm']);
});

test('text typed right after a Word paste at the start of a bold run goes after the pasted text', async ({ app, host }) => {
  // Seed 80014: the body entered from the sapo (Enter), its caret at the start of a bold run, a Word
  // paste, then typing: Chromium typed before the pasted text, where its caret had been before the
  // paste, though the page's selection showed the right place. Each round pastes at the body's start.
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.press('Control+b');
  await app.keyboard.type('abc');
  await app.keyboard.press('Control+b');
  for (let round = 0; round < 3; round++) {
    await app.getByTestId('editor-sapo').click();
    await app.keyboard.press('End');
    await app.keyboard.press('Enter');
    await app.evaluate(
      ([text, html]) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        data.setData('text/html', html);
        document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [`T${round}`, wordHtml(`T${round}`)] as const,
    );
    await app.keyboard.press('U');
    await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual([['T2U', 'T1U', 'T0U'].slice(2 - round).join('') + 'abc']);
  }
});

test('Home to the start of the body right after moving into it is kept when its selectionchange comes within 200 ms', async ({ app, host }) => {
  // Seeds 30029 and 30031: moving into the body (focusNow), Home 78-95 ms later, then typing or a
  // paste: ProseMirror took Home's caret at the start of the document, read on Home's own
  // selectionchange within 200 ms of the focus, for the browser's reset on focus and wrote the old
  // selection back. The key's keydown now ends that rule.
  await addPageKit(app);
  await twoParagraphs(app, host.url);
  await app.getByTestId('editor-title').click();
  // ProseMirror's rule holds only when the field was not clicked in the last 300 ms.
  await app.waitForTimeout(350);
  await app.evaluate(async () => {
    const el = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: Parameters<typeof window.fuzzPage.focusNow>[0] };
    window.fuzzPage.focusNow(el.editor, 'end');
    const dom = el.querySelector('.ProseMirror') ?? el;
    // Home: its keydown, then the caret the browser moves (a synthetic key moves nothing itself).
    dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', code: 'Home', keyCode: 36, bubbles: true, cancelable: true }));
    document.getSelection()!.collapse(dom.querySelector('p')!.firstChild!, 0);
    await new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  await app.keyboard.type('Z');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['Zhuyen ', 'xa']);
});

test("Home to the start of the body right after moving into it is kept when ProseMirror's focus timer runs before its selectionchange", async ({ app, host }) => {
  // Long run, seed 200271 (loaded machine): moving into the body (focusNow, end), Home at once. Home
  // put the caret exactly where the browser had put it on focus (the start of the field), and
  // ProseMirror's 20 ms focus timer, taken before Home's selectionchange, read that as the browser's
  // reset and wrote the state's selection (the end) back. Here the selectionchange is held back past
  // that timer, as the loaded renderer did.
  await addPageKit(app);
  await twoParagraphs(app, host.url);
  await app.getByTestId('editor-title').click();
  await app.waitForTimeout(350);
  const caretAfter = await app.evaluate(async () => {
    const el = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: Parameters<typeof window.fuzzPage.focusNow>[0] };
    const dom = el.querySelector('.ProseMirror') ?? el;
    // Where the browser puts the caret when the field takes the focus (before ProseMirror's own).
    let reset: { node: Node; offset: number } | null = null;
    const onFocus = () => {
      const s = document.getSelection()!;
      reset = { node: s.focusNode!, offset: s.focusOffset };
    };
    window.addEventListener('focus', onFocus, { capture: true, once: true });
    let hold = true;
    const holdBack = (event: Event) => { if (hold) event.stopImmediatePropagation(); };
    window.addEventListener('selectionchange', holdBack, true);
    try {
      window.fuzzPage.focusNow(el.editor, 'end');
      if (!reset) throw new Error('no focus event');
      const { node, offset } = reset as { node: Node; offset: number };
      // Home: its keydown, then the caret the browser moves, to where it was on focus.
      dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', code: 'Home', keyCode: 36, bubbles: true, cancelable: true }));
      document.getSelection()!.collapse(node, offset);
      await new Promise((resolve) => setTimeout(resolve, 60));
    } finally {
      hold = false;
      window.removeEventListener('selectionchange', holdBack, true);
    }
    return el.editor.state.selection.from;
  });
  expect(caretAfter).toBe(1);
  await app.keyboard.type('Z');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['Zhuyen ', 'xa']);
});

test('Ctrl+Arrow over a selection reaching the start or end of the body puts the caret at that edge', async ({ app, host }) => {
  // Seeds 40035 and 40041: Chromium moves nothing when the selection's moving end is there and the
  // page has anything before or after the field (the app's page does); the letter typed next replaced
  // the selection.
  await twoParagraphs(app, host.url);
  // "huyen" selected from its end back to the start of the body.
  await app.keyboard.press('Control+Home');
  await app.keyboard.press('Control+ArrowRight');
  await app.keyboard.press('Control+Shift+ArrowLeft');
  await app.keyboard.press('Control+ArrowLeft');
  await app.keyboard.type('Z');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['Zhuyen ', 'xa']);
  // "xa" selected from its start to the end of the body.
  await app.keyboard.press('Control+End');
  await app.keyboard.press('Control+ArrowLeft');
  await app.keyboard.press('Control+Shift+ArrowRight');
  await app.keyboard.press('Control+ArrowRight');
  await app.keyboard.type('Y');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['Zhuyen ', 'xaY']);
});

test('Shift+ArrowLeft in the same frame as Enter ends at the end of the paragraph Enter left, not at its start', async ({ app, host }) => {
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Ban bien tap hop chieu nay');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['Ban bien tap hop chieu nay']);
  const ends = await app.evaluate(() => {
    const dom = document.querySelector('[data-testid="editor-body"] .ProseMirror, [data-testid="editor-body"].ProseMirror') as HTMLElement & {
      editor: { view: { posAtDOM(node: Node, offset: number): number } };
    };
    // Enter, then Shift+ArrowLeft before the page renders a frame (a macro
    // tool, a remote desktop): the browser extends the selection itself.
    dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    const selection = document.getSelection()!;
    selection.modify('extend', 'backward', 'character');
    const view = dom.editor.view;
    return [view.posAtDOM(selection.anchorNode!, selection.anchorOffset), view.posAtDOM(selection.focusNode!, selection.focusOffset)];
  });
  // "Ban bien tap hop chieu nay" is 26 characters: its end is 27, the new paragraph starts at 29.
  expect(ends).toEqual([29, 27]);
  await app.keyboard.insertText('X');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['Ban bien tap hop chieu nayX']);
});

test('text typed after Enter at the start of the body, entered from the sapo, goes where the caret is', async ({ app, host }) => {
  // Seed 110037 s8: Enter in the sapo puts the caret at the start of the body (focusNow), where a heading starts
  // with a bold run; Enter there makes an empty paragraph before the heading and keeps the caret in it (the
  // page's selection shows the heading's text). Chromium typed "2025." into the new paragraph: its caret was
  // the place it took by itself on focus, the field's start, which ProseMirror had left alone as the same place.
  // Awaited keys: no race.
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.press('Control+b');
  await app.keyboard.type('hoa');
  await app.keyboard.press('Control+b');
  await app.keyboard.type(' ban');
  await app.keyboard.press('Control+Alt+2');
  await app.getByTestId('editor-sapo').click();
  await app.keyboard.type('sapo');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
  await app.keyboard.type('2025.');
  await expect
    .poll(() => app.evaluate(() => Array.from(document.querySelectorAll('[data-testid="editor-body"] :is(p, h2)'), (el) => `${el.tagName} ${el.textContent}`)))
    // The empty paragraph after is the editor's trailing paragraph (TrailingNode) after a heading.
    .toEqual(['P ', 'H2 2025.hoa ban', 'P ']);
  await expect(app.getByTestId('editor-sapo')).toHaveText('sapo');
});

test("the bare oracle cuts undo steps where the app's clock did, not by its own", async ({ app, host, context }) => {
  // Seeds 2005, 30001, 40000-40006: a starved app page took a burst's keys over 500 ms apart and
  // cut an undo step inside it; the bare oracle, timing by its own clock, did not.
  await addPageKit(app);
  const { editor } = await EditorPage.openNew(app, host.url);
  const bare = await context.newPage();
  await mountBare(bare, 'tiptap-yjs');
  const undoSteps = () =>
    app.evaluate(() => window.fuzzPage.takeUndoGroups((document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: Parameters<typeof window.fuzzPage.takeUndoGroups>[0] }).editor));
  await editor.body.click();
  await undoSteps();
  await app.keyboard.type('hop ');
  // As if the page had been starved for 2 s: the undo manager's clock moves on.
  await app.evaluate(() => {
    const el = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: { state: { plugins: Array<{ key: string; getState(s: unknown): unknown }> } } };
    const state = el.editor.state.plugins.find((p) => p.key.startsWith('y-undo$'))!.getState(el.editor.state) as { undoManager: { lastChange: number } };
    state.undoManager.lastChange -= 2_000;
  });
  await app.keyboard.type('Ban ');
  const steps = await undoSteps();
  // "B" started a step of its own (whatever else a loaded machine cut).
  expect(steps[4]).toEqual({ before: expect.stringContaining('hop </paragraph>'), added: true });
  await app.keyboard.press('Control+z');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).not.toEqual(['hop Ban ']);
  const undone = await shownParagraphs(app, 'editor-body');
  expect(undone).not.toEqual(['']);

  // Following the app's steps, the bare editor undoes what the app undid.
  await mountBare(bare, 'tiptap-yjs');
  await bare.evaluate((s) => window.fuzzBare.follow(s), steps);
  await bare.keyboard.type('hop Ban ');
  await bare.keyboard.press('Control+z');
  expect(await shownParagraphs(bare, 'bare-editor')).toEqual(undone);
  // On its own clock (the text given at once) it undoes all of it.
  await mountBare(bare, 'tiptap-yjs');
  await bare.keyboard.insertText('hop ');
  await bare.keyboard.insertText('Ban ');
  await bare.keyboard.press('Control+z');
  expect(await shownParagraphs(bare, 'bare-editor')).toEqual(['']);
});

test('the bare oracle starts a new undo step at the first change after an undo, as the app does', async ({ app, host, context }) => {
  // Seeds 2101 sequence 49 and 2100 sequence 44 (after 2100 on the same article): the first change
  // after an undo empties the redo stack in a transaction of the undo manager's own; the bare oracle
  // decided that transaction's step by the app's note for the change after it (a join), so its first
  // change after the undo joined the step before the undone one, and a later Ctrl+Z took that back too.
  await addPageKit(app);
  const { editor } = await EditorPage.openNew(app, host.url);
  const bare = await context.newPage();
  const undoSteps = () =>
    app.evaluate(() => window.fuzzPage.takeUndoGroups((document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: Parameters<typeof window.fuzzPage.takeUndoGroups>[0] }).editor));
  const endStep = () =>
    app.evaluate(() => {
      const el = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: { state: { plugins: Array<{ key: string; getState(s: unknown): unknown }> } } };
      const state = el.editor.state.plugins.find((p) => p.key.startsWith('y-undo$'))!.getState(el.editor.state) as { undoManager: { stopCapturing(): void } };
      state.undoManager.stopCapturing();
    });
  await editor.body.click();
  await undoSteps();
  await app.keyboard.type('ban ');
  await endStep();
  await app.keyboard.type('hop ');
  await app.keyboard.press('Control+z');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['ban ']);
  // "x" starts a step of its own (the undo ended the last one); "a", right after it, joins it.
  await app.keyboard.type('xa');
  const steps = await undoSteps();
  // The last change made on "ban " ("hop " was too, before the undo).
  const x = steps.map((s) => s.before.includes('<paragraph>ban </paragraph>')).lastIndexOf(true);
  expect(steps[x]).toEqual({ before: expect.stringContaining('<paragraph>ban </paragraph>'), added: true });
  await app.keyboard.press('Control+z');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).not.toEqual(['ban xa']);
  const undone = await shownParagraphs(app, 'editor-body');
  expect(undone[0]).toMatch(/^ban /); // "ban " (or "ban x" if a starved page took "a" 500 ms after "x")

  // Given the app's steps, the bare editor undoes what the app undid ("xa"), not "ban " with it.
  await mountBare(bare, 'tiptap-yjs');
  await bare.evaluate((s) => window.fuzzBare.follow(s), steps);
  await bare.keyboard.type('ban hop ');
  await bare.keyboard.press('Control+z');
  expect(await shownParagraphs(bare, 'bare-editor')).toEqual(['ban ']);
  await bare.keyboard.type('xa');
  expect((await bare.evaluate(() => window.fuzzBare.follow([])))[x]).toBe(`new ${x}`);
  await bare.keyboard.press('Control+z');
  expect(await shownParagraphs(bare, 'bare-editor')).toEqual(undone);
});

test("every batch's bare editor is laid out as the app's body (lines wrap where the app's do)", async ({ app, host, context }) => {
  // Seed 2101, sequence 12, played after batch 2100: Shift+Home in a new heading that wrapped in the
  // app's 418 px body selected its second line only; the bare editor of the second batch had been
  // mounted without the app's style sheets (1280 px, another font) and selected the whole heading.
  test.setTimeout(120_000);
  const second = await context.newPage();
  const bare = await context.newPage();
  await preparePages({ app, second });
  const article = await FuzzArticle.open({ app, second, bare, hostUrl: host.url }, 1);
  const column = (page: import('@playwright/test').Page, selector: string) =>
    page.evaluate((s) => {
      const el = document.querySelector(s)!;
      return { width: Math.round(el.getBoundingClientRect().width), font: getComputedStyle(el).font };
    }, selector);
  for (const seed of [2100, 2101]) {
    const outcome = await article.play(seed, { sequences: 1, length: 3, throttle: 1, pauseMs: 250, reload: false }, seed === 2100);
    expect(outcome.divergences).toEqual([]);
    expect(await column(bare, '#bare .ProseMirror')).toEqual(await column(app, '[data-testid="editor-body"]'));
  }
  await article.close();
});

/**
 * A new article whose one paragraph wraps, with an underline on its first line before the line's end
 * (redrawing it rewrites the text node there), and the caret put at the end of that line by End. Returns
 * the caret's position, the paragraph's text and a reader of the body's selection.
 */
async function endOfWrappedLine(app: import('@playwright/test').Page, hostUrl: string) {
  const { editor } = await EditorPage.openNew(app, hostUrl);
  await editor.body.click();
  const words = 'Ủyban nhân dân huyện vieetj tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 tại hội trường trung tâm';
  await app.keyboard.insertText(`${words} ${words}`);
  await expect(app.locator('[data-testid="editor-body"] .spell-issue').first()).toBeVisible();
  const state = () => bodySelection(app);
  await app.keyboard.press('Control+Home');
  await app.keyboard.press('End');
  await expect.poll(async () => (await state()).from).toBeGreaterThan(1);
  const end = (await state()).from;
  const first = await shownParagraphs(app, 'editor-body');
  expect(first[0]!.length).toBeGreaterThan(end); // the line wrapped: End did not reach the paragraph's end
  return { state, end, first };
}

/**
 * Once the underlines are drawn again: Shift+End at the caret `endOfWrappedLine` made selects nothing (the
 * caret is still at its line's end), and "X" typed goes in there.
 */
async function shiftEndKeepsLineEnd(app: import('@playwright/test').Page, { state, end, first }: Awaited<ReturnType<typeof endOfWrappedLine>>) {
  await expect(app.locator('[data-testid="editor-body"] .spell-issue').first()).toBeVisible();
  await app.keyboard.press('Shift+End');
  await expect.poll(state).toEqual({ from: end, to: end, shown: '' });
  await app.keyboard.type('X');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual([`${first[0]!.slice(0, end - 1)}X${first[0]!.slice(end - 1)}`]);
}

test('the caret End put at the end of a wrapped line stays there when the underlines are drawn again', async ({ app, host }) => {
  // Seed 330242 s8 (4x): End in a wrapped heading, the spellcheck's underlines redrawn 43 ms later, Shift+End,
  // "chieu." typed: ProseMirror set the page's caret again at the same position, which Chromium shows at the
  // start of the next line (a caret set by script at a soft wrap), and Shift+End selected that whole line.
  const { state, end, first } = await endOfWrappedLine(app, host.url);
  // Shift+End at the end of a line selects nothing; Chromium's own caret is there.
  await app.keyboard.press('Shift+End');
  await expect.poll(state).toEqual({ from: end, to: end, shown: '' });
  // (A second Shift+End would select the next line: Chromium's own way. End again.)
  await app.keyboard.press('Control+Home');
  await app.keyboard.press('End');
  await expect.poll(state).toEqual({ from: end, to: end, shown: '' });
  // The underlines taken away and drawn again (as when the dictionary changes), the caret where End put it.
  await app.evaluate(() => (document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: { commands: { recheckSpelling(): void } } }).editor.commands.recheckSpelling());
  await shiftEndKeepsLineEnd(app, { state, end, first });
});

test('a caret put at the end of a wrapped line, not read yet, stays there when the underlines are drawn again', async ({ app, host }) => {
  // Seed 330242 s8 again (a fresh-clone CI, 7 Dec): under load the underlines were redrawn after End had moved
  // the page's caret but before its `selectionchange` was read. The state's caret was still at the start of the
  // heading, so no line end was seen there; the page's caret, read with the redraw, was set again by script at the
  // start of the next line, and Shift+End selected that line. The key's move and the redraw are made here in one
  // task, so the `selectionchange` always comes after (`Selection.modify` puts the caret at the line's end as End does).
  const { state, end, first } = await endOfWrappedLine(app, host.url);
  await app.keyboard.press('Control+Home');
  await expect.poll(state).toEqual({ from: 1, to: 1, shown: '' });
  const read = await app.evaluate(() => {
    const body = document.querySelector('[data-testid="editor-body"]') as HTMLElement & {
      editor: { state: { selection: { head: number } }; commands: { recheckSpelling(): void } };
    };
    document.getSelection()!.modify('move', 'forward', 'lineboundary');
    const before = body.editor.state.selection.head;
    body.editor.commands.recheckSpelling();
    return { before, after: body.editor.state.selection.head };
  });
  // The redraw came before the move was read, and read it.
  expect(read.before).toBe(1);
  expect(read.after).toBe(end);
  await shiftEndKeepsLineEnd(app, { state, end, first });
});

test('the caret End put at the end of a wrapped line stays there when the underlines are drawn again as Shift goes down', async ({ app, host }) => {
  // Seed 330242 s8 once more (a run of this file beside the long-run lanes, load about 30): Shift+End is two
  // keydowns, Shift's then End's, and the underlines can come back between them. Shift is no navigation key, so
  // the caret's line end was no longer looked after, and Shift+End selected the next line.
  const { state, end, first } = await endOfWrappedLine(app, host.url);
  await app.evaluate(() => {
    const body = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: { view: { dom: HTMLElement }; commands: { recheckSpelling(): void } } };
    body.editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', code: 'ShiftLeft', keyCode: 16, shiftKey: true, bubbles: true, cancelable: true }));
    body.editor.commands.recheckSpelling();
  });
  await shiftEndKeepsLineEnd(app, { state, end, first });
});

test('the caret End put at the end of a wrapped line stays there when another window types in its paragraph', async ({ app, host, context }) => {
  // The same as above when the redraw is another writer's edit (through Yjs) to the caret's own text node.
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  const words = 'Ủyban nhân dân huyện tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 tại hội trường trung tâm';
  await app.keyboard.insertText(`${words} ${words}`);
  const other = await context.newPage();
  await new EditorPage(other).open(host.url, articleId);
  await expect.poll(() => shownParagraphs(other, 'editor-body')).toEqual([`${words} ${words}`]);
  await other.getByTestId('editor-body').click();
  await other.keyboard.press('Control+End');
  const state = () => bodySelection(app);
  await app.keyboard.press('Control+Home');
  await app.keyboard.press('End');
  await expect.poll(async () => (await state()).from).toBeGreaterThan(1);
  const end = (await state()).from;
  expect(words.length * 2).toBeGreaterThan(end);
  await other.keyboard.type(' mới');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual([`${words} ${words} mới`]);
  await app.keyboard.press('Shift+End');
  await expect.poll(state).toEqual({ from: end, to: end, shown: '' });
  await app.keyboard.type('X');
  const text = `${words} ${words} mới`;
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual([`${text.slice(0, end - 1)}X${text.slice(end - 1)}`]);
  await other.close();
});

test('a key that moved the caret, not read yet, is not undone by another window\'s edit arriving', async ({ app, host, context }) => {
  // Found reading y-tiptap for fuzz seed 320235 (Home right after moving into the body lost): a change from Yjs
  // is rendered with the selection the binding noted when it arrived, the state's; the caret Home had put in the
  // page, before its selectionchange, was overwritten and the next letter went where End had left the caret.
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.insertText('chức năng');
  await app.keyboard.press('Enter');
  await app.keyboard.insertText('đoạn hai');
  const other = await context.newPage();
  await new EditorPage(other).open(host.url, articleId);
  await expect.poll(() => shownParagraphs(other, 'editor-body')).toEqual(['chức năng', 'đoạn hai']);
  await other.getByTestId('editor-body').click();
  await other.keyboard.press('Control+End');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('End');
  await expect.poll(async () => (await bodySelection(app)).from).toBe(10);
  // Home, its selectionchange held back (a starved page: the other window's message comes first).
  await readSelectionChange(app, false);
  await app.keyboard.press('Home');
  await other.keyboard.type(' mới');
  await expect.poll(() => shownParagraphs(app, 'editor-body'), { timeout: 30_000 }).toEqual(['chức năng', 'đoạn hai mới']);
  expect((await bodySelection(app)).from).toBe(1);
  await readSelectionChange(app, true);
  await app.keyboard.type('X');
  await expect.poll(() => shownParagraphs(app, 'editor-body')).toEqual(['Xchức năng', 'đoạn hai mới']);
  await expect.poll(() => shownParagraphs(other, 'editor-body')).toEqual(['Xchức năng', 'đoạn hai mới']);
  await other.close();
});

test('text typed over a selection from plain text into an underlined bold run keeps the rest of the run bold', async ({ app, host }) => {
  // Seed 330254 s9 (4x, 3 of 3 replays): Shift+End from the start of a heading to the end of its first line, in the middle of
  // its bold run, whose words the spellcheck underlined, then "nay." typed: Chromium replaced the selection and left the
  // rest of the run out of its <strong>, and ProseMirror read it back plain. A bare editor (no underlines) keeps it bold.
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.press('Control+Alt+2');
  const plain = 'Ủy ban nhân dân ';
  const bold = 'vieetj '.repeat(30).trim();
  await app.keyboard.type(plain);
  await app.keyboard.press('Control+b');
  await app.keyboard.insertText(bold);
  await app.keyboard.press('Control+b');
  const html = () =>
    app.evaluate(() => document.querySelector('[data-testid="editor-body"] .ProseMirror, [data-testid="editor-body"].ProseMirror')!.innerHTML.replace(/<span[^>]*>|<\/span>/g, '').replace(/ class="[^"]*"/g, ''));
  await expect(app.locator('[data-testid="editor-body"] strong .spell-issue')).toHaveCount(30);
  await app.keyboard.press('Control+Home');
  await app.keyboard.press('Shift+End');
  const selected = await app.evaluate(() => document.getSelection()!.toString());
  expect(selected.startsWith(`${plain}vieetj`)).toBe(true); // the line ends inside the bold run
  expect(selected.length).toBeLessThan(plain.length + bold.length);
  await app.keyboard.type('nay.');
  const rest = (plain + bold).slice(selected.length);
  await expect.poll(async () => (await html()).replace(/<p><br><\/p>$/, '')).toBe(`<h2>nay.<strong>${rest}</strong></h2>`);
});

/**
 * Issue 19's guard: typing in a 20,000-word article must not make any plugin
 * (ours, TipTap's, the review marks, spellcheck, counts, the toolbar...) walk
 * the whole document on each keystroke. Counted, not timed: the page's
 * ProseMirror Fragment methods that every whole-document walk goes through
 * (nodesBetween, which descendants/textBetween/textContent use, and forEach)
 * are wrapped, and a call on the body's top-level fragment that covers more
 * than half of it counts as one walk, with the stack that made it.
 */
import { test, expect } from './fixtures/test';
import { longArticle } from './fixtures/long-article';
import { EditorPage, hostCall } from './pages/editor-page';

const WORDS = 20_000;

interface Walks {
  count: number;
  stacks: Record<string, number>;
  /** Editor updates (EditorView.updateState) while a key is handled. */
  updates: number;
  /** DecorationSet.eq calls on two different sets while a key is handled. */
  setComparisons: number;
  /** Objects of every editor command built while a key is handled (TipTap's `editor.commands`, command props' `commands`). */
  commandObjects: number;
}

test('typing in a 20,000-word article walks the whole document on no keystroke', async ({ app, host }) => {
  test.setTimeout(300_000);
  const created = await hostCall<{ id: string }>(host.url, 'drafts.create', { kind: 'bai' });
  const seeded = Buffer.from((await hostCall<{ state: string }>(host.url, 'drafts.open', { id: created.id })).state, 'base64');
  await hostCall(host.url, 'drafts.append', { id: created.id, update: Buffer.from(longArticle(seeded, { words: WORDS, bold: true })).toString('base64') });
  const editor = new EditorPage(app);
  await editor.open(host.url, created.id);
  await expect.poll(() => app.locator('[data-testid="editor-body"] > *').count(), { timeout: 60_000 }).toBeGreaterThan(1000);

  // Wrap the Fragment prototype the editor's own document uses (reached through TipTap's `dom.editor`).
  await editor.body.evaluate((el) => {
    type Plugin = { key: string; getState(state: unknown): unknown };
    const dom = (el.matches('.ProseMirror') ? el : el.querySelector('.ProseMirror')) as HTMLElement & {
      editor: { state: { doc: { content: object } }; view: { state: { plugins: Plugin[] } } };
    };
    type Frag = { childCount: number; size: number };
    const proto = Object.getPrototypeOf(dom.editor.state.doc.content) as Record<string, (...args: unknown[]) => unknown>;
    const walks = { count: 0, stacks: {} as Record<string, number>, updates: 0, setComparisons: 0, commandObjects: 0 };
    (window as unknown as { __walks: typeof walks }).__walks = walks;
    // Only walks made while a key is handled count: from its keydown to the first frame after it (as the
    // bench's latency probe measures). The passes that wait for a pause in typing (spellcheck, counts) run
    // from their own timers, outside these windows.
    let open = 0;
    window.addEventListener(
      'keydown',
      () => {
        open += 1;
        requestAnimationFrame(() => setTimeout(() => (open -= 1), 0));
      },
      true,
    );
    const record = () => {
      if (open === 0) return;
      walks.count += 1;
      const stack = (new Error().stack ?? '').split('\n').slice(3, 9).map((l) => l.trim()).join(' < ');
      walks.stacks[stack] = (walks.stacks[stack] ?? 0) + 1;
    };
    const nodesBetween = proto.nodesBetween!;
    proto.nodesBetween = function (this: Frag, from: unknown, to: unknown, ...rest: unknown[]) {
      if (this.childCount >= 500 && (to as number) - (from as number) > this.size / 2) record();
      return nodesBetween.call(this, from, to, ...rest);
    };
    const forEach = proto.forEach!;
    proto.forEach = function (this: Frag, ...args: unknown[]) {
      if (this.childCount >= 500) record();
      return forEach.apply(this, args);
    };
    const view = dom.editor.view;
    const viewProto = Object.getPrototypeOf(view) as Record<string, (...args: unknown[]) => unknown>;
    const updateState = viewProto.updateState!;
    viewProto.updateState = function (this: unknown, ...args: unknown[]) {
      if (open > 0) walks.updates += 1;
      return updateState.apply(this, args);
    };
    // CaretBlock's state is a DecorationSet: its prototype is the page's DecorationSet's.
    const caretBlock = view.state.plugins.find((p) => String(p.key).startsWith('caretBlock'))!;
    const setProto = Object.getPrototypeOf(caretBlock.getState(view.state)) as Record<string, (...args: unknown[]) => unknown>;
    const eq = setProto.eq!;
    setProto.eq = function (this: unknown, other: unknown) {
      if (open > 0 && this !== other) walks.setComparisons += 1;
      return eq.call(this, other);
    };
    // TipTap builds its objects of every command (one entry per command) with Object.fromEntries.
    const fromEntries = Object.fromEntries;
    Object.fromEntries = function (entries: Iterable<readonly [PropertyKey, unknown]>) {
      const result = fromEntries(entries);
      if (open > 0 && 'splitBlock' in result && 'joinBackward' in result) walks.commandObjects += 1;
      return result;
    } as typeof Object.fromEntries;
  });
  const walks = () => app.evaluate(() => (window as unknown as { __walks: Walks }).__walks);
  const reset = () =>
    app.evaluate(() => Object.assign((window as unknown as { __walks: Walks }).__walks, { count: 0, stacks: {}, updates: 0, setComparisons: 0, commandObjects: 0 }));

  // The hook counts: one deliberate whole-document walk while a key is handled is one walk.
  await reset();
  await editor.body.evaluate((el) => {
    const dom = (el.matches('.ProseMirror') ? el : el.querySelector('.ProseMirror')) as HTMLElement & { editor: { state: { doc: { textContent: string } } } };
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
    return dom.editor.state.doc.textContent.length;
  });
  expect((await walks()).count).toBe(1);

  const middle = app.locator('[data-testid="editor-body"] > p').nth(500);
  // Blocks above it get their real height as they come on screen (content-visibility), which can move
  // the paragraph under the click: click until the caret is in it.
  await expect(async () => {
    await middle.scrollIntoViewIfNeeded();
    await middle.click();
    await app.keyboard.press('End');
    expect(await middle.evaluate((p) => p.contains(getSelection()?.anchorNode ?? null))).toBe(true);
  }).toPass({ timeout: 30_000 });
  // Let the opening passes (spellcheck of the whole article, the first counts) finish: no walk for a second.
  await expect
    .poll(
      async () => {
        const before = (await walks()).count;
        await app.waitForTimeout(1000);
        return (await walks()).count - before;
      },
      { timeout: 60_000 },
    )
    .toBe(0);
  await reset();

  const report = (w: Walks, keys: number) => `whole-document walks while typing ${keys} keys:\n${JSON.stringify(w.stacks, null, 1)}`;

  // Letters: a plugin that walks the document per keystroke (or per transaction) walks at least once per key.
  // A few are allowed: a pause-triggered pass whose timer a stalled machine runs inside a key's window.
  const typed = ' phát triển kinh tế xã hội nông thôn mới bền vững và an sinh';
  await app.keyboard.type(typed, { delay: 30 });
  await expect(middle).toContainText('bền vững và an sinh');
  const letters = await walks();
  expect(letters.count, report(letters, typed.length)).toBeLessThanOrEqual(Math.floor(typed.length / 8));
  // At most one update per letter (the slack, again, for a pause-triggered pass inside a key's window; a
  // letter the browser inserted itself can be read with the next one).
  expect(letters.updates).toBeGreaterThan(0);
  // Sets compared decoration by decoration: 6,390 for these letters when a spellcheck pass rebuilt every
  // paragraph's set (after the opening's pass, or a pause); 0 when a pass keeps the unchanged ones.
  expect(letters.setComparisons).toBeLessThanOrEqual(typed.length);
  expect(letters.updates).toBeLessThanOrEqual(typed.length + Math.floor(typed.length / 8));

  // A pause in typing: the spellcheck pass checks the edited paragraph again and updates the underlines.
  await app.waitForTimeout(1500);

  // Enter and Backspace add and remove a top-level block: the same rule.
  await reset();
  for (let i = 0; i < 6; i++) {
    await app.keyboard.press('Enter');
    await app.keyboard.type('x', { delay: 30 });
    await app.keyboard.press('Backspace');
    await app.keyboard.press('Backspace');
  }
  await expect(middle).toContainText('an sinh');
  const blocks = await walks();
  expect(blocks.count, report(blocks, 24)).toBeLessThanOrEqual(Math.floor(24 / 8));
  // Each of the 24 keys makes one update: the Enters and the joining Backspaces their own, the letters and the
  // Backspaces deleting them ProseMirror's reading of the browser's change. TipTap's list keys added an empty
  // one before each Enter and Backspace (48), its core keymap one before each Backspace inside text (30).
  // (The slack, again, for a pause-triggered pass inside a key's window.)
  expect(blocks.updates).toBeGreaterThanOrEqual(18);
  expect(blocks.updates).toBeLessThanOrEqual(24 + 3);
  // The core keymap's Enter and Backspace built two objects of every command each (TipTap's `editor.commands`
  // and the `commands` of `first`): 36 for these keys. The plain paths build none (extensions/core-keys).
  expect(blocks.commandObjects).toBeLessThanOrEqual(3);
  // Sets compared decoration by decoration: a few (the edited paragraph's); 16,826 for these 24 keys when a
  // pass had rebuilt every paragraph's set.
  expect(blocks.setComparisons).toBeLessThanOrEqual(24);
  await editor.waitSaved();
});

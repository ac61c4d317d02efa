/**
 * Issue 19, Chromium's frame work per key: the body's top-level blocks have
 * `content-visibility: auto`, and CaretBlock keeps the caret's blocks out of
 * it (class `caret-block`). A block that loses the class while on screen is
 * locked for `content-visibility: auto` and unlocked again by Chromium in the
 * next frames (a style recalculation and a state change per block); this
 * happened on every Enter and Backspace. Counted, not timed: class changes
 * that unmark a block still in the document while keys are typed, and the
 * blocks kept out of `content-visibility`.
 */
import { test, expect } from './fixtures/test';
import { longArticle } from './fixtures/long-article';
import { EditorPage, hostCall } from './pages/editor-page';

const WORDS = 4_000;

test('Enter, Backspace and letters unmark no on-screen block (no content-visibility lock churn)', async ({ app, host }) => {
  test.setTimeout(180_000);
  const created = await hostCall<{ id: string }>(host.url, 'drafts.create', { kind: 'bai' });
  const seeded = Buffer.from((await hostCall<{ state: string }>(host.url, 'drafts.open', { id: created.id })).state, 'base64');
  await hostCall(host.url, 'drafts.append', { id: created.id, update: Buffer.from(longArticle(seeded, { words: WORDS })).toString('base64') });
  const editor = new EditorPage(app);
  await editor.open(host.url, created.id);
  await expect.poll(() => app.locator('[data-testid="editor-body"] > *').count(), { timeout: 60_000 }).toBeGreaterThan(190);

  const middle = app.locator('[data-testid="editor-body"] > p').nth(100);
  await expect(async () => {
    await middle.scrollIntoViewIfNeeded();
    await middle.click();
    await app.keyboard.press('End');
    expect(await middle.evaluate((p) => p.contains(getSelection()?.anchorNode ?? null))).toBe(true);
  }).toPass({ timeout: 30_000 });

  // Count class changes on the body's top-level blocks that take `caret-block` away from a block that stays.
  await editor.body.evaluate((el) => {
    const body = el.matches('.ProseMirror') ? el : el.querySelector('.ProseMirror')!;
    const counts = { unmarked: 0, marked: 0 };
    (window as unknown as { __frame: typeof counts }).__frame = counts;
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.target.parentNode !== body) continue;
        const was = (r.oldValue ?? '').split(/\s+/).includes('caret-block');
        const is = (r.target as Element).classList.contains('caret-block');
        if (was && !is && r.target.isConnected) counts.unmarked += 1;
        if (!was && is) counts.marked += 1;
      }
    }).observe(body, { subtree: true, attributeFilter: ['class'], attributeOldValue: true });
  });
  const counts = () => app.evaluate(() => (window as unknown as { __frame: { unmarked: number; marked: number } }).__frame);
  const outOfContentVisibility = () =>
    editor.body.evaluate((el) => {
      const body = el.matches('.ProseMirror') ? el : el.querySelector('.ProseMirror')!;
      return Array.from(body.children).filter((c) => getComputedStyle(c).contentVisibility !== 'auto').length;
    });

  for (let i = 0; i < 8; i++) {
    await app.keyboard.press('Enter');
    await app.keyboard.type('xy', { delay: 30 });
    await app.keyboard.press('Backspace');
    await app.keyboard.press('Backspace');
    await app.keyboard.press('Backspace');
  }
  await app.keyboard.type(' an sinh', { delay: 30 });
  await expect(middle).toContainText('an sinh');
  await expect(middle).not.toContainText('xy');
  // Before CaretBlock kept a slack of marked blocks: 8 for these 8 rounds (Enter unmarked the block above
  // the one it left; Backspace marked it again).
  expect((await counts()).unmarked).toBe(0);
  // The blocks kept out of `content-visibility`: the caret's and its neighbours at least, at most CaretBlock's cap.
  const visible = await outOfContentVisibility();
  expect(visible).toBeGreaterThanOrEqual(3);
  expect(visible).toBeLessThanOrEqual(16);
  await editor.waitSaved();
});

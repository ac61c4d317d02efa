import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EditorPage, toolbarControl } from './pages/editor-page';
import { actAs, ReviewPage } from './pages/review-page';
import { typeTiengAsUnikey } from './fixtures/unikey';

const bodyText = (page: Page) => page.getByTestId('editor-body').evaluate((el) => (el.textContent ?? '').replace(/\u200B/g, ''));
const marked = (page: Page, tag: 'ins' | 'del') =>
  page
    .getByTestId('editor-body')
    .locator(`${tag}.suggestion`)
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\u200B/g, '')).filter(Boolean));

test('the reviewer suggests changes; the author accepts one from the pane and rejects another from the popover', async ({ app, host, context }) => {
  test.setTimeout(180_000);
  await actAs(host.url, 'Ngọc Diệu');
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Năm nay thu ngân sách đạt 120 tỷ đồng, vượt kế hoạch đề ra.');
  await editor.waitSaved();

  // The reviewer, in a second window, turns on "Đề xuất sửa" with Ctrl+Shift+E.
  await actAs(host.url, 'Lê Văn Duyệt');
  const board = await context.newPage();
  const errors: string[] = [];
  board.on('pageerror', (error) => errors.push(String(error.stack ?? error)));
  await new EditorPage(board).open(host.url, articleId);
  const reviewer = new ReviewPage(board);
  await board.getByTestId('editor-body').click();
  await board.keyboard.press('Control+Shift+E');
  await expect(board.getByTestId('tb-suggest')).toHaveAttribute('aria-pressed', 'true');
  await expect(board.getByTestId('suggest-mode-on')).toBeVisible();

  // A replacement ("120" → "125") and a deletion (", vượt kế hoạch đề ra").
  await reviewer.select('120');
  await board.keyboard.type('125');
  await reviewer.select(', vượt kế hoạch đề ra');
  await board.keyboard.press('Backspace');
  await expect.poll(() => marked(board, 'del')).toEqual(['120', ', vượt kế hoạch đề ra']);
  await expect.poll(() => marked(board, 'ins')).toEqual(['125']);
  // Nothing is gone from the text yet.
  expect(await bodyText(board)).toBe('Năm nay thu ngân sách đạt 120125 tỷ đồng, vượt kế hoạch đề ra.');

  // The author's window shows them inline and in the pane, in document order, with who suggested them.
  await expect.poll(() => marked(app, 'ins')).toEqual(['125']);
  const cards = app.getByTestId('review-suggestion');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0).getByTestId('suggestion-text')).toContainText('120');
  await expect(cards.nth(0).getByTestId('suggestion-text')).toContainText('125');
  await expect(cards.nth(1).getByTestId('suggestion-text')).toContainText('vượt kế hoạch');
  await expect(cards.getByTestId('suggestion-author')).toHaveText(['Lê Văn Duyệt', 'Lê Văn Duyệt']);

  // A reload keeps them (they are in the saved article).
  await editor.waitSaved();
  await app.reload();
  await editor.body.waitFor();
  await expect(cards).toHaveCount(2);

  // Accept the number from the pane.
  await actAs(host.url, 'Ngọc Diệu');
  await cards.nth(0).getByTestId('suggestion-accept').click();
  await expect(cards).toHaveCount(1);
  // Reject the cut from the popover on the struck-through text.
  await app.getByTestId('editor-body').locator('del.suggestion', { hasText: 'vượt kế hoạch' }).click();
  const popover = app.getByTestId('suggestion-popover');
  await expect(popover).toContainText('Lê Văn Duyệt');
  await popover.getByTestId('suggestion-reject').click();
  await expect(cards).toHaveCount(0);

  const final = 'Năm nay thu ngân sách đạt 125 tỷ đồng, vượt kế hoạch đề ra.';
  await expect.poll(() => bodyText(app)).toBe(final);
  await expect.poll(() => bodyText(board)).toBe(final);
  await expect.poll(() => marked(board, 'ins')).toEqual([]);
  await editor.waitSaved();
  await app.reload();
  await editor.body.waitFor();
  await expect.poll(() => bodyText(app)).toBe(final);
  expect(errors).toEqual([]);
});

test('accept all and reject all', async ({ app, host }) => {
  await actAs(host.url, 'Lê Văn Duyệt');
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Một hai ba bốn.');
  await (await toolbarControl(app, 'tb-suggest')).click();
  const review = new ReviewPage(app);
  await review.select('hai');
  await app.keyboard.type('HAI');
  await review.select(' bốn');
  await app.keyboard.press('Delete');
  await expect(app.getByTestId('review-suggestion')).toHaveCount(2);
  await app.getByTestId('suggestions-reject-all').click();
  await expect.poll(() => bodyText(app)).toBe('Một hai ba bốn.');
  await expect(app.getByTestId('review-suggestion')).toHaveCount(0);
  await review.select('ba');
  await app.keyboard.type('BA');
  await expect(app.getByTestId('review-suggestion')).toHaveCount(1);
  await app.getByTestId('suggestions-accept-all').click();
  await expect.poll(() => bodyText(app)).toBe('Một hai BA bốn.');
});

test('Vietnamese typing in suggestion mode: Unikey (Telex) and an IME composition both end as one clean suggestion', async ({ app, host }) => {
  await actAs(host.url, 'Lê Văn Duyệt');
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Tin ');
  await (await toolbarControl(app, 'tb-suggest')).click();
  await expect(app.getByTestId('tb-suggest')).toHaveAttribute('aria-pressed', 'true');
  await editor.body.click();
  await app.keyboard.press('End');
  // What Unikey (Telex, backspace method) sends for t-i-e-e-n-g-s: its Backspaces remove its own letters.
  await typeTiengAsUnikey(app.keyboard);
  await expect.poll(() => bodyText(app)).toBe('Tin tiếng');
  await expect.poll(() => marked(app, 'ins')).toEqual(['tiếng']);
  await expect.poll(() => marked(app, 'del')).toEqual([]);

  // An input method composing in place (as IBus or the macOS Telex input do): " Việt".
  await app.keyboard.type(' ');
  const cdp = await app.context().newCDPSession(app);
  for (const step of ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt']) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: 'Việt' });
  await expect.poll(() => bodyText(app)).toBe('Tin tiếng Việt');
  await expect.poll(() => marked(app, 'ins')).toEqual(['tiếng Việt']);
  expect((await bodyText(app)).normalize('NFC')).toBe(await bodyText(app));
  await expect(app.getByTestId('review-suggestion')).toHaveCount(1);
  await editor.waitSaved();
  await app.reload();
  await editor.body.waitFor();
  await expect.poll(() => marked(app, 'ins')).toEqual(['tiếng Việt']);
});

test('"Góp ý" from the right-click menu on a selection', async ({ app, host }) => {
  await actAs(host.url, 'Lê Văn Duyệt');
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Huyện có 12 xã và thị trấn.');
  const review = new ReviewPage(app);
  await review.select('12 xã');
  const box = await app.evaluate(() => {
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await app.mouse.click(box.x, box.y, { button: 'right' });
  const menu = app.getByTestId('review-context-menu');
  await menu.getByRole('menuitem', { name: 'Góp ý' }).click();
  await expect(menu).toHaveCount(0);
  await expect(app.getByTestId('new-thread')).toContainText('12 xã');
  await app.getByTestId('new-thread-text').fill('Kiểm tra số xã.');
  await app.getByTestId('new-thread').getByRole('button', { name: 'Gửi' }).click();
  await expect(review.thread('12 xã')).toHaveCount(1);
});

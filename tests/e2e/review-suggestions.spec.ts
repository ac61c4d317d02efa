import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall, toolbarControl } from './pages/editor-page';
import { actAs, ReviewPage } from './pages/review-page';
import { typeTiengAsUnikey } from './fixtures/unikey';

const fieldText = (page: Page, field: 'body' | 'title' | 'sapo') =>
  page.getByTestId(`editor-${field}`).evaluate((el) => (el.textContent ?? '').replace(/\u200B/g, ''));
const bodyText = (page: Page) => fieldText(page, 'body');
const marked = (page: Page, tag: 'ins' | 'del', field: 'body' | 'title' | 'sapo' = 'body') =>
  page
    .getByTestId(`editor-${field}`)
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

test('suggestions in the title and the sapo: Telex and an IME composition, listed first, one accepted and one rejected', async ({ app, host, context }) => {
  test.setTimeout(180_000);
  await actAs(host.url, 'Ngọc Diệu');
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.title.click();
  await app.keyboard.type('Huyện có 12 xã');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Sáng nay huyện tổ chức hội nghị.');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Nội dung bài.');
  await editor.waitSaved();

  // The reviewer, in a second window, turns the mode on with Ctrl+Shift+E in the title: it is on everywhere.
  await actAs(host.url, 'Lê Văn Duyệt');
  const board = await context.newPage();
  const errors: string[] = [];
  board.on('pageerror', (error) => errors.push(String(error.stack ?? error)));
  const boardEditor = new EditorPage(board);
  await boardEditor.open(host.url, articleId);
  const reviewer = new ReviewPage(board);
  await boardEditor.title.click();
  await board.keyboard.press('Control+Shift+E');
  await expect(board.getByTestId('tb-suggest')).toHaveAttribute('aria-pressed', 'true');

  // Title: "12" → "13", then " tiếng" typed at the end as Unikey (Telex) sends it.
  await reviewer.select('12', 'title');
  await board.keyboard.type('13');
  await boardEditor.title.click();
  await board.keyboard.press('End');
  await board.keyboard.type(' ');
  await typeTiengAsUnikey(board.keyboard);
  await expect.poll(() => marked(board, 'ins', 'title')).toEqual(['13', ' tiếng']);
  await expect.poll(() => marked(board, 'del', 'title')).toEqual(['12']);
  expect(await fieldText(board, 'title')).toBe('Huyện có 1213 xã tiếng');

  // Sapo: "Sáng nay " deleted, then " Việt" through an IME composition at the end.
  await reviewer.select('Sáng nay ', 'sapo');
  await board.keyboard.press('Backspace');
  await boardEditor.sapo.click();
  await board.keyboard.press('End');
  await board.keyboard.type(' ');
  const cdp = await board.context().newCDPSession(board);
  for (const step of ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt']) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: 'Việt' });
  await expect.poll(() => marked(board, 'del', 'sapo')).toEqual(['Sáng nay ']);
  await expect.poll(() => marked(board, 'ins', 'sapo')).toEqual([' Việt']);
  const sapoNow = await fieldText(board, 'sapo');
  expect(sapoNow).toBe('Sáng nay huyện tổ chức hội nghị. Việt');
  expect(sapoNow.normalize('NFC')).toBe(sapoNow);
  await boardEditor.waitSaved();

  // The author's pane lists them first, title then sapo, with who suggested them; a reload keeps them.
  const cards = app.getByTestId('review-suggestion');
  await expect.poll(() => cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-field')))).toEqual(['title', 'title', 'sapo', 'sapo']);
  await expect(cards.getByTestId('suggestion-author')).toHaveText(Array(4).fill('Lê Văn Duyệt'));
  await expect(cards.nth(0).getByTestId('suggestion-field')).toHaveText('Tiêu đề');
  await app.reload();
  await editor.body.waitFor();
  await expect(cards).toHaveCount(4);
  await expect.poll(() => marked(app, 'ins', 'title')).toEqual(['13', ' tiếng']);
  // The list of articles (what the portal and search read) shows the title as it was.
  const listedTitle = async () =>
    (await hostCall<{ items: Array<{ id: string; title: string }> }>(host.url, 'drafts.list', { view: 'active', sort: 'updated', limit: 50 })).items.find((a) => a.id === articleId)?.title;
  await expect.poll(listedTitle).toBe('Huyện có 12 xã');

  // The author accepts "13" and rejects the sapo's cut, from the pane.
  await actAs(host.url, 'Ngọc Diệu');
  // (Matched on the suggestion's own text: a card's time, e.g. "06:13", may hold the same digits.)
  const card = (text: string) => cards.filter({ has: app.getByTestId('suggestion-text').filter({ hasText: text }) });
  await card('Xóa: 12').getByTestId('suggestion-accept').click();
  await card('Sáng nay').getByTestId('suggestion-reject').click();
  await expect(cards).toHaveCount(2);
  await expect.poll(() => fieldText(app, 'title')).toBe('Huyện có 13 xã tiếng');
  await expect.poll(() => fieldText(board, 'sapo')).toBe('Sáng nay huyện tổ chức hội nghị. Việt');
  await expect.poll(() => marked(board, 'del', 'sapo')).toEqual([]);
  // Reject the rest at once: title and sapo.
  await app.getByTestId('suggestions-reject-all').click();
  await expect(cards).toHaveCount(0);
  await expect.poll(() => fieldText(board, 'title')).toBe('Huyện có 13 xã');
  await expect.poll(() => fieldText(board, 'sapo')).toBe('Sáng nay huyện tổ chức hội nghị.');
  await editor.waitSaved();
  await app.reload();
  await editor.body.waitFor();
  await expect.poll(() => fieldText(app, 'title')).toBe('Huyện có 13 xã');
  expect(errors).toEqual([]);
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

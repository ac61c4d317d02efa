import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/test';
import { hostCall } from './pages/editor-page';
import { seedArticle } from './pages/drafts-seed';

test.use({ viewport: { width: 1366, height: 768 } });

async function seedFour(hostUrl: string) {
  // Seeded oldest first: the list (newest first) shows D, C, B, A.
  for (const letter of ['A', 'B', 'C', 'D']) {
    await seedArticle(hostUrl, { title: `Bài ${letter}`, body: [{ p: `Nội dung bài ${letter}.` }] });
  }
}

const focusedRowTitle = (app: import('@playwright/test').Page) =>
  app.evaluate(() => document.activeElement?.closest('[data-testid="article-row"]')?.querySelector('.drafts-row-title')?.textContent ?? null);

test('arrow keys move between rows, Enter opens, Delete trashes with Hoàn tác, Ctrl+Z undoes', async ({ app, host }) => {
  await seedFour(host.url);
  await app.reload();
  const rows = app.getByTestId('drafts-list').getByTestId('article-row');
  await expect(rows).toHaveCount(4);
  // One tab stop for the whole list.
  await expect(rows.locator('.drafts-row-button[tabindex="0"]')).toHaveCount(1);
  await app.getByTestId('drafts-search').focus();
  await app.keyboard.press('Tab');
  for (let i = 0; i < 6 && (await focusedRowTitle(app)) === null; i++) await app.keyboard.press('Tab');
  await expect.poll(() => focusedRowTitle(app)).toBe('Bài D');

  // ↓ moves and chooses: the preview follows.
  await app.keyboard.press('ArrowDown');
  await expect.poll(() => focusedRowTitle(app)).toBe('Bài C');
  await expect(app.getByTestId('article-preview')).toContainText('Nội dung bài C.');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowUp');
  await expect.poll(() => focusedRowTitle(app)).toBe('Bài C');
  await app.keyboard.press('End');
  await expect.poll(() => focusedRowTitle(app)).toBe('Bài A');
  await app.keyboard.press('Home');
  await expect.poll(() => focusedRowTitle(app)).toBe('Bài D');
  await expect(rows.locator('.drafts-row-button[tabindex="0"]')).toHaveText(/Bài D/);

  // Delete moves the focused row to the trash; the focus stays in the list, on the next row.
  await app.keyboard.press('ArrowDown'); // Bài C
  await app.keyboard.press('Delete');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Bài C' })).toHaveCount(0);
  const notice = app.getByTestId('undo-notice');
  await expect(notice).toHaveAttribute('aria-live', 'polite');
  await expect(notice).toContainText('Đã chuyển “Bài C” vào thùng rác.');
  await expect.poll(() => focusedRowTitle(app)).toBe('Bài B');
  // Ctrl+Z in the list brings it back.
  await app.keyboard.press('Control+z');
  await expect(rows).toHaveCount(4);
  await expect(notice).toContainText('Đã đưa bài trở lại danh sách.');
  expect((await hostCall<{ total: number }>(host.url, 'drafts.list', { view: 'trash' })).total).toBe(0);

  // Trash again; "Hoàn tác" is reachable with the keyboard and undoes it.
  await rows.filter({ hasText: 'Bài B' }).getByRole('button').focus();
  await app.keyboard.press('Delete');
  await expect(rows).toHaveCount(3);
  const undo = app.getByTestId('undo-trash');
  await expect(undo).toHaveText('Hoàn tác');
  await undo.focus();
  await expect(undo).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: 'Bài B' })).toHaveCount(1);

  // Enter on a chosen row opens it in the editor.
  await rows.filter({ hasText: 'Bài A' }).getByRole('button').click();
  await expect(app.getByTestId('article-preview')).toContainText('Nội dung bài A.');
  await rows.filter({ hasText: 'Bài A' }).getByRole('button').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('editor-title')).toHaveText('Bài A');
});

test('the undo notice goes away by itself, and the article stays in the trash', async ({ app, host }) => {
  await seedFour(host.url);
  await app.reload();
  const rows = app.getByTestId('drafts-list').getByTestId('article-row');
  await rows.filter({ hasText: 'Bài A' }).getByRole('button').click();
  await app.getByTestId('trash-article').click();
  await expect(app.getByTestId('undo-trash')).toBeVisible();
  // The notice lasts 10 s: wait for it to go (no fixed sleep).
  await expect(app.getByTestId('undo-trash')).toHaveCount(0, { timeout: 20_000 });
  await app.keyboard.press('Control+z');
  await expect(rows).toHaveCount(3);
  expect((await hostCall<{ total: number }>(host.url, 'drafts.list', { view: 'trash' })).total).toBe(1);
});

test('several rows: mark with Space, Shift and Ctrl, change their category, export them, trash them and undo', async ({ app, host }) => {
  await hostCall(host.url, 'settings.set', { patch: { categories: ['Kinh tế', 'Văn hóa'] } });
  await seedFour(host.url);
  await app.reload();
  const rows = app.getByTestId('drafts-list').getByTestId('article-row');
  await expect(rows).toHaveCount(4);
  const row = (letter: string) => rows.filter({ hasText: `Bài ${letter}` });

  // Space marks the focused row; Shift+↓ marks while moving.
  await row('D').getByRole('button').focus();
  await app.keyboard.press('Space');
  await app.keyboard.press('Shift+ArrowDown');
  await expect(app.getByTestId('bulk-count')).toHaveText('Đã đánh dấu 2 bài');
  await expect(row('D').getByTestId('row-check')).toBeChecked();
  await expect(row('C').getByTestId('row-check')).toBeChecked();
  // Ctrl+click adds one; clicking a mark box takes it away.
  await row('A').getByRole('button').click({ modifiers: ['Control'] });
  await expect(app.getByTestId('bulk-count')).toHaveText('Đã đánh dấu 3 bài');
  await row('C').getByTestId('row-check').click();
  await expect(app.getByTestId('bulk-count')).toHaveText('Đã đánh dấu 2 bài');
  // Shift+click marks a range from the last mark.
  await row('C').getByTestId('row-check').click();
  await row('A').getByTestId('row-check').click({ modifiers: ['Shift'] });
  await expect(app.getByTestId('bulk-count')).toHaveText('Đã đánh dấu 4 bài');
  await app.getByTestId('bulk-clear').click();
  await expect(app.getByTestId('bulk-bar')).toHaveCount(0);
  await row('D').getByTestId('row-check').click();
  await row('B').getByTestId('row-check').click();

  // Change the category of both.
  const categories = await app.getByTestId('bulk-category').locator('option').allTextContents();
  const target = categories.find((c) => !c.endsWith('…') && !c.startsWith('('))!;
  expect(target).toBeTruthy();
  await app.getByTestId('bulk-category').selectOption(target);
  await app.getByTestId('bulk-category-apply').click();
  await expect(app.getByTestId('undo-notice')).toContainText(`Đã chuyển 2 bài sang chuyên mục “${target}”`);
  await expect(row('D')).toContainText(target);
  await expect(row('B')).toContainText(target);
  await expect(row('C')).not.toContainText(target);
  const listed = await hostCall<{ items: Array<{ title: string; category: string }> }>(host.url, 'drafts.list', { view: 'active' });
  expect(listed.items.filter((a) => a.category === target).map((a) => a.title).sort()).toEqual(['Bài B', 'Bài D']);

  // Export both: one .zip with a Word file each.
  const download = app.waitForEvent('download');
  await app.getByTestId('bulk-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.zip$/);
  const zip = unzipSync(new Uint8Array(readFileSync((await file.path())!)));
  expect(Object.keys(zip).sort()).toEqual(['bai-b.docx', 'bai-d.docx']);
  for (const bytes of Object.values(zip)) expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
  await expect(app.getByTestId('undo-notice')).toContainText('Đã xuất 2 tệp Word.');

  // Trash both, then undo.
  await app.getByTestId('bulk-trash').click();
  await expect(rows).toHaveCount(2);
  await expect(app.getByTestId('undo-notice')).toContainText('Đã chuyển 2 bài vào thùng rác.');
  await app.getByTestId('undo-trash').click();
  await expect(rows).toHaveCount(4);
  expect((await hostCall<{ total: number }>(host.url, 'drafts.list', { view: 'trash' })).total).toBe(0);
});

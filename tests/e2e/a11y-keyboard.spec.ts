import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { actAs } from './pages/review-page';

/** A small grey PNG, made here (no picture files in the repository). */
function png(size = 8): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.concat(Array.from({ length: size }, () => Buffer.from([0, ...Array<number>(size).fill(128)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PNG = png();

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');

/** Presses `key` until the focused element satisfies `done` (at most `max` times). */
async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await page.keyboard.press(key);
    // What a key moves in the next frame (the drawer's focus) has moved before the next look.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  }
  expect(await done(), `reached with ${key}`).toBe(true);
}

/** F6 until the toolbar has focus, then arrows (and "Thêm" if it went there) to the button. */
async function toolbarButton(page: Page, testId: string): Promise<void> {
  await pressUntil(page, 'F6', async () => page.evaluate(() => !!document.activeElement?.closest('[role="toolbar"]')), 6);
  const start = await focusedTestId(page);
  for (let i = 0; i < 40; i++) {
    const now = await focusedTestId(page);
    if (now === testId) return;
    if (now === 'tb-more') {
      await page.keyboard.press('Enter');
      await pressUntil(page, 'ArrowDown', async () => (await focusedTestId(page)) === testId);
      return;
    }
    await page.keyboard.press('ArrowRight');
    if ((await focusedTestId(page)) === start) break;
  }
  expect(await focusedTestId(page)).toBe(testId);
}

test('the whole flow with the keyboard only: write, format, table, picture, featured image, fix what the check before sending finds, send, restore a version', async ({ app, host }) => {
  test.setTimeout(360_000);
  await app.setViewportSize({ width: 1366, height: 768 });
  await actAs(host.url, 'Ngọc Diệu');
  // No mouse from here on.
  await app.mouse.move(0, 0);

  // "Viết bài mới": the caret lands in the title.
  await pressUntil(app, 'Tab', async () => (await focusedTestId(app)) === 'new-article');
  await app.keyboard.press('Enter');
  const title = app.getByTestId('editor-title');
  await expect(title).toBeFocused();
  // The focus is visible on the editing fields.
  expect(await title.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await app.keyboard.type('Xã Tân Thạnh đạt chuẩn nông thôn mới');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('editor-sapo')).toBeFocused();
  await app.keyboard.type('Sáng nay, huyện công bố kết quả.');
  await app.keyboard.press('Enter');
  const body = app.getByTestId('editor-body');
  await expect(body).toBeFocused();
  await app.keyboard.type('Xã đạt 19 tiêu chí nông thôn mới.');

  // Format: the last word in bold.
  // (Spelling marks redrawn just then may reset a fresh selection: select again until the bold holds.)
  await expect
    .poll(async () => {
      await app.keyboard.press('End');
      await app.keyboard.press('Shift+Control+ArrowLeft');
      await app.keyboard.press('Shift+Control+ArrowLeft');
      await app.keyboard.press('Control+b');
      await app.waitForTimeout(300);
      return body.locator('strong').count();
    })
    .toBe(1);
  await app.keyboard.press('End');
  await app.keyboard.press('Enter');

  // F6 walks title → sapo → body → side panel → toolbar.
  await app.keyboard.press('Shift+F6');
  await expect(app.getByTestId('editor-sapo')).toBeFocused();
  await app.keyboard.press('F6');
  await expect(body).toBeFocused();

  // A table from the toolbar (one Tab stop, arrows inside): Tab between cells, Escape then Tab leaves it.
  await toolbarButton(app, 'tb-table');
  await expect(app.getByTestId('tb-table')).not.toHaveAttribute('aria-pressed', /.*/);
  await app.keyboard.press('Enter');
  await expect(body.locator('table')).toHaveCount(1);
  await expect(body).toBeFocused();
  await app.keyboard.type('Xã');
  await app.keyboard.press('Tab');
  await app.keyboard.type('Số hộ');
  await app.keyboard.press('Escape');
  await app.keyboard.press('Tab');
  await app.keyboard.type('Sau bảng là đoạn văn.');
  await expect(body.locator(':scope > p').last()).toHaveText('Sau bảng là đoạn văn.');
  await expect(body.locator('table', { hasText: 'Sau bảng' })).toHaveCount(0);
  await expect(body.locator('table th').first()).toHaveText('Xã');

  // A picture in the body from the toolbar, with neither alt text nor caption: the check before sending finds it.
  await toolbarButton(app, 'tb-image');
  const picture = app.waitForEvent('filechooser');
  await app.keyboard.press('Enter');
  await (await picture).setFiles({ name: 'bieu-do.png', mimeType: 'image/png', buffer: PNG });
  await expect(body.locator('figure img')).toBeVisible();

  // The featured image: side panel with F6, then Tab to "Chọn ảnh…".
  await pressUntil(app, 'F6', async () => app.evaluate(() => !!document.activeElement?.closest('[data-testid="editor-side"]')), 6);
  await pressUntil(app, 'Tab', async () => (await focusedTestId(app)) === 'meta-image-choose');
  const chooser = app.waitForEvent('filechooser');
  await app.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'anh.png', mimeType: 'image/png', buffer: PNG });
  await expect(app.getByTestId('meta-image-preview')).toBeVisible();
  await pressUntil(app, 'Tab', async () => (await focusedTestId(app)) === 'meta-image-caption');
  await app.keyboard.type('Toàn cảnh lễ công bố');

  // "Gửi duyệt": focus goes to the status, and the live region says the new status.
  await pressUntil(app, 'Tab', async () => (await focusedTestId(app)) === 'status-to-in_review', 80);
  await app.keyboard.press('Enter');
  // The check before sending lists the picture without alt text; the alt text is typed in the dialog.
  const check = app.getByTestId('pre-send-check');
  await expect(check).toBeVisible();
  await expect(check.locator('[data-code="image-alt"]')).toHaveCount(1);
  await pressUntil(app, 'Tab', async () => (await focusedTestId(app)) === 'fix-alt-input');
  await app.keyboard.type('Biểu đồ số hộ của các xã');
  await app.keyboard.press('Enter');
  // Fixed: the row goes, the focus moves on to "Gửi" (nothing else was found), and Enter sends.
  await expect(check.locator('[data-code="image-alt"]')).toHaveCount(0);
  await expect(app.getByTestId('pre-send-anyway')).toBeFocused();
  await expect(app.getByTestId('pre-send-anyway')).toHaveText('Gửi');
  await expect(body.locator('figure img')).toHaveAttribute('alt', 'Biểu đồ số hộ của các xã');
  await app.keyboard.press('Enter');
  await expect(check).toHaveCount(0);
  const status = app.getByTestId('article-status');
  await expect(status).toHaveText('Trạng thái: Chờ duyệt');
  await expect(status).toBeFocused();
  await expect(app.getByTestId('status-announcement')).toHaveText('Trạng thái bài viết: Chờ duyệt');

  // The shortcuts sheet from the keyboard, and Escape gives the focus back.
  await app.keyboard.press('F1');
  await expect(app.getByTestId('shortcuts-sheet')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(status).toBeFocused();

  // Back to the list, select the article, save a version, preview it, restore it.
  await pressUntil(app, 'Shift+Tab', async () => (await focusedText(app)) === 'Bài viết', 80);
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('drafts-screen')).toBeVisible();
  await pressUntil(app, 'Tab', async () => app.evaluate(() => !!document.activeElement?.closest('[data-testid="article-row"]')));
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('article-panel')).toBeVisible();
  await pressUntil(app, 'Tab', async () => (await focusedTestId(app)) === 'version-name');
  await app.keyboard.type('Bản gửi duyệt');
  await app.keyboard.press('Enter');
  await expect(app.getByText('Đã lưu phiên bản')).toBeVisible();
  // The list shows the new version once it has loaded again, after the message: before that, Tab reaches the
  // "Xem" of the version saved when the editor closed, and the new one then appears above it (a test that
  // took the first "Xem" after Escape failed that way under load, the focus rightly back on the other).
  const savedRow = app.getByTestId('version-row').filter({ hasText: 'Bản gửi duyệt' });
  const savedPreview = savedRow.getByTestId('preview-version');
  await expect(savedRow).toBeVisible();
  await pressUntil(app, 'Tab', async () => savedPreview.evaluate((el) => el === document.activeElement));
  await app.keyboard.press('Enter');
  const preview = app.getByTestId('version-preview');
  await expect(preview).toHaveAttribute('aria-modal', 'true');
  await expect(app.getByTestId('restore-version')).toBeFocused();
  // Escape closes the preview and the focus goes back to its button.
  await app.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(savedPreview).toBeFocused();
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
  const confirm = app.getByTestId('confirm-restore-dialog');
  await expect(confirm).toBeVisible();
  // The confirmation traps the focus and starts on "Hủy".
  await expect(confirm.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('confirm-restore-version')).toBeFocused();
  await app.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  await app.keyboard.press('Enter');
  await expect(confirm).toHaveCount(0);
  await expect(preview).toHaveCount(0);
  await expect(app.getByText('Đã khôi phục')).toBeVisible();
  // The focus is somewhere on the page, never lost on <body>.
  expect(await app.evaluate(() => document.activeElement !== document.body)).toBe(true);
  await expect(app.getByTestId('drafts-list')).toBeVisible();
});

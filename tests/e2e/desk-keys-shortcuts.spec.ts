import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';

// Long keyboard flows: room for a loaded CI machine (they wait for states, never for time).
test.describe.configure({ timeout: 150_000 });

async function bodyText(page: Page): Promise<string> {
  return page.getByTestId('editor-body').evaluate((el) => el.textContent ?? '');
}

/** Records whether the last Ctrl+S reached the page's default action (the browser's "Save page"). */
async function watchCtrlS(page: Page): Promise<() => Promise<boolean | null>> {
  await page.evaluate(() => {
    const w = window as unknown as { lastCtrlSPrevented: boolean | null };
    w.lastCtrlSPrevented = null;
    window.addEventListener('keydown', (e) => {
      if (e.ctrlKey && e.key.toLowerCase() === 's') w.lastCtrlSPrevented = e.defaultPrevented;
    });
  });
  return () => page.evaluate(() => (window as unknown as { lastCtrlSPrevented: boolean | null }).lastCtrlSPrevented);
}

test('Ctrl+S saves a named version (in the history list), and never opens the browser\'s "Save page"', async ({ app, host }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  const downloads: string[] = [];
  app.on('download', (d) => downloads.push(d.suggestedFilename()));
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.title.click();
  await app.keyboard.insertText('Bài lưu bằng Ctrl S');
  await editor.body.click();
  await app.keyboard.insertText('Nội dung cần giữ lại.');
  const prevented = await watchCtrlS(app);

  await app.keyboard.press('Control+s');
  const dialog = app.getByRole('dialog', { name: 'Lưu phiên bản (Ctrl+S)' });
  await expect(dialog).toBeVisible();
  expect(await prevented()).toBe(true);
  const name = app.getByTestId('save-version-name');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue(/^Bản lưu \d/);
  await name.fill('Bản gửi anh Tâm');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('keys-message')).toHaveText('Đã lưu phiên bản «Bản gửi anh Tâm». Xem trong Lịch sử phiên bản của bài.');
  await expect(dialog).toBeHidden();
  await expect(editor.body).toBeFocused();

  // Focus outside the text (the navigation): still no "Save page".
  await app.locator('.app-nav').getByRole('button', { name: 'Bài viết', exact: true }).focus();
  await app.keyboard.press('Control+s');
  expect(await prevented()).toBe(true);
  await app.keyboard.press('Escape');

  // The version holds what was typed, and the history list shows it.
  const versions = await hostCall<Array<{ name: string | null; wordCount: number }>>(host.url, 'drafts.versions', { id: articleId });
  expect(versions.some((v) => v.name === 'Bản gửi anh Tâm' && v.wordCount > 0)).toBe(true);
  await app.locator('.app-nav').getByRole('button', { name: 'Bài viết', exact: true }).click();
  await app.keyboard.press('Control+s'); // on the list: nothing to save, and no browser dialog
  expect(await prevented()).toBe(true);
  await app.getByTestId('article-row').filter({ hasText: 'Bài lưu bằng Ctrl S' }).first().click();
  await expect(app.getByTestId('version-row').filter({ hasText: 'Bản gửi anh Tâm' })).toHaveCount(1);
  expect(downloads).toEqual([]);
});

test('Ctrl+K inserts and edits a link in a dialog that refuses bad addresses; Ctrl+P opens the print preview', async ({ app, host }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.insertText('Xem cổng thông tin');
  for (let i = 0; i < 'thông tin'.length; i++) await app.keyboard.press('Shift+ArrowLeft');
  await app.keyboard.press('Control+k');
  const dialog = app.getByRole('dialog', { name: 'Liên kết' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('textbox', { name: 'Địa chỉ liên kết' });
  await expect(input).toBeFocused();
  await input.fill('javascript:alert(1)');
  await app.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Chỉ chấp nhận liên kết bắt đầu bằng http://, https:// hoặc mailto:');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.fill('https://tanthanh.longan.gov.vn/');
  await app.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(editor.body.locator('a[href="https://tanthanh.longan.gov.vn/"]')).toHaveText('thông tin');
  await expect(editor.body).toBeFocused();

  // Nothing selected: the address becomes the text; Escape cancels.
  await app.keyboard.press('End');
  await app.keyboard.insertText(' và ');
  await app.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus goes back to the body a moment after the dialog has left (a frame, or a turn of the loop once the
  // rest of the page is no longer inert): Ctrl+K pressed before that went nowhere on a loaded CI machine.
  await expect(editor.body).toBeFocused();
  await app.keyboard.press('Control+k');
  await dialog.getByRole('textbox').fill('mailto:ubnd@tanthanh.test');
  await app.keyboard.press('Enter');
  await expect(editor.body.locator('a[href="mailto:ubnd@tanthanh.test"]')).toHaveText('mailto:ubnd@tanthanh.test');
  await expect(editor.body).toBeFocused();
  await app.keyboard.insertText('.');
  await expect.poll(() => bodyText(app)).toBe('Xem cổng thông tin và mailto:ubnd@tanthanh.test.');
  await expect(editor.body.locator('a')).toHaveCount(2);

  await app.keyboard.press('Control+p');
  await expect(app.getByTestId('print-preview')).toBeVisible();
  await expect(app.getByTestId('print-frame')).toBeVisible();
});

test('Tab indents a list item and Shift+Tab outdents it; in a list Tab never leaves the body', async ({ app, host }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('- Một');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Hai');
  await expect(editor.body.locator('ul > li')).toHaveCount(2);
  await app.keyboard.press('Tab');
  await expect(editor.body.locator('ul ul > li')).toHaveText('Hai');
  await expect(editor.body).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  await expect(editor.body.locator('ul ul')).toHaveCount(0);
  await expect(editor.body.locator('ul > li')).toHaveCount(2);
  // The first item cannot be indented: Tab stays in the text all the same.
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('Tab');
  await expect(editor.body).toBeFocused();
  await app.keyboard.type('!');
  await expect(editor.body.locator('ul > li').first()).toHaveText(/!/);

  // The shortcuts sheet lists the new keys.
  await app.keyboard.press('F1');
  const sheet = app.getByTestId('shortcuts-sheet');
  for (const keys of ['Ctrl+S', 'Ctrl+P', 'Ctrl+K', 'Ctrl+F', 'Ctrl+H', 'Tab, Shift+Tab (trong danh sách)']) {
    await expect(sheet.locator('kbd', { hasText: keys }).first()).toBeVisible();
  }
});

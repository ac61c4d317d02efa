import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EditorPage } from './pages/editor-page';

// Long keyboard flows: room for a loaded CI machine (they wait for states, never for time).
test.describe.configure({ timeout: 150_000 });

const BODY = 'Xã Tân Thạnh và tân thành. Ấp Tân Thạnh Tây.';

async function bodyText(page: Page): Promise<string> {
  return page.getByTestId('editor-body').evaluate((el) => el.textContent ?? '');
}

async function openWithBody(app: Page, hostUrl: string): Promise<EditorPage> {
  await app.setViewportSize({ width: 1366, height: 768 });
  const { editor } = await EditorPage.openNew(app, hostUrl);
  await editor.body.click();
  await app.keyboard.insertText(BODY);
  await expect.poll(() => bodyText(app)).toBe(BODY);
  return editor;
}

test('Ctrl+F finds "Tân Thạnh" from "tan thanh", Enter and Shift+Enter move, Esc puts the caret on the match', async ({ app, host }) => {
  const editor = await openWithBody(app, host.url);
  await editor.title.click();
  await app.keyboard.insertText('Tân Thạnh họp');
  await editor.body.click();
  await app.keyboard.press('End');

  await app.keyboard.press('Control+f');
  const bar = app.getByRole('search', { name: 'Tìm và thay thế' });
  await expect(bar).toBeVisible();
  await expect(app.getByTestId('find-input')).toBeFocused();
  await app.keyboard.type('tan thanh');
  // Title 1, body 3; the caret was at the end of the body: the first match shown is the body's first (wrapping).
  await expect(app.getByTestId('find-count')).toHaveText('2/4');
  await expect(app.getByTestId('find-status')).toHaveText('Kết quả 2 trên 4');
  await expect(app.locator('.find-match')).toHaveCount(4);
  await expect(app.locator('.find-match-current')).toHaveText('Tân Thạnh');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('find-count')).toHaveText('3/4');
  await expect(app.locator('.find-match-current')).toHaveText('tân thành');
  await app.keyboard.press('Shift+Enter');
  await app.keyboard.press('Shift+Enter');
  await expect(app.getByTestId('find-count')).toHaveText('1/4');
  await app.keyboard.press('Shift+Enter');
  await expect(app.getByTestId('find-count')).toHaveText('4/4');

  // Options: match case, accents counted, whole word.
  await app.getByTestId('find-matchCase').check();
  await expect(app.getByTestId('find-count')).toHaveText(/\/1$/);
  await app.getByTestId('find-matchCase').uncheck();
  await app.getByTestId('find-ignoreAccents').uncheck();
  await app.getByTestId('find-input').fill('tân thạnh');
  await expect(app.getByTestId('find-count')).toHaveText(/\/3$/);
  await app.getByTestId('find-ignoreAccents').check();
  await app.getByTestId('find-input').fill('Tâ');
  await expect(app.getByTestId('find-count')).toHaveText(/\/5$/);
  await app.getByTestId('find-wholeWord').check();
  await expect(app.getByTestId('find-status')).toHaveText('Không tìm thấy');
  await app.getByTestId('find-wholeWord').uncheck();
  await app.getByTestId('find-input').fill('tay');
  await expect(app.getByTestId('find-count')).toHaveText('1/1');

  // Escape: the bar closes, the marks go, the caret is on what was found.
  await app.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(app.locator('.find-match')).toHaveCount(0);
  await expect(editor.body).toBeFocused();
  await expect.poll(() => app.evaluate(() => window.getSelection()?.toString())).toBe('Tây');
});

test('Ctrl+H replaces all matches, and one Ctrl+Z brings them all back', async ({ app, host }) => {
  const editor = await openWithBody(app, host.url);
  await app.keyboard.press('Control+h');
  await expect(app.getByTestId('replace-input')).toBeVisible();
  await expect(app.getByTestId('find-input')).toBeFocused();
  await app.keyboard.type('tan thanh');
  await expect(app.getByTestId('find-count')).toHaveText(/\/3$/);
  await app.getByTestId('replace-input').fill('Tân Thành');
  await app.getByTestId('replace-all').click();
  await expect(app.getByTestId('find-status')).toHaveText('Đã thay 3 chỗ');
  await expect.poll(() => bodyText(app)).toBe('Xã Tân Thành và Tân Thành. Ấp Tân Thành Tây.');

  // One replacement, then the next match is the current one.
  await app.getByTestId('find-input').fill('Tân Thành Tây');
  await expect(app.getByTestId('find-count')).toHaveText('1/1');
  await app.getByTestId('replace-input').fill('Tân Thạnh Tây');
  await app.getByTestId('replace-input').press('Enter');
  await expect.poll(() => bodyText(app)).toBe('Xã Tân Thành và Tân Thành. Ấp Tân Thạnh Tây.');

  await app.keyboard.press('Escape');
  await expect(editor.body).toBeFocused();
  await app.keyboard.press('Control+z');
  await expect.poll(() => bodyText(app)).toBe('Xã Tân Thành và Tân Thành. Ấp Tân Thành Tây.');
  await app.keyboard.press('Control+z');
  await expect.poll(() => bodyText(app)).toBe(BODY);
});

test('the find bar never breaks an input method composition in the body', async ({ app, host }) => {
  const editor = await openWithBody(app, host.url);
  await app.keyboard.press('Control+f');
  await app.keyboard.type('viet');
  await expect(app.getByTestId('find-status')).toHaveText('Không tìm thấy');
  // Back to the text, the bar still open: compose " Việt" in place (IBus, macOS Telex).
  await editor.body.click();
  await app.keyboard.press('End');
  await app.keyboard.type(' ');
  const cdp = await app.context().newCDPSession(app);
  for (const step of ['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt']) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: 'Việt' });
  await expect.poll(() => bodyText(app)).toBe(`${BODY} Việt`);
  expect((await bodyText(app)).normalize('NFC')).toBe(await bodyText(app));
  // Found once the composition ended.
  await expect(app.getByTestId('find-count')).toHaveText('1/1');
  await expect(app.locator('.find-match')).toHaveText('Việt');
});

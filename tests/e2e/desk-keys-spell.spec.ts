import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';

// Long keyboard flows: room for a loaded CI machine (they wait for states, never for time).
test.describe.configure({ timeout: 150_000 });

test('"Bỏ qua" leaves one occurrence through typing elsewhere; the fix takes the capital "Việt" needs', async ({ app, host }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Tiếng vieetj hay. Học tiếng vieetj.');
  const marks = editor.body.locator('.spell-issue');
  await expect(marks).toHaveCount(2);

  await marks.first().click({ button: 'right' });
  const menu = app.getByTestId('spell-menu');
  // The suggestion is shown (and applied) with its capital: "Tiếng Việt".
  await expect(menu.getByRole('menuitem', { name: 'Việt', exact: true })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Bỏ qua trong bài này' })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Bỏ qua', exact: true }).click();
  await expect(menu).toHaveCount(0);
  await expect(marks).toHaveCount(1);

  // Typing elsewhere (the same paragraph is checked again): the ignored occurrence stays unmarked.
  await editor.body.click();
  await app.keyboard.press('End');
  await app.keyboard.type(' Thêm ddaay.');
  await expect(marks).toHaveCount(2);
  await expect(marks.nth(0)).toHaveText('vieetj');
  await expect(marks.nth(1)).toHaveText('ddaay');
  await expect(editor.body).toContainText('Tiếng vieetj hay. Học tiếng vieetj.');

  await marks.first().click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Việt', exact: true }).click();
  await expect(editor.body).toContainText('Tiếng vieetj hay. Học tiếng Việt. Thêm ddaay.');
});

test('the user dictionary in Settings lists the added words and removes one', async ({ app, host }) => {
  await app.setViewportSize({ width: 1366, height: 768 });
  await hostCall(host.url, 'settings.set', { patch: { userDictionary: ['srê', 'Kmrơng'] } });
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Rượu cần srê và ddaay.');
  const marks = editor.body.locator('.spell-issue');
  await expect(marks).toHaveCount(1);
  await expect(marks).toHaveText('ddaay');

  await app.locator('.app-nav').getByRole('button', { name: 'Cài đặt', exact: true }).click();
  const dictionary = app.getByRole('region', { name: 'Từ điển riêng' });
  await expect(dictionary.getByTestId('dictionary-word')).toHaveText([/Kmrơng/, /srê/]);
  await dictionary.getByTestId('dictionary-filter').fill('sre');
  await expect(dictionary.getByTestId('dictionary-word')).toHaveCount(1);
  await dictionary.getByRole('button', { name: 'Xóa «srê» khỏi từ điển riêng' }).click();
  await expect(dictionary.getByRole('status')).toHaveText('Đã xóa «srê» khỏi từ điển riêng.');
  await dictionary.getByTestId('dictionary-filter').fill('');
  await expect(dictionary.getByTestId('dictionary-word')).toHaveText([/Kmrơng/]);
  const settings = await hostCall<{ userDictionary: string[] }>(host.url, 'settings.get', {});
  expect(settings.userDictionary).toEqual(['Kmrơng']);

  // Back in the article, "srê" is marked again.
  await editor.open(host.url, articleId);
  await expect(editor.body.locator('.spell-issue', { hasText: 'srê' })).toHaveCount(1);
});

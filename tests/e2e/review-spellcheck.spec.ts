import { test, expect } from './fixtures/test';
import { EditorPage } from './pages/editor-page';

test('the spellchecker underlines a real-word error and its suggestion fixes it in one undoable edit', async ({ page, host }) => {
  const { editor } = await EditorPage.openNew(page, host.url);
  await editor.body.click();
  await page.keyboard.type('Đồng chí Phó Chỉ tịch UBND huyện quán triệt chủ chương của Đảng về sản suất nông nghiệp.');
  const marks = editor.body.locator('.spell-issue');
  await expect(marks).toHaveCount(3);
  await expect(marks.first()).toHaveText('Chỉ');

  await marks.first().click({ button: 'right' });
  const menu = page.getByTestId('spell-menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Chủ', exact: true }).click();
  await expect(menu).toHaveCount(0);
  await expect(editor.body).toContainText('Phó Chủ tịch UBND');
  await expect(marks).toHaveCount(2);

  await editor.body.press('Control+z');
  await expect(editor.body).toContainText('Phó Chỉ tịch UBND');
  await editor.body.press('Control+y');
  await expect(editor.body).toContainText('Phó Chủ tịch UBND');
});

test('a word added to the dictionary is no longer marked, in this and other articles', async ({ page, host }) => {
  const { editor } = await EditorPage.openNew(page, host.url);
  await editor.body.click();
  // "srê" (a K'Ho word for a rice field) is no Vietnamese syllable.
  await page.keyboard.type('Đặc sản của xã là rượu cần srê.');
  const marks = editor.body.locator('.spell-issue');
  await expect(marks).toHaveCount(1);
  await expect(marks).toHaveText('srê');
  await marks.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Thêm vào từ điển' }).click();
  await expect(marks).toHaveCount(0);

  const other = await EditorPage.openNew(page, host.url);
  await other.editor.body.click();
  // The checker has run once "suất" is marked; "srê" must not be.
  await page.keyboard.type('Lễ hội mừng lúa mới trên cánh đồng srê thúc đẩy sản suất.');
  const otherMarks = other.editor.body.locator('.spell-issue');
  await expect(otherMarks).toHaveCount(1);
  await expect(otherMarks).toHaveText('suất');
});

test('"Bỏ qua trong bài này" silences a word in this article only', async ({ page, host }) => {
  const { editor } = await EditorPage.openNew(page, host.url);
  await editor.body.click();
  await page.keyboard.type('Đặc sản của xã là rượu cần srê.');
  const marks = editor.body.locator('.spell-issue');
  await expect(marks).toHaveCount(1);
  await marks.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Bỏ qua trong bài này' }).click();
  await expect(marks).toHaveCount(0);

  const other = await EditorPage.openNew(page, host.url);
  await other.editor.body.click();
  await page.keyboard.type('Cánh đồng srê.');
  await expect(other.editor.body.locator('.spell-issue')).toHaveCount(1);
});

test('an article goes for review, is approved, and then offers "Gửi lên cổng"', async ({ page, host }) => {
  const { editor } = await EditorPage.openNew(page, host.url);
  await editor.title.click();
  await page.keyboard.type('Hội nghị sơ kết công tác quý III');
  const actions = page.getByTestId('status-actions');
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Bản nháp');
  await expect(page.getByTestId('portal-submit-button')).toHaveCount(0);
  await expect(actions.getByRole('button', { name: 'Duyệt bài' })).toHaveCount(0);

  await actions.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Chờ duyệt');
  await actions.getByRole('button', { name: 'Trả lại' }).click();
  await page.getByTestId('return-note').fill('Thêm số liệu quý III.');
  await page.getByTestId('return-dialog').getByRole('button', { name: 'Trả lại' }).click();
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Trả lại');
  await actions.getByRole('button', { name: 'Gửi duyệt' }).click();
  await actions.getByRole('button', { name: 'Duyệt bài' }).click();
  await page.getByTestId('approve-submit').click(); // the coefficient prefilled from the kind's range
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Đã duyệt');
  await expect(page.getByTestId('portal-submit-button')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('article-status')).toHaveText('Trạng thái: Đã duyệt');
});

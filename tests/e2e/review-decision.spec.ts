import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';
import { actAs } from './pages/review-page';

test('the board returns an article with a note, the author fixes and resends it, and it is approved', async ({ app, host, context }) => {
  test.setTimeout(180_000);
  await actAs(host.url, 'Ngọc Diệu');
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Xã đạt 19 tiêu chí nông thôn mới.');
  await editor.waitSaved();
  const authorActions = app.getByTestId('status-actions');
  await authorActions.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(authorActions.getByTestId('article-status')).toHaveText('Trạng thái: Chờ duyệt');

  // The reviewer, in another window.
  await actAs(host.url, 'Lê Văn Duyệt');
  const board = await context.newPage();
  await new EditorPage(board).open(host.url, articleId);
  const actions = board.getByTestId('status-actions');
  const returnButton = actions.getByRole('button', { name: 'Trả lại' });

  // A real modal: focus inside, Escape closes it and focus goes back to the button.
  await returnButton.click();
  const dialog = board.getByRole('dialog', { name: 'Trả lại bài cho tác giả' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(board.getByTestId('return-note')).toBeFocused();
  for (let i = 0; i < 4; i++) await board.keyboard.press('Tab');
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await board.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(returnButton).toBeFocused();
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Chờ duyệt');

  // No note, no return.
  await returnButton.click();
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Hãy ghi ý kiến trước khi trả lại.');
  await board.getByTestId('return-note').fill('Số tiêu chí chưa đúng: huyện công nhận 20.');
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Trả lại');

  // The author sees the note at the top of the article, fixes the text and resends.
  const banner = app.getByTestId('return-note-banner');
  await expect(banner).toContainText('Lê Văn Duyệt');
  await expect(banner).toContainText('Số tiêu chí chưa đúng: huyện công nhận 20.');
  await actAs(host.url, 'Ngọc Diệu');
  await editor.body.click();
  await app.keyboard.press('End');
  await app.keyboard.type(' Năm nay huyện công nhận 20 tiêu chí.');
  await editor.waitSaved();
  await app.reload();
  await expect(banner).toBeVisible();
  await authorActions.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(banner).toHaveCount(0);
  await expect(board.getByTestId('return-note-banner')).toHaveCount(0);

  // The board approves.
  await actAs(host.url, 'Lê Văn Duyệt');
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Chờ duyệt');

  // First it looks at what changed since the version it returned.
  await board.getByTestId('changes-since-review').click();
  const changes = board.getByTestId('changes-dialog');
  await expect(changes.getByTestId('changes-body').locator('ins')).toHaveText(['Năm nay huyện công nhận 20 tiêu chí.']);
  await expect(changes.getByTestId('changes-body').locator('del')).toHaveCount(0);
  await expect(changes.getByTestId('changes-body')).toContainText('Xã đạt 19 tiêu chí nông thôn mới.');
  await expect(changes.getByTestId('changes-title')).toHaveCount(0);
  await board.keyboard.press('Escape');
  await expect(changes).toHaveCount(0);
  // Approving asks for the royalty coefficient, prefilled from the kind's range (tin: 1–10) and checked against it.
  await actions.getByRole('button', { name: 'Duyệt bài' }).click();
  const approve = board.getByTestId('approve-dialog');
  const coefficient = approve.getByRole('spinbutton', { name: 'Hệ số nhuận bút' });
  await expect(coefficient).toHaveValue('1');
  await expect(approve).toContainText('Khung của thể loại Tin: từ 1 đến 10; một đơn vị hệ số 180.000 đ.');
  await coefficient.fill('12');
  await approve.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(approve.getByRole('alert')).toHaveText('Hệ số phải nằm trong khung từ 1 đến 10.');
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Chờ duyệt');
  await coefficient.fill('6.5');
  await expect(approve).toContainText('Thành tiền dự kiến: 1.170.000 đ');
  await approve.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(approve).toHaveCount(0);
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Đã duyệt');
  // Stored with the approval, by the reviewer.
  const db = new BetterSqlite3(join(host.dataDir, 'toasoan.db'), { readonly: true });
  expect(db.prepare('SELECT coefficient, set_by FROM article_royalties WHERE article_id = ?').get(articleId)).toEqual({
    coefficient: 6.5,
    set_by: 'Lê Văn Duyệt',
  });
  db.close();
  await expect(authorActions.getByTestId('article-status')).toHaveText('Trạng thái: Đã duyệt');

  // Each decision is in the article's history, with who and the note.
  const versions = await hostCall<Array<{ name: string; author: string }>>(host.url, 'drafts.versions', { id: articleId });
  expect(versions.map((v) => v.name)).toEqual(expect.arrayContaining(['Duyệt bài', 'Trả lại: Số tiêu chí chưa đúng: huyện công nhận 20.']));
  expect(versions.filter((v) => v.name !== '').every((v) => v.author === 'Lê Văn Duyệt')).toBe(true);
});

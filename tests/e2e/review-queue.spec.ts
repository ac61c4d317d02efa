import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';
import { actAs } from './pages/review-page';

test('the review queue: a count in the sidebar, the article with its details, taking it, and the author notified of the return', async ({
  app,
  host,
  context,
}) => {
  test.setTimeout(180_000);
  await actAs(host.url, 'Ngọc Diệu');
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.title.click();
  await app.keyboard.type('Tân Thạnh tổng kết năm');
  await editor.body.click();
  await app.keyboard.type('Xã đạt 19 tiêu chí nông thôn mới.');
  await editor.waitSaved();
  await expect(app.getByTestId('nav-review-count')).toHaveCount(0);
  await app.getByTestId('status-actions').getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(app.getByTestId('nav-review-count')).toHaveText('1');

  // A board member's window: the queue.
  await actAs(host.url, 'Lê Văn Duyệt');
  const board = await context.newPage();
  await board.goto(host.url);
  await expect(board.getByTestId('nav-review-count')).toHaveText('1');
  await board.getByTestId('nav-review').click();
  const row = board.getByTestId('queue-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Tân Thạnh tổng kết năm');
  await expect(row).toContainText('Ngọc Diệu');
  await expect(row).toContainText('phút');
  await expect(row.getByTestId('queue-comments')).toHaveText('0');
  await expect(row.getByTestId('queue-assignee')).toContainText('Chưa giao');
  await row.getByTestId('queue-take').click();
  await expect(row.getByTestId('queue-assignee')).toContainText('Lê Văn Duyệt');
  await expect(board.getByTestId('mine-assigned')).toContainText('Tân Thạnh tổng kết năm');

  // The board returns it; the author's window (the author's name again) is told.
  await hostCall(host.url, 'drafts.setStatus', { id: articleId, status: 'returned', note: 'Kiểm tra lại số tiêu chí.' });
  await actAs(host.url, 'Ngọc Diệu');
  await expect(app.getByTestId('nav-review-unread')).toHaveText('1', { timeout: 20_000 });
  await app.getByTestId('nav-review').click();
  await expect(app.getByTestId('review-notices')).toContainText('Lê Văn Duyệt trả lại bài “Tân Thạnh tổng kết năm”');
  await expect(app.getByTestId('mine-returned')).toContainText('Tân Thạnh tổng kết năm');
  // Sent back: the queue count follows.
  await expect(board.getByTestId('nav-review-count')).toHaveCount(0);
  await expect(board.getByTestId('queue-row')).toHaveCount(0);
});

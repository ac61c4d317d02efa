import { test, expect } from './fixtures/test';
import { EditorPage } from './pages/editor-page';
import { actAs, ReviewPage } from './pages/review-page';
import { typeTiengAsUnikey } from './fixtures/unikey';

test('the reviewer comments on a passage, the author replies and rewrites it, and the thread follows', async ({ app, host, context }) => {
  test.setTimeout(180_000);
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Năm 2025, xã Tân Thạnh đạt 19 tiêu chí nông thôn mới. Người dân góp 2 tỉ đồng làm đường.');
  await editor.waitSaved();

  // The reviewer, in a second window.
  await actAs(host.url, 'Lê Văn Duyệt');
  const reviewerWindow = await context.newPage();
  const reviewerErrors: string[] = [];
  reviewerWindow.on('pageerror', (error) => reviewerErrors.push(String(error.stack ?? error)));
  await new EditorPage(reviewerWindow).open(host.url, articleId);
  const reviewer = new ReviewPage(reviewerWindow);
  await reviewer.comment('đạt 19 tiêu chí', 'Số tiêu chí chưa khớp báo cáo của huyện.');
  const thread = reviewer.thread('đạt 19 tiêu chí');
  await expect(thread).toHaveCount(1);
  await expect(thread.getByTestId('post-author')).toHaveText('Lê Văn Duyệt');
  await expect(thread).toContainText('Quản trị');
  await expect.poll(() => reviewer.highlights()).toEqual(['đạt 19 tiêu chí']);

  // The author sees it, replies and rewrites the passage.
  const author = new ReviewPage(app);
  await expect(author.threads).toHaveCount(1);
  await expect.poll(() => author.highlights()).toEqual(['đạt 19 tiêu chí']);
  await actAs(host.url, 'Ngọc Diệu');
  await author.threads.first().getByRole('button', { name: 'Trả lời' }).click();
  await app.getByTestId('reply-text').fill('Đã sửa theo báo cáo mới.');
  await author.threads.first().getByRole('button', { name: 'Gửi' }).click();
  await author.select('19');
  await app.keyboard.type('20');
  await author.select('Tân Thạnh');
  await app.keyboard.type('Tân Thành');
  await editor.waitSaved();

  // The thread followed the rewrite, in both windows.
  await expect.poll(() => reviewer.highlights()).toEqual(['đạt 20 tiêu chí']);
  await expect.poll(() => author.highlights()).toEqual(['đạt 20 tiêu chí']);
  await expect(reviewer.threads.first().getByTestId('post-text')).toHaveText([
    'Số tiêu chí chưa khớp báo cáo của huyện.',
    'Đã sửa theo báo cáo mới.',
  ]);
  await expect(reviewer.threads.first().getByTestId('post-author')).toHaveText(['Lê Văn Duyệt', 'Ngọc Diệu']);

  // Clicking the thread highlights its passage; clicking the passage marks its thread.
  await reviewer.threads.first().getByTestId('thread-quote').click();
  await expect(reviewerWindow.locator('.comment-mark-active')).toHaveText('đạt 20 tiêu chí');
  await reviewer.comment('2 tỉ đồng', 'Ghi rõ nguồn.');
  await expect(reviewer.threads).toHaveCount(2);
  await reviewerWindow.locator('.comment-mark', { hasText: 'đạt 20' }).click();
  await expect(reviewer.thread('đạt 19 tiêu chí')).toHaveAttribute('aria-current', 'true');

  // Resolve, then reopen; the author's own reply can be edited, not the reviewer's comment.
  const first = author.thread('đạt 19 tiêu chí');
  await expect(first.getByRole('button', { name: 'Sửa' })).toHaveCount(1);
  await first.getByRole('button', { name: 'Đã giải quyết' }).click();
  await expect.poll(() => author.highlights()).toEqual(['2 tỉ đồng']);
  await expect(reviewer.threads).toHaveCount(1);
  await author.pane.getByRole('button', { name: /Hiện 1 góp ý đã giải quyết/ }).click();
  await author.thread('đạt 19 tiêu chí').getByRole('button', { name: 'Mở lại' }).click();
  await expect.poll(() => reviewer.highlights()).toEqual(['đạt 20 tiêu chí', '2 tỉ đồng']);

  // Deleting the whole passage keeps the thread, shown as orphaned; it survives a reload.
  await author.select('Người dân góp 2 tỉ đồng làm đường.');
  await app.keyboard.press('Backspace');
  await editor.waitSaved();
  await expect(reviewer.thread('2 tỉ đồng')).toHaveAttribute('data-orphaned', 'true');
  await reviewerWindow.reload();
  await reviewerWindow.waitForTimeout(1000);
  expect(reviewerErrors).toEqual([]);
  await expect(reviewer.threads).toHaveCount(2);
  await expect(reviewer.thread('2 tỉ đồng')).toContainText('Đoạn văn được góp ý đã bị xóa');
  await expect.poll(() => reviewer.highlights()).toEqual(['đạt 20 tiêu chí']);
  expect(reviewerErrors).toEqual([]);
});

test('Unikey-style Telex typing inside a commented passage ends as "tiếng" and stays in the passage', async ({ app, host }) => {
  test.setTimeout(120_000);
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Bản tin hôm nay.');
  const review = new ReviewPage(app);
  await review.comment('tin hôm', 'Thêm một từ.');
  await expect.poll(() => review.highlights()).toEqual(['tin hôm']);
  // The caret inside the passage, after "tin ".
  await review.select('hôm');
  await app.keyboard.press('ArrowLeft');
  const kb = app.keyboard;
  // What Unikey (Telex, backspace method) sends for t-i-e-e-n-g-s, then a space.
  await typeTiengAsUnikey(kb);
  await kb.type(' ');
  await expect(editor.body).toHaveText('Bản tin tiếng hôm nay.');
  await expect.poll(() => review.highlights()).toEqual(['tin tiếng hôm']);
  await editor.waitSaved();
  await app.reload();
  await expect.poll(() => review.highlights()).toEqual(['tin tiếng hôm']);
});

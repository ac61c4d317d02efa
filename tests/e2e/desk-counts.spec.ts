import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';

test.use({ viewport: { width: 1366, height: 768 } });
// Several screens per test on a loaded CI machine.
test.describe.configure({ timeout: 180_000 });

/** A saved article with sapo and body, made through the contract (the same call as "Viết bài mới"). */
async function savedArticle(hostUrl: string): Promise<{ id: string; wordCount: number }> {
  return hostCall(hostUrl, 'drafts.create', {
    kind: 'tin',
    template: {
      sapo: 'Sáng 25/11, UBND huyện Tân Thạnh tổ chức hội nghị tổng kết năm 2026.',
      body: [
        { type: 'heading', text: 'Kinh tế - xã hội tăng trưởng 8,5%' },
        { type: 'paragraph', text: 'Thu nhập bình quân đạt 72,3 triệu đồng/người/năm; COVID-19 đã được kiểm soát.' },
      ],
    },
  });
}

test('the word count shows as soon as a saved article opens, in the same unit and number as the list', async ({ app, host }) => {
  const { id, wordCount } = await savedArticle(host.url);
  expect(wordCount).toBe(14 + 7 + 13);
  const editor = new EditorPage(app);
  await editor.open(host.url, id);
  // Nothing typed: the count is already there.
  await expect(editor.wordCount).toHaveText(/^34 chữ · \d+ ký tự$/);
  await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
  await expect(app.getByTestId('article-row').first()).toContainText('34 chữ');
});

test('title and sapo show their length against the limits, warn past them and say so once to screen readers', async ({ app, host }) => {
  const { editor } = await EditorPage.openNew(app, host.url);
  const counter = app.getByTestId('length-title');
  await expect(counter).toHaveText('0/100 ký tự');
  await expect(counter).toHaveAttribute('data-state', 'ok');
  await editor.title.click();
  await app.keyboard.insertText('Huyện Tân Thạnh tổng kết công tác xây dựng nông thôn mới');
  await expect(counter).toHaveText('56/100 ký tự');
  await expect(app.getByTestId('length-title-announce')).toHaveText('');
  await app.keyboard.insertText(' giai đoạn 2021–2025 và triển khai nhiệm vụ năm 2026 tại xã');
  await expect(counter).toHaveAttribute('data-state', 'over');
  await expect(counter).toHaveText('115/100 ký tự');
  await expect(app.getByTestId('length-title-announce')).toHaveText('Tiêu đề dài quá 100 ký tự khuyến nghị.');
  // The counter describes the field (read with it); the live region speaks only on crossing the limit.
  await expect(editor.title).toHaveAttribute('aria-describedby', 'length-title');
  await app.keyboard.insertText(' nữa');
  await expect(counter).toHaveText('119/100 ký tự');
  await expect(app.getByTestId('length-title-announce')).toHaveText('Tiêu đề dài quá 100 ký tự khuyến nghị.');
  for (let i = 0; i < 30; i++) await app.keyboard.press('Backspace');
  await expect(counter).toHaveAttribute('data-state', 'ok');
  await expect(app.getByTestId('length-title-announce')).toHaveText('Tiêu đề đã trong giới hạn khuyến nghị.');

  await editor.sapo.click();
  await app.keyboard.insertText('Sáng nay, '.repeat(31));
  await expect(app.getByTestId('length-sapo')).toHaveAttribute('data-state', 'over');
  await expect(app.getByTestId('length-sapo-announce')).toHaveText('Sapo dài quá 300 ký tự khuyến nghị.');
});

test('a word target set for a kind in Settings shows as progress in the editor', async ({ app, host }) => {
  const { id } = await savedArticle(host.url);
  const editor = new EditorPage(app);
  await editor.open(host.url, id);
  // No target yet: no bar.
  await expect(editor.wordCount).toHaveText(/^34 chữ/);
  await expect(app.getByRole('progressbar')).toHaveCount(0);

  await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await app.getByLabel('Mục tiêu số chữ: Tin').fill('40');
  await app.getByTestId('settings-save').click();
  await expect(app.getByRole('status').filter({ hasText: 'Đã lưu cài đặt' })).toBeVisible();

  await editor.open(host.url, id);
  const bar = app.getByRole('progressbar', { name: 'Tiến độ số chữ (Tin)' });
  await expect(bar).toHaveAttribute('aria-valuemax', '40');
  await expect(bar).toHaveAttribute('aria-valuenow', '34');
  await expect(app.getByTestId('word-target-text')).toHaveText('34/40 chữ');
  await editor.body.click();
  await app.keyboard.press('Control+End');
  await app.keyboard.insertText(' Toàn huyện có 12 xã đạt chuẩn nông thôn mới.');
  await expect(bar).toHaveAttribute('aria-valuenow', '40');
  await expect(app.getByTestId('word-target-text')).toHaveText('44/40 chữ · Đã đủ số chữ');
  // Another kind has no target: the bar goes.
  await app.getByTestId('meta-kind').selectOption('bai');
  await expect(app.getByRole('progressbar')).toHaveCount(0);
});

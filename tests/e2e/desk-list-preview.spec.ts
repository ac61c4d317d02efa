import { test, expect } from './fixtures/test';
import { seedArticle } from './pages/drafts-seed';

test.use({ viewport: { width: 1366, height: 768 } });

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ p: `Đoạn ${i + 1}: nội dung báo cáo thường kỳ của ủy ban về công tác chuyên môn trong tháng.` }));

test('the preview shows headings and tables as they are, and a search hit scrolls the preview to the passage', async ({ app, host }) => {
  await seedArticle(host.url, {
    title: 'Kết quả thu ngân sách quý III',
    sapo: 'Tổng hợp số liệu thu ngân sách của xã.',
    body: [
      { h: 'Tình hình chung' },
      { p: 'Trong quý, xã đã thu vượt kế hoạch đề ra.' },
      { table: [['Khoản thu', 'Số tiền'], ['Thuế đất', '120 triệu'], ['Phí chợ', '35 triệu']] },
      ...filler(40),
      { h: 'Phương hướng quý IV', level: 3 },
      { p: 'Tiếp tục đôn đốc thu nợ thuế tại ấp Bình Thạnh.' },
    ],
  });
  await app.reload();
  const row = app.getByTestId('article-row').filter({ hasText: 'Kết quả thu ngân sách' });
  await row.getByRole('button').click();
  const preview = app.getByTestId('article-preview');
  // Headings are headings (one level below the article's title), the table is a table with its header cells.
  await expect(preview.getByRole('heading', { level: 3, name: 'Tình hình chung' })).toBeVisible();
  await expect(preview.getByRole('heading', { level: 4, name: 'Phương hướng quý IV' })).toHaveCount(1);
  const table = preview.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Khoản thu', 'Số tiền']);
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('cell', { name: 'Phí chợ' })).toBeVisible();

  // An accent-free search finds the last paragraph; the snippet marks the original words.
  await app.getByTestId('drafts-search').fill('binh thanh');
  const hit = app.getByTestId('search-results').getByTestId('article-row');
  await expect(hit).toHaveCount(1);
  await expect(hit.getByTestId('search-snippet').locator('mark')).toHaveText(['Bình', 'Thạnh']);
  await hit.getByRole('button').click();
  // The preview marks the same words and has scrolled its box to them: the passage is in view, the top is not.
  const current = preview.locator('mark.drafts-hit-current');
  await expect(current).toHaveText('Bình');
  await expect.poll(() => preview.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  await expect(current).toBeInViewport();
  const box = await preview.boundingBox();
  const markBox = await current.boundingBox();
  expect(markBox!.y).toBeGreaterThanOrEqual(box!.y);
  expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(box!.y + box!.height);
});

test('search combines with the status, category and kind filters', async ({ app, host }) => {
  await seedArticle(host.url, { title: 'Hội nghị nông thôn mới', kind: 'tin', category: 'Kinh tế' });
  await seedArticle(host.url, { title: 'Hội nghị văn nghệ', kind: 'bai', category: 'Văn hóa' });
  await seedArticle(host.url, { title: 'Hội nghị tổng kết năm', kind: 'bai', category: 'Kinh tế' });
  await seedArticle(host.url, { title: 'Lễ ra quân', kind: 'bai', category: 'Kinh tế' });
  await app.reload();
  await app.getByTestId('drafts-search').fill('hoi nghi');
  const hits = app.getByTestId('search-results').getByTestId('article-row');
  await expect(hits).toHaveCount(3);
  // The filters stay on screen while searching, and narrow the results.
  await app.getByTestId('filter-kind').selectOption({ label: 'Bài' });
  await expect(hits).toHaveCount(2);
  await expect(hits.filter({ hasText: 'nông thôn mới' })).toHaveCount(0);
  await app.getByTestId('filter-category').selectOption('Kinh tế');
  await expect(hits).toHaveCount(1);
  await expect(hits).toContainText('Hội nghị tổng kết năm');
  await app.getByTestId('filter-status').selectOption({ label: 'Chờ duyệt' });
  await expect(app.getByText('Không tìm thấy bài nào')).toBeVisible();
  await app.getByTestId('filter-status').selectOption({ label: 'Mọi trạng thái' });
  await expect(hits).toHaveCount(1);
  // Clearing the search keeps the filters for the list.
  await app.getByTestId('drafts-search').fill('');
  const rows = app.getByTestId('drafts-list').getByTestId('article-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Lễ ra quân' })).toHaveCount(1);
});

test('dates are written dd/mm/yyyy with a 24-hour clock in the list, the panel and the history', async ({ app, host }) => {
  await seedArticle(host.url, { title: 'Bài có ngày giờ', body: [{ p: 'Nội dung.' }] });
  await app.reload();
  const row = app.getByTestId('article-row').filter({ hasText: 'Bài có ngày giờ' });
  const date = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;
  await expect(row).toContainText(date);
  await row.getByRole('button').click();
  await app.getByTestId('version-name').fill('Bản một');
  await app.getByTestId('save-version').click();
  await expect(app.getByTestId('version-row').first().locator('.drafts-version-when')).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  await expect(app.getByTestId('article-panel')).toContainText(date);
  // No clock-first or two-digit-year form anywhere on the screen.
  const text = await app.getByTestId('drafts-screen').innerText();
  expect(text).not.toMatch(/\d{1,2}:\d{2}(:\d{2})? \d{1,2}\/\d{1,2}\/\d{4}/);
  expect(text).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{2}\b(?!\d)/);
});

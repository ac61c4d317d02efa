import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import mammoth from 'mammoth';
import readXlsxFile from 'read-excel-file/node';
import type { Page } from '@playwright/test';
import { planNewsroom, writeNewsroom, type PlannedArticle } from '../stats/generate-newsroom';
import { test, expect } from './fixtures/test';

// Q3/2023 in Vietnam's time.
const Q3 = { from: '2023-06-30T17:00:00.000Z', to: '2023-09-30T17:00:00.000Z' };
const BIDDING = 'Đấu thầu - Mua sắm công';

/** The statistics screen, as the board secretary uses it. */
class StatsPage {
  constructor(readonly page: Page) {}
  async open(): Promise<void> {
    await this.page.locator('.app-nav').getByRole('button', { name: 'Thống kê', exact: true }).click();
    await expect(this.page.getByTestId('stats-screen')).toBeVisible();
  }
  tab(name: 'Tổng quan' | 'Chỉ tiêu' | 'Nhuận bút' | 'Báo cáo quý') {
    return this.page.getByRole('tab', { name, exact: true });
  }
  figure(key: string) {
    return this.page.getByTestId(`figure-${key}`).locator('.stats-card-value');
  }
  async download(button: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }
}

function publishedInQ3(plan: readonly PlannedArticle[]): PlannedArticle[] {
  return plan.filter((a) => {
    const at = a.events.find((e) => e.to === 'submitted' || e.to === 'published')?.at;
    return at !== undefined && at >= Q3.from && at < Q3.to;
  });
}

test('pick Quý III/2023, see the categories below target, set a royalty coefficient, export the sheet and the report', async ({ app, host }) => {
  test.setTimeout(180_000);
  const plan = planNewsroom({ articles: 3000, seed: 77 });
  const db = new BetterSqlite3(join(host.dataDir, 'toasoan.db'));
  writeNewsroom(db, plan);
  db.close();
  const published = publishedInQ3(plan);
  const bidding = published.filter((a) => a.category === BIDDING).length;
  expect(bidding).toBeLessThan(15); // the generator writes little about bidding

  const stats = new StatsPage(app);
  await stats.open();
  await app.getByRole('combobox', { name: 'Quý' }).selectOption({ label: 'Quý III/2023' });
  await expect(app.locator('.stats-period-title')).toHaveText('Quý III/2023');
  await expect(stats.figure('published')).toHaveText(String(published.length));
  await expect(app.getByTestId('stats-sources')).toContainText('Cơ sở dữ liệu trên máy này');

  // An admin sets the quarter's targets; bidding is flagged with what is missing.
  await stats.tab('Chỉ tiêu').click();
  await app.getByRole('spinbutton', { name: `Chỉ tiêu: ${BIDDING}` }).fill('15');
  await app.getByRole('spinbutton', { name: 'Chỉ tiêu: Tin tức - Sự kiện' }).fill('1');
  await app.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(app.getByRole('status')).toHaveText(/Đã lưu chỉ tiêu/);
  await stats.tab('Tổng quan').click();
  const flagged = app.getByTestId('coverage-flagged');
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText(BIDDING);
  await expect(flagged).toContainText(`Thiếu ${15 - bidding} bài`);
  await expect(flagged).toContainText('Chờ duyệt');

  // Royalties: one coefficient, the total in đồng, both exports.
  await stats.tab('Nhuận bút').click();
  await expect(app.getByTestId('royalty-sheet')).toBeVisible();
  const first = published.filter((a) => a.kind === 'tin').sort((a, b) => a.author.localeCompare(b.author, 'vi'))[0]!;
  const coefficient = app.getByRole('spinbutton', { name: `Hệ số: ${first.title}`, exact: true });
  await coefficient.fill('7');
  await coefficient.locator('xpath=..').getByRole('button', { name: 'Lưu' }).click();
  await expect(app.getByTestId('royalty-total')).toHaveText('1.260.000 đ');

  const xlsx = await stats.download('Xuất Excel (.xlsx)');
  expect(xlsx.name).toBe('nhuan-but-quy-iii-2023.xlsx');
  const sheets = await readXlsxFile(xlsx.bytes);
  expect(sheets.map((s) => s.sheet)).toEqual(['Chi tiết', 'Tổng hợp']);
  expect(sheets[0]!.data[0]![0]).toBe('Bảng nhuận bút Quý III/2023');
  expect(sheets[0]!.data.find((row) => row[1] === first.title)?.slice(5)).toEqual([7, 1_260_000]);
  expect(sheets[1]!.data.at(-1)).toEqual(['Tổng cộng', published.length, 1_260_000]);

  const csv = await stats.download('Xuất CSV');
  expect(csv.name).toBe('nhuan-but-quy-iii-2023.csv');
  expect(csv.bytes.toString('utf8')).toContain(`${first.author},${first.title},Tin,`);

  // The quarterly report: printable page and .docx with the charts as pictures.
  await stats.tab('Báo cáo quý').click();
  await expect(app.getByTestId('quarter-report')).toContainText('BÁO CÁO CÔNG TÁC QUÝ III/2023');
  await expect(app.getByTestId('quarter-report').getByTestId('coverage-flagged')).toContainText(BIDDING);
  const docx = await stats.download('Xuất Word (.docx)');
  expect(docx.name).toBe('bao-cao-cong-tac-quy-iii-2023.docx');
  const text = (await mammoth.extractRawText({ buffer: docx.bytes })).value;
  expect(text).toContain('BÁO CÁO CÔNG TÁC QUÝ III/2023');
  expect(text).toContain(`III. Chuyên mục chưa đạt chỉ tiêu`);
  expect(text).toContain(BIDDING);
  const html = (await mammoth.convertToHtml({ buffer: docx.bytes })).value;
  expect(html.match(/<img src="data:image\/png/g)).toHaveLength(3);
});

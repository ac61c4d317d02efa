import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDong } from '../../../common/api/stats-period';
import { DraftsHarness } from '../drafts/testing/harness';
import { writeNewsroom, type PlannedArticle } from '../../../tests/stats/generate-newsroom';

let h: DraftsHarness;
afterEach(async () => h?.close());

const Q3 = { kind: 'quarter', year: 2023, quarter: 3 } as const;
const JULY = { kind: 'month', year: 2023, month: 7 } as const;

function article(id: string, author: string, kind: PlannedArticle['kind'], publishedAt: string, title = `Bài ${id}`): PlannedArticle {
  const at = (ms: number) => new Date(Date.parse(publishedAt) - ms).toISOString();
  return {
    id,
    title,
    author,
    category: 'Đấu thầu - Mua sắm công',
    kind,
    createdAt: at(3 * 86_400_000),
    shared: false,
    status: 'submitted',
    events: [
      { from: null, to: 'draft', at: at(3 * 86_400_000) },
      { from: 'draft', to: 'in_review', at: at(2 * 86_400_000) },
      { from: 'in_review', to: 'approved', at: at(86_400_000) },
      { from: 'approved', to: 'submitted', at: publishedAt },
    ],
  };
}

function seed(): void {
  h = new DraftsHarness();
  writeNewsroom(h.runtime.ctx.db, [
    article('a1', 'Ngọc Diệu', 'tin', '2023-07-10T03:00:00.000Z', 'Gói thầu "nạo vét, kênh" Ấp 3'),
    article('a2', 'Ngọc Diệu', 'bai', '2023-08-02T03:00:00.000Z'),
    article('a3', 'Chí Tâm', 'phong_su', '2023-09-30T16:59:00.000Z'), // 23:59 on 30/09: still Q3
    article('a4', 'Chí Tâm', 'tin', '2023-09-30T17:01:00.000Z'), // 00:01 on 01/10: Q4
  ]);
}

describe('royalties (nhuận bút)', () => {
  it('lists the period’s articles per author with coefficient × unit, and totals', async () => {
    seed();
    await h.call('stats.setRates', {
      validFrom: '2023-01-01',
      unit: 125_000,
      rates: [
        { kind: 'tin', min: 1, max: 10 },
        { kind: 'bai', min: 5, max: 20 },
        { kind: 'phong_su', min: 10, max: 40 },
      ],
    });
    await expect(h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 12 })).rejects.toMatchObject({ code: 'ROYALTY_OUT_OF_RANGE' });
    await h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 10 });
    await h.call('stats.setCoefficient', { articleId: 'a2', coefficient: 12.5 });
    const sheet = await h.call('stats.royaltySheet', { period: Q3 });
    expect(sheet.unit).toBe(125_000);
    expect(sheet.authors.map((a) => [a.author, a.lines.map((l) => l.articleId), a.total])).toEqual([
      ['Chí Tâm', ['a3'], 0],
      ['Ngọc Diệu', ['a1', 'a2'], 1_250_000 + 1_562_500],
    ]);
    expect(sheet.missing).toBe(1);
    expect(formatDong(sheet.authors[1]!.lines[0]!.amount)).toBe('1.250.000 đ');
    expect(sheet.total).toBe(2_812_500);
    expect(sheet.closed).toBeNull();
    expect((await h.call('stats.rates', {})).rates.find((r) => r.kind === 'video')).toEqual({ kind: 'video', min: 5, max: 30 });
    // Before the set's day the built-in defaults apply.
    expect(await h.call('stats.rates', { at: '2022-12-31' })).toMatchObject({ validFrom: null, unit: 180_000 });
  });

  it('after closing a period, a coefficient changes only with a note, and the change is audited', async () => {
    seed();
    await h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 5 });
    await h.call('stats.setCoefficient', { articleId: 'a4', coefficient: 2 });
    await expect(h.call('stats.closePeriod', { period: { kind: 'year', year: 2023 } })).rejects.toMatchObject({ code: 'ROYALTY_NOT_CLOSABLE' });
    const closed = await h.call('stats.closePeriod', { period: JULY });
    expect(closed.key).toBe('2023-07');
    expect(closed.closed).not.toBeNull();
    await expect(h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 6, note: '  ' })).rejects.toMatchObject({ code: 'ROYALTY_NOTE_REQUIRED' });
    expect((await h.call('stats.royaltySheet', { period: JULY })).total).toBe(5 * 180_000);
    await h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 6, note: 'Bổ sung ảnh tự chụp' });
    // a4 went out on 01/10: its period (October, Q4) is open.
    await h.call('stats.setCoefficient', { articleId: 'a4', coefficient: 3 });
    const audit = await h.call('stats.royaltyAudit', { period: JULY });
    expect(audit.map((a) => [a.articleId, a.oldCoef, a.newCoef, a.note, a.closedPeriod])).toEqual([
      ['a1', 5, 6, 'Bổ sung ảnh tự chụp', '2023-07'],
      ['a1', null, 5, '', null],
    ]);
    // The closed sheet keeps the amount it was closed with; the change is an adjustment.
    const july = await h.call('stats.royaltySheet', { period: JULY });
    expect(july.total).toBe(5 * 180_000);
    expect(july.adjustments.map((a) => [a.articleId, a.difference])).toEqual([['a1', 180_000]]);
  });

  it('exports an .xlsx that reads back with its sheet names, Vietnamese text and numbers, and a .csv', async () => {
    seed();
    await h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 7 });
    await h.call('stats.setCoefficient', { articleId: 'a3', coefficient: 20 });
    const xlsx = await h.call('stats.exportRoyalties', { period: Q3, format: 'xlsx' });
    expect(xlsx.fileName).toBe('nhuan-but-quy-iii-2023.xlsx');
    const sheets = await readXlsxFile(Buffer.from(xlsx.data, 'base64'));
    expect(sheets.map((s) => s.sheet)).toEqual(['Chi tiết', 'Tổng hợp']);
    const detail = sheets[0]!.data;
    expect(detail[0]![0]).toBe('Bảng nhuận bút Quý III/2023');
    expect(detail[2]).toEqual(['Tác giả', 'Tiêu đề', 'Thể loại', 'Chuyên mục', 'Ngày gửi lên cổng', 'Hệ số', 'Thành tiền (đ)']);
    const a1 = detail.find((row) => row[1] === 'Gói thầu "nạo vét, kênh" Ấp 3')!;
    expect(a1).toEqual(['Ngọc Diệu', 'Gói thầu "nạo vét, kênh" Ấp 3', 'Tin', 'Đấu thầu - Mua sắm công', '10/07/2023', 7, 7 * 180_000]);
    const a3 = detail.find((row) => row[1] === 'Bài a3')!;
    expect(a3.slice(2, 7)).toEqual(['Phóng sự', 'Đấu thầu - Mua sắm công', '30/09/2023', 20, 3_600_000]);
    expect(detail.at(-1)).toEqual(['Tổng cộng', null, null, null, null, null, 7 * 180_000 + 3_600_000]);
    const summary = sheets[1]!.data;
    expect(summary.slice(2)).toEqual([
      ['Chí Tâm', 1, 3_600_000],
      ['Ngọc Diệu', 2, 1_260_000],
      ['Tổng cộng', 3, 4_860_000],
    ]);

    const csv = await h.call('stats.exportRoyalties', { period: Q3, format: 'csv' });
    const text = Buffer.from(csv.data, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFTác giả,Tiêu đề,')).toBe(true);
    expect(text).toContain('Ngọc Diệu,"Gói thầu ""nạo vét, kênh"" Ấp 3",Tin,Đấu thầu - Mua sắm công,10/07/2023,7,1260000\r\n');
    expect(text.trimEnd().split('\r\n').at(-1)).toBe('Tổng cộng,,,,,,4860000');
  });
});

describe('rates with validity dates', () => {
  it('applies a rate set to the articles sent to the portal from its day (Vietnam time), never to earlier ones', async () => {
    seed();
    await h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 4 });
    await h.call('stats.setCoefficient', { articleId: 'a2', coefficient: 10 });
    await h.call('stats.setCoefficient', { articleId: 'a3', coefficient: 20 });
    await h.call('stats.setCoefficient', { articleId: 'a4', coefficient: 2 });
    const before = await h.call('stats.royaltySheet', { period: Q3 });
    expect(before.total).toBe((4 + 10 + 20) * 180_000);
    // A new table for the fourth quarter: a4 went out at 00:01 on 01/10, Hà Nội time.
    await h.call('stats.setRates', { validFrom: '2023-10-01', unit: 200_000, rates: [{ kind: 'tin', min: 3, max: 12 }] });
    expect(await h.call('stats.royaltySheet', { period: Q3 })).toEqual(before);
    const q4 = await h.call('stats.royaltySheet', { period: { kind: 'quarter', year: 2023, quarter: 4 } });
    expect(q4.authors[0]!.lines.map((l) => [l.articleId, l.unit, l.amount])).toEqual([['a4', 200_000, 400_000]]);
    expect(q4.unit).toBe(200_000);
    // The range follows the article's day too: 2 is fine for a3's quarter, not for a4's.
    expect((await h.call('stats.rates', { at: '2023-09-30' })).rates.find((r) => r.kind === 'tin')).toEqual({ kind: 'tin', min: 1, max: 10 });
    await expect(h.call('stats.setCoefficient', { articleId: 'a4', coefficient: 2 })).rejects.toMatchObject({ code: 'ROYALTY_OUT_OF_RANGE' });
    await h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 2 });
    // A set starting mid-quarter splits the quarter: a1 (10/07) at the old unit, a2 (02/08) and a3 (30/09) at the new.
    await h.call('stats.setRates', { validFrom: '2023-08-01', unit: 150_000, rates: [] });
    const split = await h.call('stats.royaltySheet', { period: Q3 });
    expect(split.authors.flatMap((a) => a.lines.map((l) => [l.articleId, l.unit]))).toEqual([
      ['a3', 150_000],
      ['a1', 180_000],
      ['a2', 150_000],
    ]);
    expect(split.total).toBe(2 * 180_000 + 20 * 150_000 + 10 * 150_000);
    expect((await h.call('stats.rates', { at: '2023-12-31' })).sets).toEqual([
      { validFrom: '2023-08-01', unit: 150_000 },
      { validFrom: '2023-10-01', unit: 200_000 },
    ]);
  });

  it('refuses a rate set whose day falls inside or before a closed period', async () => {
    seed();
    await h.call('stats.closePeriod', { period: JULY });
    for (const validFrom of ['2023-07-31', '2023-01-01']) {
      await expect(h.call('stats.setRates', { validFrom, unit: 1, rates: [] })).rejects.toMatchObject({ code: 'ROYALTY_PERIOD_CLOSED' });
    }
    expect((await h.call('stats.rates', { at: '2023-07-15' })).unit).toBe(180_000);
    await h.call('stats.setRates', { validFrom: '2023-08-01', unit: 1, rates: [] });
    expect((await h.call('stats.rates', { at: '2023-08-01' })).unit).toBe(1);
  });
});

describe('a closed sheet is frozen', () => {
  it('keeps its rows and amounts whatever changes later; a change needs a note, is audited and listed as an adjustment', async () => {
    seed();
    await h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 5 });
    await h.call('stats.setCoefficient', { articleId: 'a3', coefficient: 20 });
    const closed = await h.call('stats.closePeriod', { period: Q3 });
    expect(closed.closed).not.toBeNull();
    const rows = (s: { authors: Array<{ author: string; lines: Array<{ articleId: string; title: string; coefficient: number | null; amount: number }> }> }) =>
      s.authors.flatMap((a) => a.lines.map((l) => [a.author, l.articleId, l.title, l.coefficient, l.amount]));
    const frozen = rows(closed);
    expect(closed.total).toBe(25 * 180_000);

    // The article is renamed, its author corrected, a coefficient changed (with a note), rates changed from the next quarter.
    const db = h.runtime.ctx.db;
    db.prepare(`UPDATE articles SET title = 'Tên mới', byline = 'Người khác' WHERE id = 'a1'`).run();
    await expect(h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 7 })).rejects.toMatchObject({ code: 'ROYALTY_NOTE_REQUIRED' });
    await h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 7, note: 'Tính lại theo độ dài' });
    await h.call('stats.setCoefficient', { articleId: 'a2', coefficient: 12, note: 'Bổ sung' });
    await h.call('stats.setRates', { validFrom: '2023-10-01', unit: 999_000, rates: [] });

    const after = await h.call('stats.royaltySheet', { period: Q3 });
    expect(rows(after)).toEqual(frozen);
    expect(after.total).toBe(25 * 180_000);
    expect(after.closed).toEqual(closed.closed);
    expect(after.adjustments.map((a) => [a.articleId, a.author, a.oldCoef, a.newCoef, a.difference, a.note])).toEqual([
      ['a1', 'Ngọc Diệu', 5, 7, 2 * 180_000, 'Tính lại theo độ dài'],
      ['a2', 'Ngọc Diệu', null, 12, 12 * 180_000, 'Bổ sung'],
    ]);
    // The export is the frozen sheet too.
    const csv = Buffer.from((await h.call('stats.exportRoyalties', { period: Q3, format: 'csv' })).data, 'base64').toString('utf8');
    expect(csv).toContain('Gói thầu ""nạo vét, kênh"" Ấp 3');
    expect(csv).not.toContain('Tên mới');
    // The audit keeps every change, with the closed period.
    const audit = await h.call('stats.royaltyAudit', { period: Q3 });
    expect(audit.filter((a) => a.closedPeriod === '2023-Q3').map((a) => a.articleId)).toEqual(['a2', 'a1']);
    // An open month of the same quarter still follows the articles.
    expect((await h.call('stats.royaltySheet', { period: JULY })).total).toBe(7 * 180_000);
  });

  it('freezes, at first reading, a period closed before sheets were frozen', async () => {
    seed();
    await h.call('stats.setCoefficient', { articleId: 'a1', coefficient: 5 });
    h.runtime.ctx.db.prepare(`INSERT INTO royalty_closings (period, closed_by, closed_at) VALUES ('2023-07', 'Cũ', '2023-08-01T00:00:00.000Z')`).run();
    expect((await h.call('stats.royaltySheet', { period: JULY })).total).toBe(5 * 180_000);
    h.runtime.ctx.db.prepare(`UPDATE article_royalties SET coefficient = 9`).run();
    expect((await h.call('stats.royaltySheet', { period: JULY })).total).toBe(5 * 180_000);
  });
});

describe('the coefficient given with an approval', () => {
  it('is checked against the kind’s range before the approval and stored with it', async () => {
    h = new DraftsHarness();
    const { id } = await h.call('drafts.create', { kind: 'bai', category: 'Y tế', byline: 'Thu Hà' });
    await h.call('drafts.setStatus', { id, status: 'in_review' });
    // Out of the range of "bài" (10–30): refused, and the article is not approved.
    await expect(h.call('drafts.setStatus', { id, status: 'approved', coefficient: 31 })).rejects.toMatchObject({ code: 'ROYALTY_OUT_OF_RANGE' });
    expect((await h.call('drafts.get', { id })).status).toBe('in_review');
    expect(h.runtime.ctx.db.prepare('SELECT count(*) AS n FROM article_royalties').get()).toEqual({ n: 0 });
    const approved = await h.call('drafts.setStatus', { id, status: 'approved', coefficient: 12.5 });
    expect(approved.status).toBe('approved');
    const stored = h.runtime.ctx.db.prepare('SELECT coefficient, set_by FROM article_royalties WHERE article_id = ?').get(id);
    expect(stored).toEqual({ coefficient: 12.5, set_by: h.runtime.ctx.settings.read().authorName });
    // Sent to the portal later: the sheet of its period carries the coefficient.
    h.runtime.ctx.db.prepare(`UPDATE articles SET status = 'submitted' WHERE id = ?`).run(id);
    const now = new Date();
    const sheet = await h.call('stats.royaltySheet', { period: { kind: 'year', year: Number(now.toISOString().slice(0, 4)) } });
    expect(sheet.authors.flatMap((a) => a.lines).map((l) => [l.articleId, l.coefficient, l.amount])).toEqual([[id, 12.5, 12.5 * 180_000]]);
  });

  it('is refused, with the approval, for a role that may not set coefficients', async () => {
    h = new DraftsHarness();
    const { id } = await h.call('drafts.create', { kind: 'tin', category: 'Y tế', byline: 'Thu Hà' });
    await h.call('drafts.setStatus', { id, status: 'in_review' });
    writeFileSync(join(h.dataDir, 'hub.json'), JSON.stringify({ url: 'ws://hub.test', login: 'c', user: { id: 3, name: 'CTV', role: 'contributor' } }));
    await expect(h.call('drafts.setStatus', { id, status: 'approved', coefficient: 2 })).rejects.toMatchObject({ code: 'STATS_FORBIDDEN' });
    expect((await h.call('drafts.get', { id })).status).toBe('in_review');
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import { defaultCategories } from '../../../common/article/categories';
import { ClientDoc, DraftsHarness } from '../drafts/testing/harness';
import { planNewsroom, writeNewsroom, type PlannedArticle } from '../../../tests/stats/generate-newsroom';

// Q3/2023 in Vietnam's time, written out here rather than computed by the code under test.
const Q3_2023 = { from: '2023-06-30T17:00:00.000Z', to: '2023-09-30T17:00:00.000Z' };
const Q2_2023 = { from: '2023-03-31T17:00:00.000Z', to: '2023-06-30T17:00:00.000Z' };
const Q3_2022 = { from: '2022-06-30T17:00:00.000Z', to: '2022-09-30T17:00:00.000Z' };
const YEAR_2022 = { from: '2021-12-31T17:00:00.000Z', to: '2022-12-31T17:00:00.000Z' };
const DELETED = 'Chuyên mục đã bỏ';

/** Counts straight from the generator's plan: nothing of the statistics code is used. */
function expected(plan: readonly PlannedArticle[], r: { from: string; to: string }) {
  const inside = (at: string) => at >= r.from && at < r.to;
  const firstPortal = (a: PlannedArticle) => a.events.find((e) => e.to === 'submitted' || e.to === 'published')?.at;
  const decisions = (a: PlannedArticle) => a.events.filter((e) => e.from === 'in_review' && (e.to === 'approved' || e.to === 'returned'));
  const published = plan.filter((a) => firstPortal(a) !== undefined && inside(firstPortal(a)!));
  const perCategory = new Map<string, number>();
  for (const a of published) perCategory.set(a.category, (perCategory.get(a.category) ?? 0) + 1);
  const perAuthor = new Map<string, number>();
  for (const a of published) perAuthor.set(a.author, (perAuthor.get(a.author) ?? 0) + 1);
  const firsts = plan.map((a) => decisions(a)[0]).filter((d) => d !== undefined && inside(d.at));
  let waitSum = 0;
  let waitN = 0;
  for (const a of plan) {
    let sent: string | null = null;
    for (const e of a.events) {
      if (e.to === 'in_review') sent = e.at;
      else if (e.from === 'in_review' && (e.to === 'approved' || e.to === 'returned') && inside(e.at) && sent) {
        waitSum += Date.parse(e.at) - Date.parse(sent);
        waitN++;
      }
    }
  }
  return {
    created: plan.filter((a) => inside(a.createdAt)).length,
    published: published.length,
    perCategory,
    perAuthor,
    returned: plan.filter((a) => a.events.some((e) => e.to === 'returned' && inside(e.at))).length,
    approved: plan.reduce((n, a) => n + decisions(a).filter((d) => d.to === 'approved' && inside(d.at)).length, 0),
    firstDecisions: firsts.length,
    approvedFirstReview: firsts.filter((d) => d!.to === 'approved').length,
    sent: plan.filter((a) => a.events.some((e) => e.to === 'in_review' && inside(e.at))).length,
    avgHours: Math.round((waitSum / waitN / 3_600_000) * 10) / 10,
    hubCreated: plan.filter((a) => a.shared && inside(a.createdAt)).length,
  };
}

describe('statistics over a generated newsroom of 10,000 articles', () => {
  let h: DraftsHarness;
  let plan: PlannedArticle[];

  beforeAll(async () => {
    h = new DraftsHarness();
    plan = planNewsroom({ articles: 10_000, seed: 2023, deletedCategory: DELETED });
    writeNewsroom(h.runtime.ctx.db, plan);
  }, 60_000);
  afterAll(async () => h?.close());

  it('counts a quarter as the plan does: written, sent, decided, returned, published, by category and author', async () => {
    const report = await h.call('stats.report', { period: { kind: 'quarter', year: 2023, quarter: 3 } });
    const want = expected(plan, Q3_2023);
    const got = report.current;
    expect(got.label).toBe('Quý III/2023');
    expect({ from: got.from, to: got.to }).toEqual(Q3_2023);
    expect(want.published).toBeGreaterThan(300); // the generator makes a busy newsroom
    expect(got).toMatchObject({
      created: want.created,
      published: want.published,
      returned: want.returned,
      approved: want.approved,
      firstDecisions: want.firstDecisions,
      approvedFirstReview: want.approvedFirstReview,
      sentForReview: want.sent,
      avgDecisionHours: want.avgHours,
    });
    for (const row of got.byCategory) expect([row.name, row.published]).toEqual([row.name, want.perCategory.get(row.name) ?? 0]);
    expect(got.byCategory.map((r) => r.name)).toEqual(expect.arrayContaining([...defaultCategories, DELETED]));
    expect(got.byCategory.find((r) => r.name === DELETED)!.deleted).toBe(true);
    expect(got.byCategory.find((r) => r.name === 'Y tế')!.deleted).toBe(false);
    for (const row of got.byAuthor) expect(row.published).toBe(want.perAuthor.get(row.name) ?? 0);
    // Top contributors come first.
    expect(got.byAuthor[0]!.published).toBe(Math.max(...want.perAuthor.values()));
    expect(got.origins.created.hub).toBe(want.hubCreated);
    expect(got.origins.created.local + got.origins.created.hub).toBe(want.created);
  });

  it('compares with the previous quarter and the same quarter last year', async () => {
    const report = await h.call('stats.report', { period: { kind: 'quarter', year: 2023, quarter: 3 } });
    expect(report.previous.label).toBe('Quý II/2023');
    expect(report.previous.published).toBe(expected(plan, Q2_2023).published);
    expect(report.lastYear.label).toBe('Quý III/2022');
    expect(report.lastYear.published).toBe(expected(plan, Q3_2022).published);
    expect(report.lastYear.created).toBe(expected(plan, Q3_2022).created);
  });

  it('counts the current status of the articles written in a year, as SQL over the articles table says', async () => {
    const report = await h.call('stats.report', { period: { kind: 'year', year: 2022 } });
    const rows = h.runtime.ctx.db
      .prepare('SELECT status, count(*) AS n FROM articles WHERE created_at >= ? AND created_at < ? GROUP BY status')
      .all(YEAR_2022.from, YEAR_2022.to) as Array<{ status: string; n: number }>;
    for (const { status, n } of rows) expect(report.current.byStatus.find((s) => s.status === status)!.count).toBe(n);
    expect(report.current.byStatus.reduce((n, s) => n + s.count, 0)).toBe(expected(plan, YEAR_2022).created);
    expect(report.current.published).toBe(expected(plan, YEAR_2022).published);
  });

  it('flags the categories below their quarter target, with what is missing and what is in the pipeline', async () => {
    await h.call('stats.setTargets', {
      year: 2023,
      quarter: 3,
      targets: [
        { category: 'Đấu thầu - Mua sắm công', target: 500 },
        { category: 'Tin tức - Sự kiện', target: 1 },
      ],
    });
    const report = await h.call('stats.report', { period: { kind: 'quarter', year: 2023, quarter: 3 } });
    const want = expected(plan, Q3_2023);
    const bidding = report.coverage.find((c) => c.category === 'Đấu thầu - Mua sắm công')!;
    expect(bidding.done).toBe(want.perCategory.get('Đấu thầu - Mua sắm công') ?? 0);
    expect(bidding.missing).toBe(500 - bidding.done);
    const inReview = plan.filter((a) => a.category === 'Đấu thầu - Mua sắm công' && a.status === 'in_review').length;
    expect(bidding.pipeline.in_review).toBe(inReview);
    expect(report.coverage.find((c) => c.category === 'Tin tức - Sự kiện')!.missing).toBe(0);
    expect(report.coverage[0]!.category).toBe('Đấu thầu - Mua sắm công'); // most missing first
    // Another quarter has its own targets.
    expect(await h.call('stats.targets', { year: 2023, quarter: 4 })).toEqual([]);
  });
});

describe('statistics through the real drafts service: edge cases', () => {
  let h: DraftsHarness;
  afterEach(async () => h?.close());

  /** Moves an article's recorded status changes to the given times (the service's clock is the wall clock). */
  function retime(id: string, times: Record<string, string>): void {
    const db = h.runtime.ctx.db;
    for (const [to, at] of Object.entries(times)) db.prepare('UPDATE status_events SET at = ? WHERE article_id = ? AND to_status = ?').run(at, id, to);
  }

  it('records every status change made through drafts.setStatus, and counts an approval across a quarter boundary in the quarter it was decided', async () => {
    h = new DraftsHarness();
    const { id } = await h.call('drafts.create', { kind: 'tin', category: 'Y tế', byline: 'Thu Hà' });
    await h.call('drafts.setStatus', { id, status: 'in_review' });
    await h.call('drafts.setStatus', { id, status: 'approved' });
    const events = h.runtime.ctx.db.prepare('SELECT from_status, to_status FROM status_events WHERE article_id = ? ORDER BY id').all(id);
    expect(events).toEqual([
      { from_status: null, to_status: 'draft' },
      { from_status: 'draft', to_status: 'in_review' },
      { from_status: 'in_review', to_status: 'approved' },
    ]);
    h.runtime.ctx.db.prepare('UPDATE articles SET created_at = ? WHERE id = ?').run('2023-09-20T03:00:00.000Z', id);
    // Sent at 23:30 on 30/09 and approved at 00:30 on 01/10, Vietnam time.
    retime(id, { in_review: '2023-09-30T16:30:00.000Z', approved: '2023-09-30T17:30:00.000Z' });
    const q3 = (await h.call('stats.report', { period: { kind: 'quarter', year: 2023, quarter: 3 } })).current;
    const q4 = (await h.call('stats.report', { period: { kind: 'quarter', year: 2023, quarter: 4 } })).current;
    expect(q3).toMatchObject({ created: 1, sentForReview: 1, approved: 0, firstDecisions: 0 });
    expect(q4).toMatchObject({ created: 0, sentForReview: 0, approved: 1, firstDecisions: 1, approvedFirstReview: 1, avgDecisionHours: 1 });
  });

  it('counts a renamed author once, under the new name, and keeps a category deleted from Settings', async () => {
    h = new DraftsHarness();
    const { id } = await h.call('drafts.create', { kind: 'bai', category: 'Thủy lợi', byline: 'Nguyễn Văn A' });
    await h.call('drafts.create', { kind: 'tin', category: 'Y tế', byline: 'Trần Thị B' });
    const { state } = await h.call('drafts.open', { id });
    const client = new ClientDoc(state);
    client.doc.getMap(META_MAP).set(metaKeys.byline, 'Nguyễn Văn Anh');
    for (const update of client.take()) await h.call('drafts.append', { id, update });
    await h.call('drafts.get', { id }); // reading refreshes the derived fields at once
    await h.call('settings.set', { patch: { categories: ['Y tế', 'Giáo dục'] } });
    const now = new Date();
    const report = await h.call('stats.report', { period: { kind: 'year', year: now.getUTCFullYear() } });
    const authors = report.current.byAuthor.map((a) => [a.name, a.created]);
    expect(authors).toEqual(expect.arrayContaining([['Nguyễn Văn Anh', 1], ['Trần Thị B', 1]]));
    expect(authors.map(([name]) => name)).not.toContain('Nguyễn Văn A');
    expect(report.current.byCategory.find((c) => c.name === 'Thủy lợi')).toMatchObject({ created: 1, deleted: true });
    expect(report.current.byCategory.find((c) => c.name === 'Giáo dục')).toMatchObject({ created: 0, deleted: false });
    // An article in the trash is not counted.
    await h.call('drafts.trash', { id });
    const after = await h.call('stats.report', { period: { kind: 'year', year: now.getUTCFullYear() } });
    expect(after.current.created).toBe(1);
  });

  it('lets only an admin set targets and rates when a hub account is signed in', async () => {
    h = new DraftsHarness();
    writeFileSync(join(h.dataDir, 'hub.json'), JSON.stringify({ url: 'ws://hub.test', login: 'b', user: { id: 2, name: 'Biên tập B', role: 'editor' } }));
    await expect(h.call('stats.setTargets', { year: 2023, quarter: 3, targets: [{ category: 'Y tế', target: 3 }] })).rejects.toMatchObject({
      code: 'STATS_FORBIDDEN',
    });
    await expect(h.call('stats.setRates', { unit: 1, rates: [] })).rejects.toMatchObject({ code: 'STATS_FORBIDDEN' });
    writeFileSync(join(h.dataDir, 'hub.json'), JSON.stringify({ url: 'ws://hub.test', login: 'a', user: { id: 1, name: 'Quản trị', role: 'admin' } }));
    expect(await h.call('stats.setTargets', { year: 2023, quarter: 3, targets: [{ category: 'Y tế', target: 3 }] })).toEqual([
      { category: 'Y tế', target: 3 },
    ]);
  });
});

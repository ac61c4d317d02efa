import type { Breakdown, CoverageRow, Figures, StatsReport } from '../../../common/api/stats.api';
import { periodBounds, periodLabel, type Period } from '../../../common/api/stats-period';
import { ArticleKind, ArticleStatus } from '../../../common/article/model';
import type { ArticleFacts } from './newsroom-facts';

const HOUR_MS = 3_600_000;

interface Tally {
  created: number;
  published: number;
  returned: number;
}

const within = (at: string | null, from: string, to: string) => at !== null && at >= from && at < to;
const anyWithin = (ats: readonly string[], from: string, to: string) => ats.some((at) => at >= from && at < to);

function tally(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = { created: 0, published: 0, returned: 0 }));
  return t;
}

const collator = new Intl.Collator('vi');

/**
 * The figures of one period over the newsroom's articles. `categories` is the
 * list in Settings: each appears even with nothing in it (a thin category is
 * the point), and a category no longer in it is kept and marked deleted.
 */
export function computeFigures(facts: readonly ArticleFacts[], period: Period, categories: readonly string[]): Figures {
  const { from, to } = periodBounds(period);
  const byCategory = new Map<string, Tally>(categories.map((c) => [c.normalize('NFC').trim(), { created: 0, published: 0, returned: 0 }]));
  const byKind = new Map<string, Tally>(ArticleKind.options.map((k) => [k, { created: 0, published: 0, returned: 0 }]));
  const byAuthor = new Map<string, Tally>();
  const byStatus = new Map<string, number>(ArticleStatus.options.map((s) => [s, 0]));
  let created = 0;
  let sentForReview = 0;
  let approved = 0;
  let returned = 0;
  let firstDecisions = 0;
  let approvedFirstReview = 0;
  let published = 0;
  let waitSum = 0;
  let waitCount = 0;
  const origins = { created: { local: 0, hub: 0 }, published: { local: 0, hub: 0 } };

  for (const a of facts) {
    const isCreated = within(a.createdAt, from, to);
    const isPublished = within(a.publishedAt, from, to);
    const isReturned = anyWithin(a.returns, from, to);
    if (isCreated || isPublished || isReturned) {
      for (const t of [tally(byCategory, a.category), tally(byKind, a.kind), tally(byAuthor, a.author)]) {
        if (isCreated) t.created++;
        if (isPublished) t.published++;
        if (isReturned) t.returned++;
      }
    }
    if (isCreated) {
      created++;
      byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
      origins.created[a.shared ? 'hub' : 'local']++;
    }
    if (isPublished) {
      published++;
      origins.published[a.shared ? 'hub' : 'local']++;
    }
    if (isReturned) returned++;
    if (anyWithin(a.sent, from, to)) sentForReview++;
    const first = a.decisions[0];
    if (first && within(first.at, from, to)) {
      firstDecisions++;
      if (first.kind === 'approved') approvedFirstReview++;
    }
    for (const d of a.decisions) {
      if (!within(d.at, from, to)) continue;
      if (d.kind === 'approved') approved++;
      if (d.sentAt !== null) {
        waitSum += Date.parse(d.at) - Date.parse(d.sentAt);
        waitCount++;
      }
    }
  }

  const known = new Set(categories.map((c) => c.normalize('NFC').trim()));
  const rows = (map: Map<string, Tally>, deleted: (name: string) => boolean): Breakdown[] =>
    [...map].map(([name, t]) => ({ name, ...t, deleted: deleted(name) }));
  return {
    period,
    label: periodLabel(period),
    from,
    to,
    created,
    sentForReview,
    approved,
    returned,
    firstDecisions,
    approvedFirstReview,
    published,
    avgDecisionHours: waitCount ? Math.round((waitSum / waitCount / HOUR_MS) * 10) / 10 : null,
    byCategory: rows(byCategory, (name) => name !== '' && !known.has(name)).sort(byOutput),
    byKind: rows(byKind, () => false),
    byAuthor: rows(byAuthor, () => false).sort(byOutput),
    byStatus: [...byStatus].map(([status, count]) => ({ status: status as ArticleStatus, count })),
    origins,
  };
}

/** Most published first, then most written, then by name. */
function byOutput(a: Breakdown, b: Breakdown): number {
  return b.published - a.published || b.created - a.created || collator.compare(a.name, b.name);
}

const PIPELINE = ['draft', 'in_review', 'returned', 'approved'] as const;

type PipelineCounts = CoverageRow['pipeline'];

/** Articles not yet sent to the portal, per category and status. */
export function pipelineByCategory(facts: readonly ArticleFacts[]): Map<string, PipelineCounts> {
  const pipeline = new Map<string, PipelineCounts>();
  for (const a of facts) {
    if (!(PIPELINE as readonly string[]).includes(a.status)) continue;
    let p = pipeline.get(a.category);
    if (!p) pipeline.set(a.category, (p = { draft: 0, in_review: 0, returned: 0, approved: 0 }));
    p[a.status as (typeof PIPELINE)[number]]++;
  }
  return pipeline;
}

/** Each category with a target for the quarter: how many went to the portal, how many are missing, what is on the way. */
export function computeCoverage(
  pipeline: ReadonlyMap<string, PipelineCounts>,
  figures: Figures,
  targets: ReadonlyArray<{ category: string; target: number }>,
  categories: readonly string[],
): CoverageRow[] {
  const known = new Set(categories.map((c) => c.normalize('NFC').trim()));
  const done = new Map(figures.byCategory.map((r) => [r.name, r.published]));
  return targets
    .map(({ category, target }) => {
      const count = done.get(category) ?? 0;
      return {
        category,
        target,
        done: count,
        missing: Math.max(0, target - count),
        pipeline: pipeline.get(category) ?? { draft: 0, in_review: 0, returned: 0, approved: 0 },
        deleted: !known.has(category),
      };
    })
    .sort((a, b) => b.missing - a.missing || collator.compare(a.category, b.category));
}

/** Articles returned in the period, most returned first. */
export function returnedArticles(facts: readonly ArticleFacts[], figures: Figures): StatsReport['returnedArticles'] {
  const list: StatsReport['returnedArticles'] = [];
  for (const a of facts) {
    const inPeriod = a.returns.filter((at) => at >= figures.from && at < figures.to);
    if (inPeriod.length === 0) continue;
    list.push({ id: a.id, title: a.title, author: a.author, category: a.category, at: inPeriod.at(-1)!, times: inPeriod.length });
  }
  return list.sort((a, b) => b.times - a.times || b.at.localeCompare(a.at));
}

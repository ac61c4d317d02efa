import { z } from 'zod';
import { ArticleId, ArticleKind, ArticleStatus } from '../article/model';
import { Base64, method } from './contract';
import { Day, Period } from './stats-period';

/**
 * Statistics ("Thống kê"), coverage targets (chỉ tiêu) and royalties (nhuận
 * bút). Counts come from the desktop's database (local drafts and the
 * articles shared with it by the newsroom hub); the portal's own count of
 * published posts is asked separately (`stats.portal`), because it needs the
 * network. docs/statistics.md says what each number counts.
 */

const Count = z.number().int().nonnegative();

/** One row of a breakdown: a category, a kind or an author. */
export const Breakdown = z.object({
  name: z.string(),
  /** Written (created) in the period. */
  created: Count,
  /** Sent to the portal for the first time in the period. */
  published: Count,
  /** Returned at least once in the period. */
  returned: Count,
  /** A category no longer in Settings' list (kept so that nothing disappears from the counts). */
  deleted: z.boolean(),
});
export type Breakdown = z.infer<typeof Breakdown>;

/** Where the period's articles come from: written on this desktop only, or shared through the hub. */
export const Origins = z.object({ local: Count, hub: Count });

export const Figures = z.object({
  period: Period,
  label: z.string(),
  /** The period as UTC instants, `[from, to)`. */
  from: z.string(),
  to: z.string(),
  created: Count,
  sentForReview: Count,
  /** Approval decisions in the period. */
  approved: Count,
  /** Articles returned at least once in the period. */
  returned: Count,
  /** Articles whose first decision fell in the period… */
  firstDecisions: Count,
  /** …and of those, approved at the first review. */
  approvedFirstReview: Count,
  /** First sent to the portal (submitted or published) in the period. */
  published: Count,
  /** Mean hours from "gửi duyệt" to the decision (approve or return), for decisions in the period. */
  avgDecisionHours: z.number().nullable(),
  byCategory: z.array(Breakdown),
  byKind: z.array(Breakdown),
  byAuthor: z.array(Breakdown),
  /** Current status of the articles created in the period. */
  byStatus: z.array(z.object({ status: ArticleStatus, count: Count })),
  origins: z.object({ created: Origins, published: Origins }),
});
export type Figures = z.infer<typeof Figures>;

export const CoverageRow = z.object({
  category: z.string(),
  target: Count,
  done: Count,
  missing: Count,
  /** Not yet sent to the portal, by status (draft, in_review, returned, approved). */
  pipeline: z.lazy(() => Pipeline),
  deleted: z.boolean(),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

export const ReturnedArticle = z.object({
  id: z.string(),
  title: z.string(),
  author: z.string(),
  category: z.string(),
  at: z.string(),
  times: Count,
});

export const StatsReport = z.object({
  current: Figures,
  previous: Figures,
  lastYear: Figures,
  /** Per category against its target; only for a quarter (targets are per quarter). */
  coverage: z.array(CoverageRow),
  returnedArticles: z.array(ReturnedArticle),
  /**
   * Hub connection when the report was made, and where the figures come from:
   * 'hub' is the whole newsroom as the hub counts it (every article for the
   * board, one's own for a cộng tác viên: `scope`), 'local' what this desktop
   * holds. `problem` is the error code when the hub was asked and could not answer.
   */
  hub: z.object({
    connected: z.boolean(),
    user: z.string().nullable(),
    source: z.enum(['local', 'hub']).default('local'),
    scope: z.enum(['all', 'own']).nullable().default(null),
    problem: z.string().nullable().default(null),
  }),
  /** How many status events were reconstructed for articles older than the statistics (approximate times). */
  backfilledEvents: Count,
  elapsedMs: z.number(),
});
export type StatsReport = z.infer<typeof StatsReport>;

export const Pipeline = z.object({ draft: Count, in_review: Count, returned: Count, approved: Count });

/** Asked of the hub (POST /api/stats): the period, and the desktop's list of categories (each shown even when empty). */
export const HubStatsRequest = z.object({ period: Period, categories: z.array(z.string().max(200)).max(500) }).strict();
export type HubStatsRequest = z.infer<typeof HubStatsRequest>;

/** The hub's figures for the whole newsroom, as far as the account's role may see it. */
export const HubStatsAnswer = z.object({
  current: Figures,
  previous: Figures,
  lastYear: Figures,
  returnedArticles: z.array(ReturnedArticle),
  /** Articles not yet sent to the portal, per category and status (for the coverage targets). */
  pipeline: z.array(Pipeline.extend({ category: z.string() })),
  /** 'all' for the board and editors, 'own' for a cộng tác viên. */
  scope: z.enum(['all', 'own']),
  /** How many articles the figures were counted over. */
  articles: Count,
});
export type HubStatsAnswer = z.infer<typeof HubStatsAnswer>;

export const PortalPostInfo = z.object({
  postId: z.number().int(),
  title: z.string(),
  link: z.string(),
  date: z.string(),
  categories: z.array(z.string()),
  author: z.string(),
});
export type PortalPostInfo = z.infer<typeof PortalPostInfo>;

export const PortalComparison = z.object({
  /** False when no portal is set up or the portal kind cannot list its posts. */
  available: z.boolean(),
  /** An error code when the portal could not be read (the UI translates it). */
  problem: z.string().nullable(),
  published: Count,
  byCategory: z.array(z.object({ name: z.string(), count: Count })),
  byAuthor: z.array(z.object({ name: z.string(), count: Count })),
  /** Published on the portal in the period, never sent from the app. */
  onlyOnPortal: z.array(PortalPostInfo),
  /** Sent from the app in the period, but not published on the portal in it (pending there, deleted, or later). */
  onlyInApp: z.array(z.object({ articleId: z.string(), title: z.string(), postId: z.number().int().nullable() })),
});
export type PortalComparison = z.infer<typeof PortalComparison>;

export const CoverageTarget = z.object({ category: z.string().trim().min(1).max(200), target: Count.max(100_000) });

const QuarterArgs = z.object({ year: z.number().int().min(2000).max(2200), quarter: z.number().int().min(1).max(4) });

export const RoyaltyRate = z.object({
  kind: ArticleKind,
  min: z.number().nonnegative().max(1000),
  max: z.number().nonnegative().max(1000),
});
export type RoyaltyRate = z.infer<typeof RoyaltyRate>;

export const RoyaltyRates = z.object({
  /** Value of one coefficient unit, in đồng. */
  unit: z.number().int().nonnegative().max(100_000_000),
  rates: z.array(RoyaltyRate),
});
export type RoyaltyRates = z.infer<typeof RoyaltyRates>;

/**
 * The rate table in force on a day, with every dated set: a set applies to the
 * articles first sent to the portal from its day (Vietnam's time) until the
 * next set's day. `validFrom` is null when no set covers the day (the built-in
 * defaults apply).
 */
export const DatedRoyaltyRates = RoyaltyRates.extend({
  validFrom: Day.nullable(),
  sets: z.array(z.object({ validFrom: Day, unit: z.number().int() })),
});
export type DatedRoyaltyRates = z.infer<typeof DatedRoyaltyRates>;

export const RoyaltyLine = z.object({
  articleId: z.string(),
  title: z.string(),
  kind: ArticleKind,
  category: z.string(),
  publishedAt: z.string(),
  coefficient: z.number().nullable(),
  /** The value of one unit in the rate set in force on the day the article went to the portal. */
  unit: z.number().int(),
  amount: z.number().int(),
});
export type RoyaltyLine = z.infer<typeof RoyaltyLine>;

export const RoyaltySheet = z.object({
  period: Period,
  label: z.string(),
  unit: z.number().int(),
  /** The storage key of the period ("2023-07", "2023-Q3"); null for a year or a range, which cannot be closed. */
  key: z.string().nullable(),
  closed: z.object({ by: z.string(), at: z.string() }).nullable(),
  authors: z.array(z.object({ author: z.string(), lines: z.array(RoyaltyLine), total: z.number().int() })),
  total: z.number().int(),
  /** Articles on the sheet that have no coefficient yet. */
  missing: Count,
  /**
   * Coefficient changes made after the sheet was closed, to articles on it: the
   * closed sheet itself stays as it was closed; each change says what it adds
   * (or takes back) at the unit the line was closed with.
   */
  adjustments: z.array(
    z.object({
      articleId: z.string(),
      title: z.string(),
      author: z.string(),
      oldCoef: z.number().nullable(),
      newCoef: z.number(),
      difference: z.number().int(),
      note: z.string(),
      by: z.string(),
      at: z.string(),
    }),
  ),
});
export type RoyaltySheet = z.infer<typeof RoyaltySheet>;

export const RoyaltyAuditEntry = z.object({
  articleId: z.string(),
  title: z.string(),
  oldCoef: z.number().nullable(),
  newCoef: z.number(),
  note: z.string(),
  closedPeriod: z.string().nullable(),
  by: z.string(),
  at: z.string(),
});
export type RoyaltyAuditEntry = z.infer<typeof RoyaltyAuditEntry>;

export const ExportedFile = z.object({ fileName: z.string(), mimeType: z.string(), data: Base64 });
export type ExportedFile = z.infer<typeof ExportedFile>;

const PeriodArgs = z.object({ period: Period }).strict();

/** Shares that reached each of the newsroom's channels, per quarter of a year (docs/channels.md). */
export const ChannelSharesByQuarter = z.array(
  z.object({ quarter: z.number().int().min(1).max(4), facebook: Count, zalo: Count }),
);
export type ChannelSharesByQuarter = z.infer<typeof ChannelSharesByQuarter>;

export const statsMethods = {
  'stats.channelShares': method(z.object({ year: z.number().int().min(2000).max(2200) }).strict(), ChannelSharesByQuarter),
  'stats.report': method(PeriodArgs, StatsReport),
  'stats.portal': method(PeriodArgs, PortalComparison),
  'stats.targets': method(QuarterArgs.strict(), z.array(CoverageTarget)),
  'stats.setTargets': method(QuarterArgs.extend({ targets: z.array(CoverageTarget).max(500) }).strict(), z.array(CoverageTarget)),
  /** The rates in force on `at` (a day; today by default). */
  'stats.rates': method(z.object({ at: Day.optional() }).strict(), DatedRoyaltyRates),
  /** A rate set valid from `validFrom` (today by default); refused on a day inside or before a closed period. */
  'stats.setRates': method(RoyaltyRates.extend({ validFrom: Day.optional() }).strict(), DatedRoyaltyRates),
  'stats.royaltySheet': method(PeriodArgs, RoyaltySheet),
  'stats.setCoefficient': method(
    z.object({ articleId: ArticleId, coefficient: z.number().nonnegative().max(1000), note: z.string().max(2000).default('') }).strict(),
    z.null(),
  ),
  'stats.closePeriod': method(PeriodArgs, RoyaltySheet),
  'stats.royaltyAudit': method(PeriodArgs, z.array(RoyaltyAuditEntry)),
  'stats.exportRoyalties': method(z.object({ period: Period, format: z.enum(['xlsx', 'csv']) }).strict(), ExportedFile),
};

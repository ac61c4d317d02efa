import type { Database } from 'better-sqlite3';
import { ServiceError } from '../../../common/api/errors';
import type { DatedRoyaltyRates, RoyaltyAuditEntry, RoyaltyRates, RoyaltySheet } from '../../../common/api/stats.api';
import { monthKey, periodBounds, periodLabel, periodOfKey, quarterKey, quarterOf, vnDayOf, type Period } from '../../../common/api/stats-period';
import { ArticleKind } from '../../../common/article/model';
import type { ArticleFacts } from './newsroom-facts';

/**
 * Default rate table, in the style of Nghị định 18/2014/NĐ-CP (khung hệ số
 * nhuận bút for electronic news) and one unit worth 10% of the base salary
 * (lương cơ sở 1.800.000 đ from 07/2023): 180.000 đ. An admin changes both.
 */
export const defaultRates: RoyaltyRates = {
  unit: 180_000,
  rates: [
    { kind: 'tin', min: 1, max: 10 },
    { kind: 'bai', min: 10, max: 30 },
    { kind: 'phong_su', min: 15, max: 50 },
    { kind: 'anh', min: 1, max: 10 },
    { kind: 'video', min: 5, max: 30 },
    { kind: 'do_hoa', min: 3, max: 15 },
  ],
};

const collator = new Intl.Collator('vi');

/** The key under which a period is closed: a month or a quarter; null for what cannot be closed. */
export function closingKey(period: Period): string | null {
  if (period.kind === 'month') return monthKey(period.year, period.month);
  if (period.kind === 'quarter') return quarterKey(period.year, period.quarter);
  return null;
}

/** The closed month or quarter an instant falls in, if any. */
function closedPeriodOf(db: Database, at: string): string | null {
  const vn = new Date(Date.parse(at) + 7 * 3_600_000);
  const { year, quarter } = quarterOf(at);
  const keys = [monthKey(vn.getUTCFullYear(), vn.getUTCMonth() + 1), quarterKey(year, quarter)];
  const row = db.prepare(`SELECT period FROM royalty_closings WHERE period IN (?, ?) ORDER BY period LIMIT 1`).get(...keys) as
    | { period: string }
    | undefined;
  return row?.period ?? null;
}

/** One dated rate set: the unit and the ranges stored for it (a kind not stored falls back to the defaults). */
interface RateSet {
  validFrom: string;
  unit: number;
  ranges: Map<string, { min: number; max: number }>;
}

/** What a closed sheet keeps of itself (`royalty_closings.sheet`). */
interface FrozenSheet {
  unit: number;
  authors: RoyaltySheet['authors'];
  total: number;
  missing: number;
  /** The last audit row when it was closed: later rows are adjustments. */
  lastAuditId: number;
}

const today = () => vnDayOf(Date.now());

type CoefficientTarget = Pick<ArticleFacts, 'id' | 'kind' | 'publishedAt'>;

export class Royalties {
  constructor(private readonly db: Database) {}

  /** Every dated set, oldest first. */
  private sets(): RateSet[] {
    const sets = this.db.prepare('SELECT valid_from AS validFrom, unit FROM royalty_rate_sets ORDER BY valid_from').all() as Array<{
      validFrom: string;
      unit: number;
    }>;
    const rows = this.db.prepare('SELECT valid_from, kind, min_coef, max_coef FROM royalty_rates').raw().all() as Array<[string, string, number, number]>;
    const byDay = new Map<string, RateSet>(sets.map((s) => [s.validFrom, { ...s, ranges: new Map() }]));
    for (const [day, kind, min, max] of rows) byDay.get(day)?.ranges.set(kind, { min, max });
    return [...byDay.values()];
  }

  /** The set in force on a day (the last one starting on or before it), or null before the first. */
  private static setOn(sets: readonly RateSet[], day: string): RateSet | null {
    let found: RateSet | null = null;
    for (const s of sets) if (s.validFrom <= day) found = s;
    return found;
  }

  private static table(set: RateSet | null): RoyaltyRates {
    return {
      unit: set?.unit ?? defaultRates.unit,
      rates: ArticleKind.options.map((kind) => {
        const stored = set?.ranges.get(kind);
        return stored ? { kind, ...stored } : defaultRates.rates.find((r) => r.kind === kind)!;
      }),
    };
  }

  /** The rates in force on a day (Vietnam's calendar; today by default), with the list of dated sets. */
  rates(day: string = today()): DatedRoyaltyRates {
    const sets = this.sets();
    const set = Royalties.setOn(sets, day);
    return { ...Royalties.table(set), validFrom: set?.validFrom ?? null, sets: sets.map((s) => ({ validFrom: s.validFrom, unit: s.unit })) };
  }

  /**
   * Stores a rate set valid from `validFrom`. A day inside or before a closed
   * month or quarter is refused: a new rate never reaches a closed period (and
   * a closed sheet is frozen anyway). Earlier open periods keep their own set.
   */
  setRates(next: RoyaltyRates, validFrom: string = today(), by = ''): DatedRoyaltyRates {
    for (const r of next.rates) {
      if (r.max < r.min) throw new ServiceError('ROYALTY_OUT_OF_RANGE', `${r.kind}: max ${r.max} < min ${r.min}`);
    }
    const starts = periodBounds({ kind: 'range', from: validFrom, to: validFrom }).from;
    const closings = this.db.prepare('SELECT period FROM royalty_closings').pluck().all() as string[];
    for (const key of closings) {
      const period = periodOfKey(key);
      if (period && periodBounds(period).to > starts) {
        throw new ServiceError('ROYALTY_PERIOD_CLOSED', `rates from ${validFrom} would reach the closed period ${key}`);
      }
    }
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO royalty_rate_sets (valid_from, unit, set_by, set_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (valid_from) DO UPDATE SET unit = excluded.unit, set_by = excluded.set_by, set_at = excluded.set_at`,
        )
        .run(validFrom, next.unit, by, new Date().toISOString());
      const put = this.db.prepare(
        `INSERT INTO royalty_rates (valid_from, kind, min_coef, max_coef) VALUES (?, ?, ?, ?)
         ON CONFLICT (valid_from, kind) DO UPDATE SET min_coef = excluded.min_coef, max_coef = excluded.max_coef`,
      );
      for (const r of next.rates) put.run(validFrom, r.kind, r.min, r.max);
    })();
    return this.rates(validFrom);
  }

  /** Throws unless the coefficient may be set as it is (range, and a note in a closed period); returns the closed period. */
  checkCoefficient(article: CoefficientTarget, coefficient: number, note = ''): string | null {
    const day = article.publishedAt ? vnDayOf(article.publishedAt) : today();
    const rate = this.rates(day).rates.find((r) => r.kind === article.kind);
    if (rate && (coefficient < rate.min || coefficient > rate.max)) {
      throw new ServiceError('ROYALTY_OUT_OF_RANGE', `coefficient ${coefficient} outside ${rate.min}–${rate.max} for ${article.kind}`);
    }
    const closed = article.publishedAt ? closedPeriodOf(this.db, article.publishedAt) : null;
    if (closed && !note) throw new ServiceError('ROYALTY_NOTE_REQUIRED', `the period ${closed} is closed`);
    return closed;
  }

  /**
   * Sets an article's coefficient. It must lie in its kind's range, in the
   * rates in force on the day it went to the portal (today if it has not yet);
   * in a closed period it needs a note. Every change is kept in `royalty_audit`.
   */
  setCoefficient(article: CoefficientTarget, coefficient: number, note: string, by: string): void {
    const trimmed = note.normalize('NFC').trim();
    const closed = this.checkCoefficient(article, coefficient, trimmed);
    const now = new Date().toISOString();
    this.db.transaction(() => {
      const old = this.db.prepare('SELECT coefficient FROM article_royalties WHERE article_id = ?').get(article.id) as
        | { coefficient: number }
        | undefined;
      this.db
        .prepare(
          `INSERT INTO article_royalties (article_id, coefficient, set_by, set_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (article_id) DO UPDATE SET coefficient = excluded.coefficient, set_by = excluded.set_by, set_at = excluded.set_at`,
        )
        .run(article.id, coefficient, by, now);
      this.db
        .prepare(
          `INSERT INTO royalty_audit (article_id, old_coef, new_coef, note, closed_period, by, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(article.id, old?.coefficient ?? null, coefficient, trimmed, closed, by, now);
    })();
  }

  /** Closes a month or a quarter: the sheet as it stands is frozen with the closing, in one transaction. */
  close(facts: readonly ArticleFacts[], period: Period, by: string): void {
    const key = closingKey(period);
    if (!key) throw new ServiceError('ROYALTY_NOT_CLOSABLE', `a ${period.kind} cannot be closed`);
    this.db.transaction(() => {
      this.db
        .prepare('INSERT OR IGNORE INTO royalty_closings (period, closed_by, closed_at, sheet) VALUES (?, ?, ?, ?)')
        .run(key, by, new Date().toISOString(), JSON.stringify(this.freeze(facts, period)));
    })();
  }

  private freeze(facts: readonly ArticleFacts[], period: Period): FrozenSheet {
    const { unit, authors, total, missing } = this.live(facts, period);
    const lastAuditId = (this.db.prepare('SELECT coalesce(max(id), 0) FROM royalty_audit').pluck().get() as number) ?? 0;
    return { unit, authors, total, missing, lastAuditId };
  }

  /**
   * The sheet of a period. A closed one is the copy frozen when it was closed
   * (a closing older than the frozen copies is frozen now, as it stands), with
   * the coefficient changes made since listed as adjustments.
   */
  sheet(facts: readonly ArticleFacts[], period: Period): RoyaltySheet {
    const key = closingKey(period);
    const row = key
      ? (this.db.prepare('SELECT closed_by AS by, closed_at AS at, sheet FROM royalty_closings WHERE period = ?').get(key) as
          | { by: string; at: string; sheet: string | null }
          | undefined)
      : undefined;
    if (!row) return { ...this.live(facts, period), closed: null, adjustments: [] };
    let frozen: FrozenSheet;
    if (row.sheet === null) {
      frozen = this.freeze(facts, period);
      this.db.prepare('UPDATE royalty_closings SET sheet = ? WHERE period = ? AND sheet IS NULL').run(JSON.stringify(frozen), key);
    } else {
      frozen = JSON.parse(row.sheet) as FrozenSheet;
    }
    return {
      period,
      label: periodLabel(period),
      key,
      unit: frozen.unit,
      authors: frozen.authors,
      total: frozen.total,
      missing: frozen.missing,
      closed: { by: row.by, at: row.at },
      adjustments: this.adjustments(frozen),
    };
  }

  /** Coefficient changes since a sheet was frozen, to its articles, with what each adds at the line's unit. */
  private adjustments(frozen: FrozenSheet): RoyaltySheet['adjustments'] {
    const lines = new Map(frozen.authors.flatMap((a) => a.lines.map((line) => [line.articleId, { line, author: a.author }] as const)));
    if (lines.size === 0) return [];
    const rows = this.db
      .prepare('SELECT article_id AS articleId, old_coef AS oldCoef, new_coef AS newCoef, note, by, at FROM royalty_audit WHERE id > ? ORDER BY id')
      .all(frozen.lastAuditId) as Array<{ articleId: string; oldCoef: number | null; newCoef: number; note: string; by: string; at: string }>;
    return rows
      .filter((r) => lines.has(r.articleId))
      .map((r) => {
        const { line, author } = lines.get(r.articleId)!;
        const difference = Math.round(r.newCoef * line.unit) - Math.round((r.oldCoef ?? 0) * line.unit);
        return { ...r, title: line.title, author, difference };
      });
  }

  /** Every article first sent to the portal in the period, by author, with coefficient and amount at its day's rates. */
  private live(facts: readonly ArticleFacts[], period: Period): Omit<RoyaltySheet, 'closed' | 'adjustments'> {
    const { from, to } = periodBounds(period);
    const sets = this.sets();
    const unitOn = (at: string) => Royalties.setOn(sets, vnDayOf(at))?.unit ?? defaultRates.unit;
    const coefficients = new Map(
      (this.db.prepare('SELECT article_id, coefficient FROM article_royalties').raw().all() as Array<[string, number]>).map(([id, c]) => [id, c]),
    );
    const byAuthor = new Map<string, RoyaltySheet['authors'][number]>();
    let total = 0;
    let missing = 0;
    for (const a of facts) {
      if (a.publishedAt === null || a.publishedAt < from || a.publishedAt >= to) continue;
      const coefficient = coefficients.get(a.id) ?? null;
      const unit = unitOn(a.publishedAt);
      const amount = coefficient === null ? 0 : Math.round(coefficient * unit);
      if (coefficient === null) missing++;
      let entry = byAuthor.get(a.author);
      if (!entry) byAuthor.set(a.author, (entry = { author: a.author, lines: [], total: 0 }));
      entry.lines.push({ articleId: a.id, title: a.title, kind: a.kind, category: a.category, publishedAt: a.publishedAt, coefficient, unit, amount });
      entry.total += amount;
      total += amount;
    }
    const authors = [...byAuthor.values()].sort((a, b) => collator.compare(a.author, b.author));
    for (const a of authors) a.lines.sort((x, y) => x.publishedAt.localeCompare(y.publishedAt));
    return { period, label: periodLabel(period), unit: unitOn(from), key: closingKey(period), authors, total, missing };
  }

  /** Coefficient changes of the given articles, newest first. */
  audit(articleIds: ReadonlySet<string>): RoyaltyAuditEntry[] {
    const rows = this.db
      .prepare(
        `SELECT r.article_id AS articleId, coalesce(a.title, '') AS title, r.old_coef AS oldCoef, r.new_coef AS newCoef, r.note,
                r.closed_period AS closedPeriod, r.by, r.at
         FROM royalty_audit r LEFT JOIN articles a ON a.id = r.article_id ORDER BY r.id DESC`,
      )
      .all() as RoyaltyAuditEntry[];
    return rows.filter((r) => articleIds.has(r.articleId));
  }
}

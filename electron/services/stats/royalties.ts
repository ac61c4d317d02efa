import type { Database } from 'better-sqlite3';
import { ServiceError } from '../../../common/api/errors';
import type { RoyaltyAuditEntry, RoyaltyRates, RoyaltySheet } from '../../../common/api/stats.api';
import { monthKey, periodBounds, periodLabel, quarterKey, quarterOf, type Period } from '../../../common/api/stats-period';
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

export class Royalties {
  constructor(private readonly db: Database) {}

  rates(): RoyaltyRates {
    const unit = this.db.prepare('SELECT value FROM royalty_unit WHERE id = 1').get() as { value: number } | undefined;
    const rows = this.db.prepare('SELECT kind, min_coef AS min, max_coef AS max FROM royalty_rates').all() as RoyaltyRates['rates'];
    const stored = new Map(rows.map((r) => [r.kind, r]));
    return {
      unit: unit?.value ?? defaultRates.unit,
      rates: ArticleKind.options.map((kind) => stored.get(kind) ?? defaultRates.rates.find((r) => r.kind === kind)!),
    };
  }

  setRates(next: RoyaltyRates): RoyaltyRates {
    for (const r of next.rates) {
      if (r.max < r.min) throw new ServiceError('ROYALTY_OUT_OF_RANGE', `${r.kind}: max ${r.max} < min ${r.min}`);
    }
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO royalty_unit (id, value) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET value = excluded.value').run(next.unit);
      const put = this.db.prepare(
        `INSERT INTO royalty_rates (kind, min_coef, max_coef) VALUES (?, ?, ?)
         ON CONFLICT (kind) DO UPDATE SET min_coef = excluded.min_coef, max_coef = excluded.max_coef`,
      );
      for (const r of next.rates) put.run(r.kind, r.min, r.max);
    })();
    return this.rates();
  }

  /**
   * Sets an article's coefficient. It must lie in its kind's range; in a closed
   * period it needs a note. Every change is kept in `royalty_audit`.
   */
  setCoefficient(article: { id: string; kind: string; publishedAt: string | null }, coefficient: number, note: string, by: string): void {
    const rate = this.rates().rates.find((r) => r.kind === article.kind);
    if (rate && (coefficient < rate.min || coefficient > rate.max)) {
      throw new ServiceError('ROYALTY_OUT_OF_RANGE', `coefficient ${coefficient} outside ${rate.min}–${rate.max} for ${article.kind}`);
    }
    const closed = article.publishedAt ? closedPeriodOf(this.db, article.publishedAt) : null;
    const trimmed = note.normalize('NFC').trim();
    if (closed && !trimmed) throw new ServiceError('ROYALTY_NOTE_REQUIRED', `the period ${closed} is closed`);
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

  closed(key: string | null): { by: string; at: string } | null {
    if (!key) return null;
    const row = this.db.prepare('SELECT closed_by AS by, closed_at AS at FROM royalty_closings WHERE period = ?').get(key) as
      | { by: string; at: string }
      | undefined;
    return row ?? null;
  }

  close(period: Period, by: string): void {
    const key = closingKey(period);
    if (!key) throw new ServiceError('ROYALTY_NOT_CLOSABLE', `a ${period.kind} cannot be closed`);
    this.db.prepare('INSERT OR IGNORE INTO royalty_closings (period, closed_by, closed_at) VALUES (?, ?, ?)').run(key, by, new Date().toISOString());
  }

  /** Every article first sent to the portal in the period, by author, with coefficient and amount. */
  sheet(facts: readonly ArticleFacts[], period: Period): RoyaltySheet {
    const { from, to } = periodBounds(period);
    const { unit } = this.rates();
    const coefficients = new Map(
      (this.db.prepare('SELECT article_id, coefficient FROM article_royalties').raw().all() as Array<[string, number]>).map(([id, c]) => [id, c]),
    );
    const byAuthor = new Map<string, RoyaltySheet['authors'][number]>();
    let total = 0;
    let missing = 0;
    for (const a of facts) {
      if (a.publishedAt === null || a.publishedAt < from || a.publishedAt >= to) continue;
      const coefficient = coefficients.get(a.id) ?? null;
      const amount = coefficient === null ? 0 : Math.round(coefficient * unit);
      if (coefficient === null) missing++;
      let entry = byAuthor.get(a.author);
      if (!entry) byAuthor.set(a.author, (entry = { author: a.author, lines: [], total: 0 }));
      entry.lines.push({ articleId: a.id, title: a.title, kind: a.kind, category: a.category, publishedAt: a.publishedAt, coefficient, amount });
      entry.total += amount;
      total += amount;
    }
    const authors = [...byAuthor.values()].sort((a, b) => collator.compare(a.author, b.author));
    for (const a of authors) a.lines.sort((x, y) => x.publishedAt.localeCompare(y.publishedAt));
    const key = closingKey(period);
    return { period, label: periodLabel(period), unit, key, closed: this.closed(key), authors, total, missing };
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

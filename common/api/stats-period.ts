import { z } from 'zod';

/**
 * Statistics periods: a month, a quarter, a year or a range of days, in
 * Vietnam's time (UTC+7, no daylight saving), written the Vietnamese way
 * ("Quý III/2023", "Tháng 7/2023", "Năm 2023", "01/07/2023 – 15/08/2023").
 * Times in the database are UTC ISO strings (`toISOString()`), so a period
 * becomes a half-open UTC range `[from, to)` compared as strings.
 */

const Year = z.number().int().min(2000).max(2200);
/** A calendar day, "2023-10-01" (in Vietnam's time where it stands for a period's bound). */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date');

export const Period = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), year: Year, month: z.number().int().min(1).max(12) }).strict(),
  z.object({ kind: z.literal('quarter'), year: Year, quarter: z.number().int().min(1).max(4) }).strict(),
  z.object({ kind: z.literal('year'), year: Year }).strict(),
  /** Both days included. */
  z.object({ kind: z.literal('range'), from: Day, to: Day }).strict(),
]);
export type Period = z.infer<typeof Period>;

/** Vietnam's offset from UTC, in milliseconds. */
const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

/** Midnight in Vietnam of a calendar day, as a UTC instant (month may overflow, as in Date.UTC). */
function vnMidnight(year: number, month0: number, day: number): number {
  return Date.UTC(year, month0, day) - VN_OFFSET_MS;
}

function parseDay(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m - 1, d];
}

/** The period as a half-open UTC range of instants (milliseconds). */
export function periodRange(p: Period): { from: number; to: number } {
  switch (p.kind) {
    case 'month':
      return { from: vnMidnight(p.year, p.month - 1, 1), to: vnMidnight(p.year, p.month, 1) };
    case 'quarter':
      return { from: vnMidnight(p.year, (p.quarter - 1) * 3, 1), to: vnMidnight(p.year, p.quarter * 3, 1) };
    case 'year':
      return { from: vnMidnight(p.year, 0, 1), to: vnMidnight(p.year + 1, 0, 1) };
    case 'range': {
      const [fy, fm, fd] = parseDay(p.from);
      const [ty, tm, td] = parseDay(p.to);
      const from = vnMidnight(fy, fm, fd);
      const to = vnMidnight(ty, tm, td + 1);
      return to > from ? { from, to } : { from: to - DAY_MS, to: from + DAY_MS };
    }
  }
}

/** The range as ISO strings, to compare with stored times. */
export function periodBounds(p: Period): { from: string; to: string } {
  const r = periodRange(p);
  return { from: new Date(r.from).toISOString(), to: new Date(r.to).toISOString() };
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "Quý III/2023" ↔ 3. */
export function romanQuarter(q: number): string {
  return ROMAN[q - 1] ?? String(q);
}

/** The Vietnamese calendar day of an instant: "30/09/2023". */
export function formatDayVi(at: string | number): string {
  const t = typeof at === 'number' ? at : Date.parse(at);
  const d = new Date(t + VN_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

export function periodLabel(p: Period): string {
  switch (p.kind) {
    case 'month':
      return `Tháng ${p.month}/${p.year}`;
    case 'quarter':
      return `Quý ${romanQuarter(p.quarter)}/${p.year}`;
    case 'year':
      return `Năm ${p.year}`;
    case 'range': {
      const r = periodRange(p);
      return `${formatDayVi(r.from)} – ${formatDayVi(r.to - DAY_MS)}`;
    }
  }
}

/** Reads "Quý III/2023", "quý 3/2023", "Q3/2023", "Tháng 7/2023", "Năm 2023"; null if not a period. */
export function parsePeriodLabel(text: string): Period | null {
  const t = text.normalize('NFC').trim();
  const quarter = /^(?:quý|q)\s*(iv|iii|ii|i|[1-4])\s*[/-]\s*(\d{4})$/iu.exec(t);
  if (quarter) {
    const q = quarter[1]!.toUpperCase();
    const n = ROMAN.indexOf(q as (typeof ROMAN)[number]) + 1 || Number(q);
    return { kind: 'quarter', quarter: n, year: Number(quarter[2]) };
  }
  const month = /^tháng\s*(\d{1,2})\s*[/-]\s*(\d{4})$/iu.exec(t);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    return { kind: 'month', month: Number(month[1]), year: Number(month[2]) };
  }
  const year = /^năm\s*(\d{4})$/iu.exec(t);
  if (year) return { kind: 'year', year: Number(year[1]) };
  return null;
}

function shiftMonths(year: number, month0: number, by: number): { year: number; month0: number } {
  const total = year * 12 + month0 + by;
  return { year: Math.floor(total / 12), month0: ((total % 12) + 12) % 12 };
}

function dayOf(t: number): string {
  return new Date(t + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The period just before: the previous month, quarter or year, or a range as long ending the day before. */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'month': {
      const s = shiftMonths(p.year, p.month - 1, -1);
      return { kind: 'month', year: s.year, month: s.month0 + 1 };
    }
    case 'quarter':
      return p.quarter === 1 ? { kind: 'quarter', year: p.year - 1, quarter: 4 } : { kind: 'quarter', year: p.year, quarter: p.quarter - 1 };
    case 'year':
      return { kind: 'year', year: p.year - 1 };
    case 'range': {
      const r = periodRange(p);
      const length = r.to - r.from;
      return { kind: 'range', from: dayOf(r.from - length), to: dayOf(r.from - DAY_MS) };
    }
  }
}

/** The same period one year earlier. */
export function sameLastYear(p: Period): Period {
  if (p.kind !== 'range') return { ...p, year: p.year - 1 };
  const back = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { kind: 'range', from: back(p.from), to: back(p.to) };
}

/** The quarter an instant falls in, in Vietnam's time. */
export function quarterOf(at: string | number): { year: number; quarter: number } {
  const t = typeof at === 'number' ? at : Date.parse(at);
  const d = new Date(t + VN_OFFSET_MS);
  return { year: d.getUTCFullYear(), quarter: Math.floor(d.getUTCMonth() / 3) + 1 };
}

/** The quarter that holds the instant `now`. */
export function currentQuarter(now: number = Date.now()): Period {
  return { kind: 'quarter', ...quarterOf(now) };
}

/** The calendar day in Vietnam an instant falls on: "2023-09-30T17:01:00.000Z" → "2023-10-01". */
export function vnDayOf(at: string | number): string {
  const t = typeof at === 'number' ? at : Date.parse(at);
  return new Date(t + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The period a closing key stands for: "2023-07" → July 2023, "2023-Q3" → the third quarter; null if not a key. */
export function periodOfKey(key: string): Period | null {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) };
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
  return null;
}

/** Key of a quarter in storage: "2023-Q3". */
export function quarterKey(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

/** Key of a month in storage: "2023-07". */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** An amount in đồng the Vietnamese way: 1250000 → "1.250.000 đ". */
export function formatDong(amount: number): string {
  const rounded = Math.round(amount);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}${digits} đ`;
}

/** A count with thousands separated by dots: 10000 → "10.000". */
export function formatCount(n: number): string {
  return formatDong(n).slice(0, -2);
}

/**
 * `npm run bench:stats`: a quarter's statistics over a newsroom of 10,000
 * articles written across three years (about 45,000 status events), through
 * the real service on a real SQLite file. Budget: < 200 ms per quarter
 * (report = the quarter, the previous one and the same quarter last year,
 * coverage and returned articles). Prints JSON.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DraftsHarness } from '../electron/services/drafts/testing/harness';
import { planNewsroom, writeNewsroom } from '../tests/stats/generate-newsroom';

const harness = new DraftsHarness();
const plan = planNewsroom({ articles: 10_000, seed: 18 });
const t0 = performance.now();
writeNewsroom(harness.runtime.ctx.db, plan);
const generateMs = performance.now() - t0;
const events = plan.reduce((n, a) => n + a.events.length, 0);

const quarters: Array<{ year: number; quarter: number }> = [];
for (const year of [2022, 2023]) for (const quarter of [1, 2, 3, 4]) quarters.push({ year, quarter });

const db = harness.runtime.ctx.db;
/** Any write makes the service read the database again (its cache is keyed on changes). */
const invalidate = () =>
  db.prepare("INSERT INTO royalty_rate_sets (valid_from, unit) VALUES ('2000-01-01', 180000) ON CONFLICT (valid_from) DO UPDATE SET unit = excluded.unit").run();
const timings: number[] = [];
const cpuTimings: number[] = [];
const warmTimings: number[] = [];
const sheetTimings: number[] = [];
// One warm-up (statement preparation, JIT), then three rounds over eight quarters.
await harness.call('stats.report', { period: { kind: 'quarter', year: 2023, quarter: 3 } });
for (let round = 0; round < 3; round++) {
  for (const q of quarters) {
    const period = { kind: 'quarter' as const, ...q };
    invalidate();
    const cpu = process.cpuUsage();
    let t = performance.now();
    await harness.call('stats.report', { period });
    timings.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimings.push((used.user + used.system) / 1000);
    t = performance.now();
    await harness.call('stats.report', { period });
    warmTimings.push(performance.now() - t);
    t = performance.now();
    await harness.call('stats.royaltySheet', { period });
    sheetTimings.push(performance.now() - t);
  }
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const pct = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const round = (x: number) => Math.round(x * 10) / 10;
console.log(
  JSON.stringify(
    {
      machine: { cpus: os.cpus().length, load1: round(os.loadavg()[0]!) },
      articles: plan.length,
      statusEvents: events,
      generateMs: round(generateMs),
      // Cold: the database changed since the last report, everything is read again.
      quarterReportMs: { median: round(pct(timings, 50)), p95: round(pct(timings, 95)), max: round(Math.max(...timings)), budget: 200 },
      quarterReportCpuMs: { median: round(pct(cpuTimings, 50)), max: round(Math.max(...cpuTimings)) },
      // Warm: nothing changed (another period picked): only the counting.
      quarterReportWarmMs: { median: round(pct(warmTimings, 50)), max: round(Math.max(...warmTimings)) },
      royaltySheetMs: { median: round(pct(sheetTimings, 50)), max: round(Math.max(...sheetTimings)) },
    },
    null,
    2,
  ),
);
await harness.close();

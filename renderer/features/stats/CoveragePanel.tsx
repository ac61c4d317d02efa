import { useEffect, useState } from 'react';
import type { CoverageRow, StatsReport } from '../../../common/api/stats.api';
import type { Period } from '../../../common/api/stats-period';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { StatsTable } from './StatsTable';
import { categoryName } from './names';

const t = vi.stats;

/** The categories below their target: how many are missing and what is on the way. */
export function CoverageFlags({ rows }: { rows: CoverageRow[] }) {
  const flagged = rows.filter((r) => r.missing > 0);
  return (
    <section className="stats-coverage" data-testid="coverage-flags">
      <h2>{t.coverage.flaggedTitle}</h2>
      {flagged.length === 0 ? (
        <p>{t.coverage.allMet}</p>
      ) : (
        <StatsTable head={[t.columns.category, t.columns.target, t.columns.done, t.columns.missing, t.columns.pipeline]}>
            {flagged.map((r) => (
              <tr key={r.category} className="stats-flagged" data-testid="coverage-flagged">
                <td>{r.deleted ? `${categoryName(r.category)} ${t.deletedCategory}` : r.category}</td>
                <td className="num">{r.target}</td>
                <td className="num">{r.done}</td>
                <td className="num stats-missing">{t.coverage.missing(r.missing)}</td>
                <td>{t.coverage.pipeline(r.pipeline)}</td>
              </tr>
            ))}
          </StatsTable>
      )}
    </section>
  );
}

/** An admin sets the quarter's target per category; the flagged list follows. */
export function CoveragePanel({ period, report, onSaved }: { period: Period; report: StatsReport; onSaved: () => void }) {
  const [categories, setCategories] = useState<string[]>([]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const quarter = period.kind === 'quarter' ? period : null;
  useEffect(() => {
    if (!quarter) return;
    let live = true;
    void Promise.all([call('settings.get', {}), call('stats.targets', { year: quarter.year, quarter: quarter.quarter })]).then(
      ([settings, targets]) => {
        if (!live) return;
        const names = [...settings.categories, ...targets.map((x) => x.category).filter((c) => !settings.categories.includes(c))];
        setCategories(names);
        setValues(Object.fromEntries(targets.map((x) => [x.category, String(x.target)])));
      },
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [quarter?.year, quarter?.quarter]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!quarter) return <p className="muted">{t.coverage.onlyQuarter}</p>;

  const save = async () => {
    setMessage(null);
    setError(null);
    try {
      const targets = categories.map((category) => ({ category, target: Math.max(0, Math.floor(Number(values[category] || 0))) }));
      await call('stats.setTargets', { year: quarter.year, quarter: quarter.quarter, targets: targets.filter((x) => Number.isFinite(x.target)) });
      setMessage(t.coverage.saved);
      onSaved();
    } catch (e) {
      setError(e);
    }
  };

  const done = new Map(report.current.byCategory.map((r) => [r.name, r.published]));
  return (
    <div className="stats-coverage-panel" data-testid="coverage-panel">
      <CoverageFlags rows={report.coverage} />
      <h2>
        {t.coverage.edit} {report.current.label}
      </h2>
      <form
        className="stats-targets"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <StatsTable head={[t.columns.category, t.columns.target, t.columns.done]}>
            {categories.map((category) => (
              <tr key={category}>
                <td>{category}</td>
                <td>
                  <input
                    type="number"
                    min={0}
                    step={1}
                    aria-label={`${t.columns.target}: ${category}`}
                    value={values[category] ?? ''}
                    onChange={(e) => setValues((v) => ({ ...v, [category]: e.target.value }))}
                  />{' '}
                  {t.coverage.perQuarter}
                </td>
                <td className="num">{done.get(category) ?? 0}</td>
              </tr>
            ))}
          </StatsTable>
        <button type="submit">{t.coverage.save}</button>
        {message && <span role="status"> {message}</span>}
        {error !== null && (
          <p className="error-text" role="alert">
            {errorMessage(error)}
          </p>
        )}
      </form>
    </div>
  );
}

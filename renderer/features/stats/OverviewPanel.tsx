import { useState } from 'react';
import type { Breakdown, Figures, PortalComparison, StatsReport } from '../../../common/api/stats.api';
import { formatDayVi, type Period } from '../../../common/api/stats-period';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { StatsTable } from './StatsTable';
import { CategoryChart, KindChart, StatusChart } from './charts';
import { ChannelSharesPanel } from './ChannelSharesPanel';
import { CoverageFlags } from './CoveragePanel';
import { authorName, categoryLabel, categoryName } from './names';

const t = vi.stats;

type Key = 'created' | 'sentForReview' | 'approved' | 'returned' | 'published';
const CARDS: Key[] = ['created', 'sentForReview', 'approved', 'returned', 'published'];

/** The period's numbers against the period before and the same period last year. */
export function FigureCards({ report }: { report: StatsReport }) {
  const { current, previous, lastYear } = report;
  return (
    <div className="stats-cards">
      {CARDS.map((key) => (
        <div className="stats-card" key={key} data-testid={`figure-${key}`}>
          <div className="stats-card-label">{t.figures[key]}</div>
          <div className="stats-card-value">{current[key]}</div>
          <div className="stats-card-compare">
            {t.compare.previous(previous.label)}: {previous[key]} ({t.compare.delta(current[key] - previous[key])})
          </div>
          <div className="stats-card-compare">
            {t.compare.lastYear(lastYear.label)}: {lastYear[key]} ({t.compare.delta(current[key] - lastYear[key])})
          </div>
        </div>
      ))}
      <div className="stats-card" data-testid="figure-first-review">
        <div className="stats-card-label">{t.figures.approvedFirstReview}</div>
        <div className="stats-card-value">{current.approvedFirstReview}</div>
        <div className="stats-card-compare">{t.figures.ofFirst(current.approvedFirstReview, current.firstDecisions)}</div>
      </div>
      <div className="stats-card" data-testid="figure-wait">
        <div className="stats-card-label">{t.figures.avgDecision}</div>
        <div className="stats-card-value">{current.avgDecisionHours === null ? t.figures.none : t.figures.hours(current.avgDecisionHours)}</div>
        <div className="stats-card-compare">
          {t.compare.previous(previous.label)}: {previous.avgDecisionHours === null ? t.figures.none : t.figures.hours(previous.avgDecisionHours)}
        </div>
      </div>
    </div>
  );
}

export function BreakdownTable({ rows, name, label, testId, limit }: { rows: Breakdown[]; name: string; label: (r: Breakdown) => string; testId: string; limit?: number }) {
  return (
    <StatsTable testId={testId} head={[name, t.columns.created, t.columns.published, t.columns.returned]}>
        {rows.slice(0, limit).map((r) => (
          <tr key={r.name} className={r.deleted ? 'stats-deleted' : undefined}>
            <td>{label(r)}</td>
            <td className="num">{r.created}</td>
            <td className="num">{r.published}</td>
            <td className="num">{r.returned}</td>
          </tr>
        ))}
      </StatsTable>
  );
}

export function ReturnedTable({ report }: { report: StatsReport }) {
  if (report.returnedArticles.length === 0) return <p className="muted">{t.noReturned}</p>;
  return (
    <StatsTable testId="returned-table" head={[t.columns.title, t.columns.author, t.columns.category, t.columns.times, t.columns.lastReturned]}>
        {report.returnedArticles.map((a) => (
          <tr key={a.id}>
            <td>{a.title || vi.drafts.untitled}</td>
            <td>{authorName(a.author)}</td>
            <td>{categoryName(a.category)}</td>
            <td className="num">{a.times}</td>
            <td>{formatDayVi(a.at)}</td>
          </tr>
        ))}
      </StatsTable>
  );
}

function Sources({ report }: { report: StatsReport }) {
  const o = report.current.origins.created;
  return (
    <div className="stats-sources" data-testid="stats-sources">
      <h2>{t.sources.title}</h2>
      {report.hub.source === 'hub' ? (
        <p data-testid="stats-source-hub">
          <strong>{t.sources.app}:</strong> {t.sources.fromHub(report.hub.scope)}
        </p>
      ) : (
        <>
          <p>
            <strong>{t.sources.app}:</strong> {t.sources.local(o.local, o.hub)}
          </p>
          {report.hub.problem !== null ? (
            <p className="stats-warning" role="note" data-testid="stats-hub-fallback">
              {t.sources.hubFallback(errorMessage({ code: report.hub.problem }))}
            </p>
          ) : (
            <p className="muted">{report.hub.connected ? t.sources.hubConnected : t.sources.hubOffline}</p>
          )}
        </>
      )}
      {report.backfilledEvents > 0 && <p className="muted">{t.sources.backfilled(report.backfilledEvents)}</p>}
    </div>
  );
}

function PortalCheck({ period, current }: { period: Period; current: Figures }) {
  const [state, setState] = useState<{ busy: boolean; value: PortalComparison | null; error: unknown }>({ busy: false, value: null, error: null });
  const check = async () => {
    setState({ busy: true, value: null, error: null });
    try {
      setState({ busy: false, value: await call('stats.portal', { period }), error: null });
    } catch (error) {
      setState({ busy: false, value: null, error });
    }
  };
  const value = state.value;
  return (
    <section className="stats-portal" data-testid="stats-portal">
      <h2>{t.portal.title}</h2>
      <button type="button" onClick={() => void check()} disabled={state.busy}>
        {t.portal.check}
      </button>
      {state.busy && <p className="muted">{t.portal.checking}</p>}
      {state.error !== null && <p className="error-text">{errorMessage(state.error)}</p>}
      {value && value.problem && <p className="error-text">{errorMessage({ code: value.problem })}</p>}
      {value && !value.available && !value.problem && <p className="muted">{t.portal.unavailable}</p>}
      {value && value.available && (
        <>
          <p>
            <strong>{t.sources.portal}:</strong> {t.portal.published(value.published)} <strong>{t.sources.app}:</strong> {current.published}.
          </p>
          {value.onlyOnPortal.length === 0 && value.onlyInApp.length === 0 && <p>{t.portal.noDifferences}</p>}
          {value.onlyOnPortal.length > 0 && (
            <>
              <h3>{t.portal.onlyOnPortal}</h3>
              <StatsTable testId="only-on-portal" head={[t.columns.title, t.columns.category, t.columns.author, t.columns.date]}>
                  {value.onlyOnPortal.map((p) => (
                    <tr key={p.postId}>
                      <td>
                        <a href={p.link} target="_blank" rel="noreferrer">
                          {p.title}
                        </a>
                      </td>
                      <td>{p.categories.join(', ')}</td>
                      <td>{authorName(p.author)}</td>
                      <td>{formatDayVi(p.date)}</td>
                    </tr>
                  ))}
                </StatsTable>
            </>
          )}
          {value.onlyInApp.length > 0 && (
            <>
              <h3>{t.portal.onlyInApp}</h3>
              <ul data-testid="only-in-app">
                {value.onlyInApp.map((a) => (
                  <li key={a.articleId}>{a.title || vi.drafts.untitled}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

export function OverviewPanel({ period, report }: { period: Period; report: StatsReport }) {
  const { current } = report;
  return (
    <div className="stats-overview" data-testid="stats-overview">
      <h2 className="stats-period-title">{current.label}</h2>
      <FigureCards report={report} />
      {report.coverage.length > 0 && <CoverageFlags rows={report.coverage} />}
      <div className="stats-grid">
        <section>
          <h2>{t.byCategory}</h2>
          <CategoryChart current={current} previous={report.previous} lastYear={report.lastYear} />
          <BreakdownTable rows={current.byCategory} name={t.columns.category} label={categoryLabel} testId="by-category" />
        </section>
        <section>
          <h2>{t.byKind}</h2>
          <KindChart figures={current} />
          <BreakdownTable rows={current.byKind} name={t.columns.kind} label={(r) => t.kinds[r.name as keyof typeof t.kinds] ?? r.name} testId="by-kind" />
          <h2>{t.byStatus}</h2>
          <StatusChart figures={current} />
        </section>
      </div>
      <h2>{t.byAuthor}</h2>
      <BreakdownTable rows={current.byAuthor} name={t.columns.author} label={(r) => authorName(r.name)} testId="by-author" limit={15} />
      <h2>{t.returnedTitle}</h2>
      <ReturnedTable report={report} />
      <ChannelSharesPanel period={period} />
      <Sources report={report} />
      <PortalCheck period={period} current={current} />
    </div>
  );
}

import { useState } from 'react';
import type { StatsReport } from '../../../common/api/stats.api';
import { currentQuarter, type Period } from '../../../common/api/stats-period';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import { PeriodPicker } from './PeriodPicker';
import { OverviewPanel } from './OverviewPanel';
import { CoveragePanel } from './CoveragePanel';
import { RoyaltyPanel } from './RoyaltyPanel';
import { QuarterReport } from './QuarterReport';
import './stats.css';

const t = vi.stats;
type Tab = keyof typeof t.tabs;

/** "Thống kê": the period's figures, coverage targets, royalties and the quarterly report. */
export function StatsScreen() {
  const [period, setPeriod] = useState<Period>(currentQuarter);
  const [tab, setTab] = useState<Tab>('overview');
  const [state, reload] = useAsync(() => call('stats.report', { period }), [JSON.stringify(period)]);

  return (
    <section className="screen stats" data-testid="stats-screen">
      <header className="stats-header">
        <h1>{t.title}</h1>
        <PeriodPicker value={period} onChange={setPeriod} />
      </header>
      <nav className="stats-tabs" role="tablist">
        {(Object.keys(t.tabs) as Tab[]).map((key) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} className={tab === key ? 'active' : ''} onClick={() => setTab(key)}>
            {t.tabs[key]}
          </button>
        ))}
      </nav>
      {state.status === 'loading' && <p className="muted">{t.loading}</p>}
      {state.status === 'error' && (
        <div className="banner banner-error" role="alert">
          {errorMessage(state.error)}
          <button type="button" onClick={reload}>
            {vi.shell.retry}
          </button>
        </div>
      )}
      {state.status === 'ready' && <Body tab={tab} period={period} report={state.value} reload={reload} />}
    </section>
  );
}

function Body({ tab, period, report, reload }: { tab: Tab; period: Period; report: StatsReport; reload: () => void }) {
  switch (tab) {
    case 'overview':
      return <OverviewPanel period={period} report={report} />;
    case 'coverage':
      return <CoveragePanel period={period} report={report} onSaved={reload} />;
    case 'royalties':
      return <RoyaltyPanel period={period} />;
    case 'report':
      return <QuarterReport report={report} />;
  }
}

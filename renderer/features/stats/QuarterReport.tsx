import { useRef, useState } from 'react';
import type { StatsReport } from '../../../common/api/stats.api';
import { vi, errorMessage } from '../../i18n/vi';
import { formatTime } from '../../ui/format-time';
import { downloadBlob } from '../editor/export/article-parts';
import { CategoryChart, KindChart, StatusChart } from './charts';
import { CoverageFlags } from './CoveragePanel';
import { BreakdownTable, FigureCards, ReturnedTable } from './OverviewPanel';
import { authorName } from './names';
import { chartImages, reportDocx } from './report-docx';

const t = vi.stats;

/** "Báo cáo công tác quý": a printable page and its .docx, ready for the board meeting. */
export function QuarterReport({ report }: { report: StatsReport }) {
  const page = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<unknown>(null);
  const madeAt = formatTime(new Date().toISOString(), { date: true });
  const { current } = report;

  const exportDocx = async () => {
    setError(null);
    try {
      const blob = await reportDocx(report, page.current ? chartImages(page.current) : [], madeAt);
      const base = current.label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
      downloadBlob(blob, `bao-cao-cong-tac-${base}.docx`);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="stats-report" data-testid="quarter-report">
      <div className="stats-actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t.report.print}
        </button>
        <button type="button" onClick={() => void exportDocx()}>
          {t.report.exportDocx}
        </button>
        {error !== null && <span className="error-text">{errorMessage(error)}</span>}
      </div>
      <div className="stats-report-page" ref={page}>
        <p className="stats-report-subtitle">{t.report.subtitle}</p>
        <h1 className="stats-report-title">{t.report.heading(current.label)}</h1>
        <p className="muted stats-report-subtitle">{t.report.madeAt(madeAt)}</p>
        <h2>{t.report.figures}</h2>
        <FigureCards report={report} />
        <h2>{t.report.charts}</h2>
        <div data-chart-title={t.byCategory}>
          <h3>{t.byCategory}</h3>
          <CategoryChart current={current} previous={report.previous} lastYear={report.lastYear} />
        </div>
        <div data-chart-title={t.byKind}>
          <h3>{t.byKind}</h3>
          <KindChart figures={current} />
        </div>
        <div data-chart-title={t.byStatus}>
          <h3>{t.byStatus}</h3>
          <StatusChart figures={current} />
        </div>
        <h2>{t.report.thin}</h2>
        {report.coverage.length === 0 ? <p>{t.coverage.none}</p> : <CoverageFlags rows={report.coverage} />}
        <h2>{t.report.contributors}</h2>
        <BreakdownTable rows={current.byAuthor} name={t.columns.author} label={(r) => authorName(r.name)} testId="report-authors" limit={10} />
        <h2>{t.report.returned}</h2>
        <ReturnedTable report={report} />
      </div>
    </div>
  );
}

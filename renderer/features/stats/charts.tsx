import { ArcElement, BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { Bar, Doughnut } from 'react-chartjs-2';
import type { Figures } from '../../../common/api/stats.api';
import { vi } from '../../i18n/vi';
import { categoryName } from './names';

ChartJS.register(CategoryScale, LinearScale, BarElement, ArcElement, Tooltip, Legend);

const t = vi.stats;
const COLORS = ['#1f6feb', '#9aa4b2', '#d29922', '#2da44e', '#cf222e', '#8250df', '#bf3989', '#0a7f86'];

// No animation: the quarterly report copies the canvases into the .docx as they are.
const barOptions: ChartOptions<'bar'> = {
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  indexAxis: 'y',
  scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
  plugins: { legend: { position: 'bottom' } },
};

/** Articles sent to the portal per category: this period, the one before, the same one last year. */
export function CategoryChart({ current, previous, lastYear }: { current: Figures; previous: Figures; lastYear: Figures }) {
  const names = current.byCategory.map((r) => r.name);
  const of = (f: Figures) => names.map((n) => f.byCategory.find((r) => r.name === n)?.published ?? 0);
  return (
    <div className="stats-chart stats-chart-tall" data-testid="chart-category">
      <Bar
        options={barOptions}
        data={{
          labels: names.map(categoryName),
          datasets: [
            { label: current.label, data: of(current), backgroundColor: COLORS[0] },
            { label: previous.label, data: of(previous), backgroundColor: COLORS[1] },
            { label: lastYear.label, data: of(lastYear), backgroundColor: COLORS[2] },
          ],
        }}
      />
    </div>
  );
}

/** Articles written in the period, by kind. */
export function KindChart({ figures }: { figures: Figures }) {
  const rows = figures.byKind.filter((r) => r.created > 0);
  return (
    <div className="stats-chart" data-testid="chart-kind">
      <Doughnut
        options={{ animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'right' } } }}
        data={{
          labels: rows.map((r) => t.kinds[r.name as keyof typeof t.kinds] ?? r.name),
          datasets: [{ data: rows.map((r) => r.created), backgroundColor: COLORS }],
        }}
      />
    </div>
  );
}

/** Where the period's articles stand now. */
export function StatusChart({ figures }: { figures: Figures }) {
  return (
    <div className="stats-chart" data-testid="chart-status">
      <Bar
        options={{ ...barOptions, plugins: { legend: { display: false } } }}
        data={{
          labels: figures.byStatus.map((s) => vi.drafts.statuses[s.status]),
          datasets: [{ label: t.columns.count, data: figures.byStatus.map((s) => s.count), backgroundColor: COLORS[3] }],
        }}
      />
    </div>
  );
}

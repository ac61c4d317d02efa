import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { fromBase64 } from '../../../common/api/base64';
import type { StatsReport } from '../../../common/api/stats.api';
import { formatDayVi } from '../../../common/api/stats-period';
import { vi } from '../../i18n/vi';
import { authorName, categoryName } from './names';

const t = vi.stats;
const FONT = 'Times New Roman';

/** A chart as the report shows it, copied from its canvas. */
export interface ChartImage {
  title: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** The canvases of the report's charts, in page order, as PNG. */
export function chartImages(root: HTMLElement): ChartImage[] {
  return [...root.querySelectorAll<HTMLElement>('[data-chart-title]')].flatMap((box) => {
    const canvas = box.querySelector('canvas');
    if (!canvas || canvas.width === 0) return [];
    const png = fromBase64(canvas.toDataURL('image/png').split(',')[1] ?? '');
    return [{ title: box.dataset.chartTitle ?? '', png, width: canvas.width, height: canvas.height }];
  });
}

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text, bold: true })] });
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/** "Báo cáo công tác quý" as a Word document: figures, charts (as pictures), thin categories, contributors, returned articles. */
export async function reportDocx(report: StatsReport, charts: readonly ChartImage[], madeAt: string): Promise<Blob> {
  const { current, previous, lastYear } = report;
  const figures: Array<[string, number]> = [
    [t.figures.created, 0],
    [t.figures.sentForReview, 0],
    [t.figures.approved, 0],
    [t.figures.returned, 0],
    [t.figures.published, 0],
  ];
  const keys = ['created', 'sentForReview', 'approved', 'returned', 'published'] as const;
  const figureRows = keys.map((k, i) => [figures[i]![0], String(current[k]), String(previous[k]), String(lastYear[k])]);
  figureRows.push([t.figures.approvedFirstReview, `${current.approvedFirstReview}/${current.firstDecisions}`, `${previous.approvedFirstReview}/${previous.firstDecisions}`, `${lastYear.approvedFirstReview}/${lastYear.firstDecisions}`]);
  const hours = (h: number | null) => (h === null ? t.figures.none : t.figures.hours(h));
  figureRows.push([t.figures.avgDecision, hours(current.avgDecisionHours), hours(previous.avgDecisionHours), hours(lastYear.avgDecisionHours)]);

  const thin = report.coverage.filter((r) => r.missing > 0);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t.report.subtitle, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: t.report.heading(current.label), bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t.report.madeAt(madeAt), italics: true })] }),
    heading(t.report.figures),
    table([t.report.figure, t.report.current, t.columns.previous, t.columns.lastYear], figureRows),
    heading(t.report.charts),
  ];
  for (const chart of charts) {
    const scale = Math.min(1, 600 / chart.width);
    children.push(plain(chart.title));
    children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: chart.png, transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) } })] }));
  }
  children.push(heading(t.report.thin));
  children.push(
    thin.length === 0
      ? plain(report.coverage.length === 0 ? t.coverage.none : t.coverage.allMet)
      : table(
          [t.columns.category, t.columns.target, t.columns.done, t.columns.missing, t.columns.pipeline],
          thin.map((r) => [r.category, String(r.target), String(r.done), String(r.missing), t.coverage.pipeline(r.pipeline)]),
        ),
  );
  children.push(heading(t.report.contributors));
  children.push(
    table(
      [t.columns.author, t.columns.created, t.columns.published, t.columns.returned],
      current.byAuthor.slice(0, 10).map((a) => [authorName(a.name), String(a.created), String(a.published), String(a.returned)]),
    ),
  );
  children.push(heading(t.report.returned));
  children.push(
    report.returnedArticles.length === 0
      ? plain(t.noReturned)
      : table(
          [t.columns.title, t.columns.author, t.columns.category, t.columns.times, t.columns.lastReturned],
          report.returnedArticles.map((a) => [a.title || vi.drafts.untitled, authorName(a.author), categoryName(a.category), String(a.times), formatDayVi(a.at)]),
        ),
  );
  const document = new Document({
    creator: vi.shell.appName,
    title: t.report.heading(current.label),
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [{ children }],
  });
  return Packer.toBlob(document);
}

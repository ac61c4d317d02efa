import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/node';
import type { ExportedFile, RoyaltySheet } from '../../../common/api/stats.api';
import { formatDayVi } from '../../../common/api/stats-period';
import { kindNames } from '../../../common/messages/kinds';

export const DETAIL_SHEET = 'Chi tiết';
export const SUMMARY_SHEET = 'Tổng hợp';
const HEADER = ['Tác giả', 'Tiêu đề', 'Thể loại', 'Chuyên mục', 'Ngày gửi lên cổng', 'Hệ số', 'Thành tiền (đ)'];
const MONEY = '#,##0';
const NO_AUTHOR = '(Chưa ghi tác giả)';

/** "nhuan-but-quy-III-2023": the period's label as a file name. */
function fileBase(sheet: RoyaltySheet): string {
  const ascii = sheet.label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  return `nhuan-but-${ascii.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()}`;
}

const bold = (value: string): Row[number] => ({ value, fontWeight: 'bold' });

/** Two sheets: every article with its amount (and a total per author), and the totals per author. */
export async function royaltiesXlsx(sheet: RoyaltySheet): Promise<ExportedFile> {
  const detail: SheetData = [
    [bold(`Bảng nhuận bút ${sheet.label}`)],
    [`Giá trị một đơn vị hệ số: ${sheet.unit}`],
    HEADER.map(bold),
  ];
  const summary: SheetData = [[bold(`Tổng hợp nhuận bút ${sheet.label}`)], ['Tác giả', 'Số bài', 'Thành tiền (đ)'].map(bold)];
  for (const author of sheet.authors) {
    const name = author.author || NO_AUTHOR;
    for (const line of author.lines) {
      detail.push([
        name,
        line.title,
        kindNames[line.kind],
        line.category,
        formatDayVi(line.publishedAt),
        line.coefficient === null ? null : { value: line.coefficient, type: Number },
        { value: line.amount, type: Number, format: MONEY },
      ]);
    }
    detail.push([bold(`Cộng: ${name}`), null, null, null, null, null, { value: author.total, type: Number, format: MONEY, fontWeight: 'bold' }]);
    summary.push([name, { value: author.lines.length, type: Number }, { value: author.total, type: Number, format: MONEY }]);
  }
  const total = { value: sheet.total, type: Number, format: MONEY, fontWeight: 'bold' } as const;
  detail.push([bold('Tổng cộng'), null, null, null, null, null, total]);
  summary.push([bold('Tổng cộng'), { value: sheet.authors.reduce((n, a) => n + a.lines.length, 0), type: Number }, total]);
  const bytes = await writeXlsxFile([
    { data: detail, sheet: DETAIL_SHEET, columns: [{ width: 24 }, { width: 50 }, { width: 14 }, { width: 26 }, { width: 16 }, { width: 8 }, { width: 16 }] },
    { data: summary, sheet: SUMMARY_SHEET, columns: [{ width: 28 }, { width: 10 }, { width: 18 }] },
  ]).toBuffer();
  return {
    fileName: `${fileBase(sheet)}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: Buffer.from(bytes).toString('base64'),
  };
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line per article, amounts as plain integers (đồng), UTF-8 with a BOM so Excel reads the accents. */
export function royaltiesCsv(sheet: RoyaltySheet): ExportedFile {
  const lines = [HEADER];
  for (const author of sheet.authors) {
    for (const line of author.lines) {
      lines.push([
        author.author || NO_AUTHOR,
        line.title,
        kindNames[line.kind],
        line.category,
        formatDayVi(line.publishedAt),
        line.coefficient === null ? '' : String(line.coefficient),
        String(line.amount),
      ]);
    }
  }
  lines.push(['Tổng cộng', '', '', '', '', '', String(sheet.total)]);
  const text = '\uFEFF' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return { fileName: `${fileBase(sheet)}.csv`, mimeType: 'text/csv;charset=utf-8', data: Buffer.from(text, 'utf8').toString('base64') };
}

import type { ArticleStatus } from '../../../../common/article/model';
import { vi } from '../../../i18n/vi';

/**
 * The page of the Word export and of the print preview, as Nghị định
 * 30/2020/NĐ-CP, Phụ lục I sets out administrative documents (docs/export.md):
 * A4, margins top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm,
 * Times New Roman 13–14 pt, page numbers centred in the top margin and not on
 * page 1. The top margin takes the upper end (25 mm) so the header (page
 * number and the stamp) fits above the text.
 */
export const PAGE_MM = { width: 210, height: 297, top: 25, bottom: 20, left: 30, right: 15, header: 10 } as const;
/** "Lề rộng để ghi chú tay": the right margin widened for a reader's pen. */
export const NOTES_MARGIN_MM = 60;
export const FONT = 'Times New Roman';
/** Body text in points (13–14 pt in the decree). */
export const BODY_PT = 14;
/** First-line indent of a paragraph: 1 cm (the decree allows 1–1.27 cm). */
export const FIRST_LINE_MM = 10;

/** Twentieths of a point, Word's unit for page geometry (1 mm = 56.69 twips). */
export function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** How the reader wants the paper: line numbers, a wide margin for notes. */
export interface PrintLayout {
  lineNumbers: boolean;
  notesMargin: boolean;
}
export const DEFAULT_PRINT_LAYOUT: PrintLayout = { lineNumbers: false, notesMargin: false };

export function pageMargins(layout: PrintLayout) {
  return { ...PAGE_MM, right: layout.notesMargin ? NOTES_MARGIN_MM : PAGE_MM.right };
}

/** What the header says about the article: where it stands, when it last changed, which version. */
export interface ArticleStamp {
  status: ArticleStatus;
  /** ISO time of the article's last saved change. */
  updatedAt: string;
  /** Its number in "Lịch sử phiên bản" (null: none yet). */
  version: number | null;
}

/** "BẢN THẢO – Chờ duyệt – 01/12/2026 – Phiên bản 3". */
export function stampText(stamp: ArticleStamp): string {
  const t = vi.docExport;
  return t.stamp(t.stage[stamp.status], vi.drafts.statuses[stamp.status], formatDate(stamp.updatedAt), stamp.version);
}

/** dd/mm/yyyy in the computer's time zone ('' for a bad value). */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/**
 * The version a printout shows: the number of versions in the article's
 * history, one more when it changed after the latest (that change becomes
 * the next version when it is kept).
 */
export function versionNumber(updatedAt: string, versions: readonly { createdAt: string }[]): number | null {
  const latest = versions[0];
  if (!latest) return Date.parse(updatedAt) > 0 ? 1 : null;
  return versions.length + (Date.parse(updatedAt) > Date.parse(latest.createdAt) ? 1 : 0);
}

import {
  AlignmentType,
  Header,
  LineNumberRestartFormat,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import { BODY_PT, FIRST_LINE_MM, FONT, pageMargins, PAGE_MM, stampText, twips, type ArticleStamp, type PrintLayout } from './page-layout';

/** Half-points, Word's unit for font sizes. */
const pt = (points: number) => points * 2;
const BLACK = '000000';
/** 1.2 lines (the decree: from single to 1.5 lines). */
const LINE = 288;
/** 6 pt between paragraphs (the decree's minimum). */
const PARAGRAPH_GAP = 120;

/** Paragraph styles of the body, by id; export-docx.ts refers to them. */
export const STYLE = {
  body: 'ArticleBody',
  sapo: 'ArticleSapo',
  caption: 'ArticleCaption',
  byline: 'ArticleByline',
  note: 'ArticleNote',
  stamp: 'ArticleStamp',
  pageNumber: 'ArticlePageNumber',
  tableHeader: 'ArticleTableHeader',
} as const;

/**
 * Times New Roman 14 pt in black throughout; headings bold and larger than
 * the body (Word's own heading styles are light blue and thin); body
 * paragraphs justified with a first-line indent and 6 pt between them.
 */
export function documentStyles(): IStylesOptions {
  const heading = (size: number, italics = false) => ({
    run: { font: FONT, size: pt(size), bold: true, italics, color: BLACK },
    paragraph: { spacing: { before: 240, after: PARAGRAPH_GAP, line: LINE }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: { run: { font: FONT, size: pt(BODY_PT), color: BLACK }, paragraph: { spacing: { after: 0, line: LINE } } },
      title: {
        run: { font: FONT, size: pt(16), bold: true, color: BLACK },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240, line: LINE }, keepNext: true },
      },
      heading2: heading(15),
      heading3: heading(14),
      heading4: heading(14, true),
      hyperlink: { run: { color: '0B3D91', underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: 'Nội dung bài',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: twips(FIRST_LINE_MM) },
          spacing: { after: PARAGRAPH_GAP, line: LINE },
        },
      },
      {
        id: STYLE.sapo,
        name: 'Sapo',
        basedOn: STYLE.body,
        run: { bold: true },
        paragraph: { indent: { firstLine: 0 }, spacing: { after: 240, line: LINE } },
      },
      {
        id: STYLE.caption,
        name: 'Chú thích ảnh',
        basedOn: 'Normal',
        run: { italics: true, size: pt(13) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: PARAGRAPH_GAP, line: LINE } },
      },
      {
        id: STYLE.byline,
        name: 'Tác giả',
        basedOn: 'Normal',
        run: { bold: true },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 240, after: PARAGRAPH_GAP, line: LINE } },
      },
      {
        id: STYLE.note,
        name: 'Nguồn và từ khóa',
        basedOn: 'Normal',
        run: { italics: true, size: pt(13) },
        paragraph: { spacing: { after: 60, line: LINE } },
      },
      {
        id: STYLE.stamp,
        name: 'Dấu trạng thái',
        basedOn: 'Normal',
        run: { italics: true, size: pt(10) },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0, line: 240 } },
      },
      {
        // Bold by its style, not by its runs: Word shows it bold, and a round trip through import reads no <strong> into <th>.
        id: STYLE.tableHeader,
        name: 'Tiêu đề bảng',
        basedOn: 'Normal',
        run: { bold: true },
      },
      {
        id: STYLE.pageNumber,
        name: 'Số trang',
        basedOn: 'Normal',
        run: { size: pt(13) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0, line: 240 } },
      },
    ],
  };
}

/**
 * A4 with the decree's margins (the right one widened for notes when asked),
 * line numbers when asked, and the header: on page 1 the stamp alone, on
 * later pages the page number (a PAGE field) centred above it.
 */
export function sectionLayout(layout: PrintLayout, stamp: ArticleStamp | null): Omit<ISectionOptions, 'children'> {
  const m = pageMargins(layout);
  // LibreOffice counts header lines too (Word does not): the header never carries line numbers.
  const stampLine = () =>
    stamp ? [new Paragraph({ style: STYLE.stamp, suppressLineNumbers: true, children: [new TextRun(stampText(stamp))] })] : [];
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: twips(PAGE_MM.width), height: twips(PAGE_MM.height) },
        margin: {
          top: twips(m.top),
          bottom: twips(m.bottom),
          left: twips(m.left),
          right: twips(m.right),
          header: twips(m.header),
          footer: twips(m.header),
        },
      },
      lineNumbers: layout.lineNumbers
        ? { countBy: 1, restart: LineNumberRestartFormat.CONTINUOUS, distance: twips(5) }
        : undefined,
    },
    headers: {
      first: new Header({ children: stamp ? stampLine() : [new Paragraph({ suppressLineNumbers: true })] }),
      default: new Header({
        children: [new Paragraph({ style: STYLE.pageNumber, suppressLineNumbers: true, children: [new TextRun({ children: [PageNumber.CURRENT] })] }), ...stampLine()],
      }),
    },
  };
}

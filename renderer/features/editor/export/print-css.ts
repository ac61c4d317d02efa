import { BODY_PT, FIRST_LINE_MM, FONT, pageMargins, type PrintLayout } from './page-layout';

/** A CSS string literal (the stamp is the article's own text). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ')}"`;
}

/**
 * The print preview's page: the same A4, margins, type and header as the
 * Word export (page-layout.ts). On screen the article is drawn as a sheet of
 * that size; on paper Chromium's @page margin boxes carry the stamp and the
 * page number (none on page 1, as the decree asks).
 */
export function printPageCss(layout: PrintLayout, stamp: string | null): string {
  const m = pageMargins(layout);
  const font = `'${FONT}', 'Liberation Serif', 'Noto Serif', serif`;
  return `
html { background: #d9dde3; }
body { margin: 0; padding: 16px 0; }
.portal-article { box-sizing: border-box; width: 210mm; max-width: none; min-height: 297mm; margin: 0 auto; background: #fff;
  padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; font-family: ${font}; font-size: ${BODY_PT}pt; line-height: 1.2; color: #000;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); position: relative; }
.portal-category { font-family: ${font}; color: #000; border-bottom-color: #000; }
.portal-title { font-family: ${font}; font-size: 16pt; font-weight: 700; color: #000; text-align: center; }
.portal-sapo { font-weight: 700; text-align: justify; }
.portal-body p { text-indent: ${FIRST_LINE_MM}mm; margin: 0 0 6pt; text-align: justify; }
.portal-body li p, .portal-body td p, .portal-body th p, .portal-body blockquote p { text-indent: 0; }
.portal-body h2, .portal-body h3, .portal-body h4 { color: #000; font-weight: 700; margin: 12pt 0 6pt; break-after: avoid; }
.portal-body h2 { font-size: 15pt; } .portal-body h3 { font-size: 14pt; } .portal-body h4 { font-size: 14pt; font-style: italic; }
.portal-body th { font-weight: 700; }
.portal-body figcaption, .portal-featured figcaption { color: #000; font-size: 13pt; }
.portal-source, .portal-tags { color: #000; font-size: 13pt; font-style: italic; }
.print-stamp { text-align: right; font-style: italic; font-size: 10pt; margin: -${m.top - 10}mm 0 ${m.top - 16}mm; }
.line-number { position: absolute; font: 10pt ${font}; color: #444; text-indent: 0; font-weight: 400; font-style: normal; user-select: none; }
@media print {
  html { background: none; }
  body { padding: 0; }
  .portal-article { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .print-stamp { display: none; }
  @page {
    size: A4;
    margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
    @top-center { content: counter(page); font: 13pt ${font}; }
    ${stamp ? `@top-right { content: ${cssString(stamp)}; font: italic 10pt ${font}; }` : ''}
  }
  @page :first { @top-center { content: none; } }
}
`;
}

/** Blocks whose lines are numbered: the text, not tables (Word leaves them out too). */
const NUMBERED = '.portal-title, .portal-sapo, .portal-body p, .portal-body h2, .portal-body h3, .portal-body h4, figcaption, .portal-byline, .portal-source, .portal-tags';

/**
 * Numbers every line of the text in the left margin, as the Word export's
 * line numbering does: each block's line boxes are measured, then a number is
 * placed beside each one, positioned within the block so it follows it onto
 * the next page. Returns how many lines were numbered.
 */
export function numberLines(doc: Document): number {
  const article = doc.querySelector<HTMLElement>('.portal-article');
  if (!article) return 0;
  doc.querySelectorAll('.line-number').forEach((n) => n.remove());
  // The text's left edge: the sheet's left margin is to its left.
  const textLeft = article.getBoundingClientRect().left + parseFloat(doc.defaultView?.getComputedStyle(article).paddingLeft ?? '0');
  const plan: { block: HTMLElement; lines: { top: number; height: number }[]; left: number }[] = [];
  for (const block of article.querySelectorAll<HTMLElement>(NUMBERED)) {
    if (block.closest('table')) continue;
    const range = doc.createRange();
    range.selectNodeContents(block);
    const box = block.getBoundingClientRect();
    const lines: { top: number; height: number }[] = [];
    for (const rect of range.getClientRects()) {
      if (rect.width === 0 || rect.height === 0) continue;
      const top = rect.top - box.top;
      if (!lines.some((l) => Math.abs(l.top - top) < rect.height / 2)) lines.push({ top, height: rect.height });
    }
    lines.sort((a, b) => a.top - b.top);
    plan.push({ block, lines, left: box.left - textLeft });
  }
  let n = 0;
  for (const { block, lines, left } of plan) {
    if (doc.defaultView?.getComputedStyle(block).position === 'static') block.style.position = 'relative';
    for (const { top, height } of lines) {
      const mark = doc.createElement('span');
      mark.className = 'line-number';
      mark.textContent = String(++n);
      mark.setAttribute('aria-hidden', 'true');
      // In the page's left margin, 5 mm from the text, whatever the block's own indent.
      mark.style.top = `${top}px`;
      mark.style.lineHeight = `${height}px`;
      mark.style.right = `calc(100% + ${left}px + 5mm)`;
      block.append(mark);
    }
  }
  return n;
}

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { vi } from '../../i18n/vi';
import { articleParts } from './export/article-parts';
import { articleHtmlDocument, imageIdsOf, PRINT_MEDIA } from './export/export-html';
import { escapeText } from '../../../common/article/to-html';
import { stampText, type ArticleStamp } from './export/page-layout';
import { numberLines, printPageCss } from './export/print-css';
import { loadStamp, usePrintLayout } from './export/print-settings';
import type { ArticleImages } from './image-store';
import { withMarginComments } from '../review/print-comments';
import { ModalDialog } from '../../ui/ModalDialog';

const t = vi.docExport;

/**
 * The article on A4 as it will print (the layout of the Word export: margins,
 * type, header with the stamp and page numbers), in a frame over the editor;
 * "In" prints just that frame. Line numbers and a wide notes margin are the
 * reader's choice, remembered in Settings. The HTML is our own (to-html
 * escapes all text), and the frame is sandboxed without scripts all the same.
 */
export function PrintPreview(props: { doc: Y.Doc; images: ArticleImages; onClose: () => void }) {
  const [html, setHtml] = useState<string | null>(null);
  const [stamp, setStamp] = useState<ArticleStamp | null>(null);
  const [frame, setFrame] = useState<HTMLIFrameElement | null>(null);
  const [marginComments, setMarginComments] = useState(false);
  const [layout, setLayout] = usePrintLayout();
  const stampLine = stamp ? stampText(stamp) : null;
  const page = html && printable(marginComments ? withMarginComments(html, props.doc) : html, printPageCss(layout, stampLine), stampLine);

  useEffect(() => {
    let live = true;
    void loadStamp(props.images.articleId).then((s) => live && setStamp(s));
    void (async () => {
      const featured = articleParts(props.doc).meta.featuredImage?.imageId ?? null;
      const urls = new Map<string, string>();
      await Promise.all(
        imageIdsOf(props.doc, featured).map((id) =>
          props.images.url(id).then(
            (url) => urls.set(id, url),
            () => undefined,
          ),
        ),
      );
      const doc = await articleHtmlDocument(props.doc, (id) => urls.get(id) ?? '', PRINT_MEDIA);
      if (live) setHtml(doc.replace(/<img src="" [^>]*>/g, `<span class="image-missing">${vi.editor.images.missing}</span>`));
    })();
    return () => {
      live = false;
    };
  }, [props.doc, props.images]);

  const numbered = (target: HTMLIFrameElement) => {
    const inner = target.contentDocument;
    if (inner && layout.lineNumbers) numberLines(inner);
  };

  return (
    <ModalDialog title={vi.editor.export.print} onClose={props.onClose} testId="print-preview" className="modal-wide print-preview">
      <div className="print-preview-bar modal-buttons">
        <button type="button" className="primary" disabled={!frame || !html} onClick={() => frame?.contentWindow?.print()}>
          {vi.editor.export.printNow}
        </button>
        <button type="button" onClick={props.onClose}>
          {vi.editor.export.closePreview}
        </button>
        <label>
          <input type="checkbox" checked={marginComments} data-testid="print-margin-comments" onChange={(e) => setMarginComments(e.target.checked)} />{' '}
          {vi.review.comments.printInMargin}
        </label>
        <label title={t.optionsHint}>
          <input
            type="checkbox"
            checked={layout.lineNumbers}
            data-testid="print-line-numbers"
            onChange={(e) => setLayout({ ...layout, lineNumbers: e.target.checked })}
          />{' '}
          {t.lineNumbers}
        </label>
        <label title={t.optionsHint}>
          <input
            type="checkbox"
            checked={layout.notesMargin}
            data-testid="print-notes-margin"
            onChange={(e) => setLayout({ ...layout, notesMargin: e.target.checked })}
          />{' '}
          {t.notesMargin}
        </label>
      </div>
      {page && (
        <iframe
          ref={setFrame}
          className="print-preview-frame"
          title={vi.editor.export.print}
          sandbox="allow-same-origin allow-modals"
          srcDoc={page}
          onLoad={(e) => numbered(e.currentTarget)}
          data-testid="print-frame"
        />
      )}
    </ModalDialog>
  );
}

/** The article's HTML with the page's CSS and, on screen, the stamp at the top of the sheet. */
function printable(html: string, css: string, stamp: string | null): string {
  return html
    .replace('</head>', `<style>${css}</style>\n</head>`)
    .replace('<article class="portal-article">', `<article class="portal-article">${stamp ? `<div class="print-stamp" data-testid="print-stamp">${escapeText(stamp)}</div>` : ''}`);
}

import { useState } from 'react';
import type * as Y from 'yjs';
import { errorMessage, vi } from '../../i18n/vi';
import { articleParts, downloadBlob, fileNameFor } from './export/article-parts';
import { exportHtml } from './export/export-html';
import { loadStamp, savedPrintLayout } from './export/print-settings';
import type { ArticleImages } from './image-store';
import { Icon } from '../../ui/icons';

const e = vi.editor.export;

/**
 * Print preview, HTML and Word export of the open article. The preview and
 * the error are the caller's (the buttons may move into the toolbar's "Thêm").
 */
export function ExportMenu(props: { doc: Y.Doc; images: ArticleImages; onPrint: () => void; onError: (message: string | null) => void }) {
  const [busy, setBusy] = useState(false);
  const setError = props.onError;

  const run = async (make: () => Promise<Blob>, extension: string) => {
    setBusy(true);
    setError(null);
    try {
      const blob = await make();
      downloadBlob(blob, fileNameFor(articleParts(props.doc).title, e.untitled, extension));
    } catch (error) {
      console.error('export failed', error);
      setError(e.failed(errorMessage(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="tb-button" aria-label={e.print} title={e.print} data-testid="export-print" onClick={props.onPrint}>
        <Icon name="print" />
      </button>
      <button
        type="button"
        className="tb-button"
        aria-label={e.html}
        title={e.html}
        data-testid="export-html"
        disabled={busy}
        onClick={() => void run(() => exportHtml(props.doc, props.images), 'html')}
      >
        <Icon name="html" />
      </button>
      <button
        type="button"
        className="tb-button"
        aria-label={e.docx}
        title={e.docx}
        data-testid="export-docx"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            // The Word writer is large and rarely used: loaded on first export, not at startup.
            const [{ articleToDocx }, { docxImageLoader }, stamp, layout] = await Promise.all([
              import('./export/export-docx'),
              import('./export/docx-images'),
              loadStamp(props.images.articleId),
              savedPrintLayout(),
            ]);
            return articleToDocx(props.doc, docxImageLoader(props.images), { stamp, layout });
          }, 'docx')
        }
      >
        <Icon name="docx" />
      </button>
    </>
  );
}

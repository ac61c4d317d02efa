import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { vi } from '../../i18n/vi';
import { articleParts } from './export/article-parts';
import { articleHtmlDocument, imageIdsOf } from './export/export-html';
import type { ArticleImages } from './image-store';
import { withMarginComments } from '../review/print-comments';
import { ModalDialog } from '../../ui/ModalDialog';

/**
 * The article as the portal will show it, in a frame over the editor; "In"
 * prints just that frame. The HTML is our own (to-html escapes all text), and
 * the frame is sandboxed without scripts all the same.
 */
export function PrintPreview(props: { doc: Y.Doc; images: ArticleImages; onClose: () => void }) {
  const [html, setHtml] = useState<string | null>(null);
  const [frame, setFrame] = useState<HTMLIFrameElement | null>(null);
  const [marginComments, setMarginComments] = useState(false);
  const shown = html && marginComments ? withMarginComments(html, props.doc) : html;

  useEffect(() => {
    let live = true;
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
      const doc = await articleHtmlDocument(props.doc, (id) => urls.get(id) ?? '');
      if (live) setHtml(doc.replace(/<img src="" [^>]*>/g, `<span class="image-missing">${vi.editor.images.missing}</span>`));
    })();
    return () => {
      live = false;
    };
  }, [props.doc, props.images]);

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
      </div>
      {shown && (
        <iframe
          ref={setFrame}
          className="print-preview-frame"
          title={vi.editor.export.print}
          sandbox="allow-same-origin allow-modals"
          srcDoc={shown}
          data-testid="print-frame"
        />
      )}
    </ModalDialog>
  );
}

import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { fromBase64 } from '../../../common/api/base64';
import { lastReviewed, reviewLog } from '../../../common/article/review-log';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { changesSince, type FieldChanges } from './changes-since-review';
import { formatWhen } from './SuggestionCard';
import { ModalDialog } from './ModalDialog';

const t = vi.review.changes;

/** "Thay đổi từ lần duyệt trước": a button when a decision kept a reviewed version, and the comparison. */
export function ChangesSinceReview(props: { articleId: string; doc: Y.Doc }) {
  const { doc } = props;
  const subscribe = useCallback(
    (notify: () => void) => {
      const log = reviewLog(doc);
      log.observe(notify);
      return () => log.unobserve(notify);
    },
    [doc],
  );
  const reviewed = useSyncExternalStore(subscribe, () => {
    const last = lastReviewed(doc);
    return last ? JSON.stringify(last) : null;
  });
  const [open, setOpen] = useState(false);
  if (!reviewed) return null;
  const decision = JSON.parse(reviewed) as { versionId: number; by: string; at: string; kind: string };
  return (
    <>
      <button type="button" className="link-button" data-testid="changes-since-review" onClick={() => setOpen(true)}>
        {t.button}
      </button>
      {open && (
        <ModalDialog title={t.title(decision.by, formatWhen(decision.at))} onClose={() => setOpen(false)} testId="changes-dialog">
          <Comparison articleId={props.articleId} versionId={decision.versionId} doc={doc} />
          <div className="modal-buttons">
            <button type="button" onClick={() => setOpen(false)}>
              {t.close}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}

function Comparison(props: { articleId: string; versionId: number; doc: Y.Doc }) {
  const [fields, setFields] = useState<FieldChanges[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    call('drafts.previewVersion', { id: props.articleId, versionId: props.versionId }).then(
      (preview) => {
        const reviewed = new Y.Doc();
        Y.applyUpdate(reviewed, fromBase64(preview.state));
        if (live) setFields(changesSince(reviewed, props.doc));
        reviewed.destroy();
      },
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [props.articleId, props.versionId, props.doc]);
  if (error !== null)
    return (
      <p role="alert" className="error-text">
        {t.failed(errorMessage(error))}
      </p>
    );
  if (!fields) return <p className="muted">{t.loading}</p>;
  const changed = fields.filter((f) => f.changed);
  return (
    <div className="review-changes" data-testid="review-changes">
      {changed.length === 0 && <p data-testid="no-changes">{t.none}</p>}
      {changed.map((field) => (
        <section key={field.field} data-testid={`changes-${field.field}`}>
          <h3>{t.fields[field.field]}</h3>
          <p className="review-changes-text">
            {field.parts.map((part, i) =>
              part.kind === 'inserted' ? (
                <ins key={i}>{part.text}</ins>
              ) : part.kind === 'deleted' ? (
                <del key={i}>{part.text}</del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
        </section>
      ))}
    </div>
  );
}

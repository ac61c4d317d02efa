import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { fromBase64 } from '../../../common/api/base64';
import { ServiceError } from '../../../common/api/errors';
import { lastReviewed, reviewLog } from '../../../common/article/review-log';
import { readReviewed, REVIEWED_MAP } from '../../../common/article/review-snapshot';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { changesSince, type FieldChanges } from './changes-since-review';
import { formatTime } from '../../ui/format-time';
import { ModalDialog } from './ModalDialog';

const t = vi.review.changes;

/** "Thay đổi từ lần duyệt trước": a button when a decision kept a reviewed version, and the comparison. */
export function ChangesSinceReview(props: { articleId: string; doc: Y.Doc }) {
  const { doc } = props;
  const subscribe = useCallback(
    (notify: () => void) => {
      const log = reviewLog(doc);
      const kept = doc.getMap(REVIEWED_MAP);
      log.observe(notify);
      kept.observe(notify);
      return () => {
        log.unobserve(notify);
        kept.unobserve(notify);
      };
    },
    [doc],
  );
  // The reviewed text kept in the document (any computer) or, for older decisions, the deciding computer's version.
  const reviewed = useSyncExternalStore(subscribe, () => {
    const last = lastReviewed(doc);
    const kept = readReviewed(doc);
    if (kept && (!last || kept.at >= last.at)) return JSON.stringify({ by: kept.by, at: kept.at, kept: true, versionId: null });
    return last ? JSON.stringify({ by: last.by, at: last.at, kept: false, versionId: last.versionId }) : null;
  });
  const [open, setOpen] = useState(false);
  if (!reviewed) return null;
  const decision = JSON.parse(reviewed) as { versionId: number | null; by: string; at: string; kept: boolean };
  return (
    <>
      <button type="button" className="link-button" data-testid="changes-since-review" onClick={() => setOpen(true)}>
        {t.button}
      </button>
      {open && (
        <ModalDialog title={t.title(decision.by, formatTime(decision.at))} onClose={() => setOpen(false)} testId="changes-dialog">
          <Comparison articleId={props.articleId} versionId={decision.kept ? null : decision.versionId} doc={doc} />
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

function Comparison(props: { articleId: string; versionId: number | null; doc: Y.Doc }) {
  const [fields, setFields] = useState<FieldChanges[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    const kept = readReviewed(props.doc);
    if (props.versionId === null) {
      if (kept) setFields(changesSince(kept, props.doc));
      else setError(new ServiceError('VERSION_NOT_FOUND', 'no reviewed text in this article'));
      return;
    }
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

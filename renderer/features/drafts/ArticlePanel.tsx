import { useState } from 'react';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import { useNavigate } from '../../ui/navigation';
import { formatTime } from '../../ui/format-time';
import { articleTextOf } from './article-text';
import { HistoryPanel } from './HistoryPanel';
import { ArticleTextView, type PreviewHighlight } from './ArticleTextView';
import { useDraftsChanges } from './use-drafts-changes';
import { LoadError } from '../../ui/LoadError';
import { ConfirmDialog } from '../../ui/ModalDialog';

const t = vi.drafts;

/** The selected article: its text (read-only), what can be done with it, and its history. */
export function ArticlePanel({
  id,
  onGone,
  onTrash,
  highlight,
}: {
  id: string;
  onGone: () => void;
  /** Moves it to the trash with "Hoàn tác" (the screen's). */
  onTrash: (id: string) => void;
  highlight?: PreviewHighlight;
}) {
  const navigate = useNavigate();
  const refresh = useDraftsChanges(id);
  const [state, reload] = useAsync(() => call('drafts.open', { id }), [id, refresh]);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (state.status === 'loading') return <p className="muted">{t.loading}</p>;
  if (state.status === 'error') {
    return <LoadError error={state.error} onRetry={reload} />;
  }
  const { summary } = state.value;
  const text = articleTextOf(state.value.state);
  const inTrash = summary.trashedAt !== null;

  const act = async (action: () => Promise<unknown>, after?: () => void) => {
    setBusy(true);
    setActionError(null);
    try {
      await action();
      after?.();
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="drafts-panel" data-testid="article-panel">
      <div className="drafts-actions">
        {!inTrash && (
          <>
            <button type="button" className="primary" data-testid="edit-article" onClick={() => navigate({ name: 'editor', articleId: id })}>
              {t.edit}
            </button>
            <button type="button" data-testid="duplicate-article" disabled={busy} onClick={() => act(() => call('drafts.duplicate', { id }))}>
              {t.duplicate}
            </button>
            <button type="button" data-testid="trash-article" disabled={busy} onClick={() => onTrash(id)}>
              {t.moveToTrash}
            </button>
          </>
        )}
        {inTrash && (
          <>
            <button type="button" className="primary" data-testid="restore-article" disabled={busy} onClick={() => act(() => call('drafts.restore', { id }), onGone)}>
              {t.restoreFromTrash}
            </button>
            <button type="button" className="danger" data-testid="delete-forever" disabled={busy} onClick={() => setConfirmDelete(true)}>
              {t.deleteForever}
            </button>
          </>
        )}
      </div>
      {confirmDelete && (
        <ConfirmDialog
          title={t.deleteForever}
          message={t.confirmDeleteForever(summary.title || t.untitled)}
          confirm={t.confirmDeleteYes}
          cancel={t.cancel}
          danger
          busy={busy}
          testId="confirm-delete"
          confirmTestId="confirm-delete-yes"
          onConfirm={() => act(() => call('drafts.deleteForever', { id }), onGone)}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
      {actionError !== null && (
        <p role="alert" className="error-text">
          {errorMessage(actionError)}
        </p>
      )}
      {inTrash && <p className="muted">{t.inTrashNote}</p>}
      <p className="muted">
        {t.statuses[summary.status]} · {t.words(summary.wordCount)} · {t.updatedAt(formatTime(summary.updatedAt))}
      </p>
      <ArticleTextView text={text} testId="article-preview" highlight={highlight} />
      <HistoryPanel id={id} readOnly={inTrash} refresh={refresh} />
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { OutboxEntry } from '../../../common/api/portal.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useNavigate } from '../../ui/navigation';
import { formatTime } from '../../ui/format-time';
import { ConfirmDialog } from '../../ui/ModalDialog';
import { removeEntry, upsertEntry } from './outbox-view';
import './outbox.css';
import { ShareList } from '../channels/ShareList';

const t = vi.portal.outbox;

/** "Hộp thư đi": every submission and where it stands, live. */
export function OutboxScreen() {
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<OutboxEntry | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const offChanged = onEvent('outbox.changed', (entry) => setEntries((list) => upsertEntry(list ?? [], entry)));
    const offRemoved = onEvent('outbox.removed', ({ id }) => setEntries((list) => list && removeEntry(list, id)));
    const off = () => {
      offChanged();
      offRemoved();
    };
    call('outbox.list', {}).then(
      (list) => live && setEntries((current) => (current ? list.reduce(upsertEntry, current) : list)),
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
      off();
    };
  }, []);

  const retry = async (id: number) => {
    setActionError(null);
    try {
      const entry = await call('outbox.retry', { id });
      setEntries((list) => upsertEntry(list ?? [], entry));
    } catch (error) {
      setActionError(error);
    }
  };

  const remove = async (entry: OutboxEntry) => {
    setActionError(null);
    setBusy(true);
    try {
      await call('outbox.remove', { id: entry.id });
      setEntries((list) => list && removeEntry(list, entry.id));
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  };

  return (
    <section className="screen outbox" data-testid="outbox-screen">
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {loadError !== null && (
        <div className="banner banner-error" role="alert">
          {errorMessage(loadError)}
        </div>
      )}
      {actionError !== null && (
        <div className="banner banner-error" role="alert">
          {errorMessage(actionError)}
        </div>
      )}
      {entries === null && loadError === null && <p>{vi.shell.connecting}</p>}
      {entries?.length === 0 && <p className="muted">{t.empty}</p>}
      {entries && entries.length > 0 && (
        <table className="outbox-table">
          <thead>
            <tr>
              <th>{t.article}</th>
              <th>{t.state}</th>
              <th>{t.time}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <OutboxRow key={entry.id} entry={entry} onRetry={retry} onRemove={setRemoving} />
            ))}
          </tbody>
        </table>
      )}
      {removing && removing.state !== 'sending' && (
        <ConfirmDialog
          title={t.removeTitle}
          message={t.confirmRemove(removing.title || t.untitled, removing.state)}
          confirm={t.confirmRemoveYes}
          cancel={t.cancel}
          danger
          busy={busy}
          testId="outbox-confirm-remove"
          confirmTestId="outbox-confirm-remove-yes"
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
      <h2>{vi.channels.outbox.heading}</h2>
      <ShareList emptyText={vi.channels.outbox.empty} />
    </section>
  );
}

function OutboxRow({ entry, onRetry, onRemove }: { entry: OutboxEntry; onRetry: (id: number) => void; onRemove: (entry: OutboxEntry) => void }) {
  const navigate = useNavigate();
  return (
    <tr data-testid="outbox-entry" data-state={entry.state} data-article-id={entry.articleId}>
      <td>
        <button className="link-button" onClick={() => navigate({ name: 'editor', articleId: entry.articleId })} title={t.openArticle}>
          {entry.title || t.untitled}
        </button>
      </td>
      <td>
        <span className={`outbox-state outbox-state-${entry.state}`} data-testid="outbox-state">
          {t.states[entry.state]}
        </span>
        {entry.state === 'sent' && entry.link && (
          <div>
            <a href={entry.link} target="_blank" rel="noreferrer" data-testid="outbox-link">
              {t.openPost}
            </a>
          </div>
        )}
        {entry.error && entry.state !== 'sent' && (
          <div className="outbox-error" role={entry.state === 'failed' ? 'alert' : undefined} data-testid="outbox-error">
            {entry.state === 'queued' && <span className="muted">{t.lastError} </span>}
            {vi.errors[entry.error.code]}
            {entry.error.subject && <strong data-testid="outbox-error-subject"> {t.errorSubject(entry.error.subject)}</strong>}
          </div>
        )}
        {entry.notes.map((note, index) => (
          <div key={index} className="muted" data-testid="outbox-note">
            {formatTime(note.at)}: {t.notes[note.kind](note.postId)}
          </div>
        ))}
        {entry.state === 'queued' && entry.nextAttemptAt && entry.attempts > 0 && (
          <div className="muted">{t.nextAttempt(formatTime(entry.nextAttemptAt))}</div>
        )}
      </td>
      <td className="muted">
        {formatTime(entry.sentAt ?? entry.updatedAt)}
        {entry.attempts > 1 && <div>{t.attempts(entry.attempts)}</div>}
      </td>
      <td className="outbox-actions">
        {entry.state === 'failed' && (
          <button onClick={() => onRetry(entry.id)} data-testid="outbox-retry">
            {t.retry}
          </button>
        )}
        {entry.state === 'queued' && entry.attempts > 0 && (
          <button onClick={() => onRetry(entry.id)} data-testid="outbox-retry">
            {t.retryNow}
          </button>
        )}
        <button
          onClick={() => onRemove(entry)}
          disabled={entry.state === 'sending'}
          title={entry.state === 'sending' ? t.removing : t.removeLabel(entry.title || t.untitled)}
          aria-label={t.removeLabel(entry.title || t.untitled)}
          data-testid="outbox-remove"
        >
          {t.remove}
        </button>
      </td>
    </tr>
  );
}

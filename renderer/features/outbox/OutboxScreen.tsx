import { useEffect, useState } from 'react';
import type { OutboxEntry } from '../../../common/api/portal.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useNavigate } from '../../ui/navigation';
import { formatTime, upsertEntry } from './outbox-view';
import './outbox.css';

const t = vi.portal.outbox;

/** "Hộp thư đi": every submission and where it stands, live. */
export function OutboxScreen() {
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const off = onEvent('outbox.changed', (entry) => setEntries((list) => upsertEntry(list ?? [], entry)));
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
              <OutboxRow key={entry.id} entry={entry} onRetry={retry} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function OutboxRow({ entry, onRetry }: { entry: OutboxEntry; onRetry: (id: number) => void }) {
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
          </div>
        )}
        {entry.state === 'queued' && entry.nextAttemptAt && entry.attempts > 0 && (
          <div className="muted">{t.nextAttempt(formatTime(entry.nextAttemptAt))}</div>
        )}
      </td>
      <td className="muted">
        {formatTime(entry.sentAt ?? entry.updatedAt)}
        {entry.attempts > 1 && <div>{t.attempts(entry.attempts)}</div>}
      </td>
      <td>
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
      </td>
    </tr>
  );
}

import { useCallback, useEffect, useState } from 'react';
import type { ArticlePortalStatus } from '../../../common/api/portal.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useNavigate } from '../../ui/navigation';
import './portal.css';

const t = vi.portal.submit;

/**
 * "Gửi lên cổng" for one article, with where it stands on the portal. For the
 * editor's toolbar or status area; the service refuses articles that are not
 * approved (PORTAL_NOT_APPROVED), and the message says so.
 */
export function PortalSubmit({ articleId }: { articleId: string }) {
  const navigate = useNavigate();
  const [status, setStatus] = useState<ArticlePortalStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const refresh = useCallback(() => {
    call('portal.articleStatus', { articleId }).then(setStatus, setError);
  }, [articleId]);

  useEffect(() => {
    refresh();
    return onEvent('outbox.changed', (entry) => {
      if (entry.articleId === articleId) refresh();
    });
  }, [articleId, refresh]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('portal.submit', { articleId });
      refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const latest = status?.latest ?? null;
  const link = latest?.state === 'sent' ? latest.link : (status?.post?.link ?? null);
  return (
    <div className="portal-submit" data-testid="portal-submit">
      <button type="button" className="primary" onClick={submit} disabled={busy} data-testid="portal-submit-button">
        {status?.post ? t.again : t.button}
      </button>
      <span className="portal-submit-status" data-testid="portal-submit-status" data-state={latest?.state ?? 'none'}>
        {t.status} {latest ? vi.portal.outbox.states[latest.state] : t.notYet}
        {latest?.error && latest.state !== 'sent' && <> — {vi.errors[latest.error.code]}</>}
      </span>
      {link && (
        <a href={link} target="_blank" rel="noreferrer" data-testid="portal-post-link">
          {t.viewPost}
        </a>
      )}
      {latest && latest.state !== 'sent' && (
        <button type="button" className="link-button" onClick={() => navigate({ name: 'outbox' })}>
          {t.openOutbox}
        </button>
      )}
      {error !== null && (
        <span role="alert" className="error-text">
          {errorMessage(error)}
        </span>
      )}
    </div>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { portalConfigured, type ArticlePortalStatus } from '../../../common/api/portal.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useNavigate } from '../../ui/navigation';
import { flushPendingSaves } from '../../ui/flush-on-close';
import { requestPortalSettingsFocus } from './PortalSettings';
import './portal.css';

const t = vi.portal.submit;

/**
 * "Gửi lên cổng" for one article, with where it stands on the portal. For the
 * editor's toolbar or status area; the service refuses articles that are not
 * approved (PORTAL_NOT_APPROVED), and the message says so.
 */
export function PortalSubmit({ articleId, beforeSubmit }: { articleId: string; beforeSubmit?: () => Promise<boolean> }) {
  const navigate = useNavigate();
  const [status, setStatus] = useState<ArticlePortalStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  /** No portal is set up: nothing was queued; the message links to the settings. */
  const [unconfigured, setUnconfigured] = useState(false);

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
    setError(null);
    setUnconfigured(false);
    try {
      // Said before the pre-send check and the saves: an entry that can only fail is never queued.
      if (!portalConfigured(await call('portal.getSettings', {}))) {
        setUnconfigured(true);
        return;
      }
    } catch (e) {
      setError(e);
      return;
    }
    if (beforeSubmit && !(await beforeSubmit())) return;
    setBusy(true);
    try {
      // A field that saves when it loses focus (Từ khóa) saves now, then
      // every pending save lands before the service takes its copy.
      const focused = document.activeElement;
      if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) focused.blur();
      if (!(await flushPendingSaves())) {
        setError(new Error(t.notSaved));
        return;
      }
      await call('portal.submit', { articleId });
      refresh();
    } catch (e) {
      // The settings changed meanwhile (another window): the service refused the same way.
      if ((e as { code?: unknown } | null)?.code === 'PORTAL_NOT_CONFIGURED') setUnconfigured(true);
      else setError(e);
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
      <span className="portal-submit-status" data-testid="portal-submit-status" data-state={latest?.state ?? 'none'} data-entry={latest?.id ?? ''}>
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
      {latest?.error?.subject && latest.state !== 'sent' && (
        <span className="error-text" data-testid="portal-submit-subject">
          {' '}
          «{latest.error.subject}»
        </span>
      )}
      {unconfigured && (
        <span role="alert" className="error-text" data-testid="portal-not-configured">
          {t.notConfigured}{' '}
          <button
            type="button"
            className="link-button"
            data-testid="portal-open-settings"
            onClick={() => {
              requestPortalSettingsFocus();
              navigate({ name: 'settings' });
            }}
          >
            {t.openPortalSettings}
          </button>
        </span>
      )}
      {error !== null && (
        <span role="alert" className="error-text">
          {error instanceof Error && error.message === t.notSaved ? t.notSaved : errorMessage(error)}
        </span>
      )}
    </div>
  );
}

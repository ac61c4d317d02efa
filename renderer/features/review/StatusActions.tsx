import { useEffect, useState } from 'react';
import type { ArticleStatus } from '../../../common/article/model';
import { nextStatusesForPeople } from '../../../common/article/workflow';
import type { ArticleSummary } from '../../../common/api/drafts.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { PortalSubmit } from '../portal/PortalSubmit';
import './review.css';

const t = vi.review;
const ON_PORTAL: ReadonlySet<ArticleStatus> = new Set(['approved', 'submitted', 'published']);

/**
 * Where the article stands and what can happen next: "Gửi duyệt", "Duyệt
 * bài", "Trả lại"…, and "Gửi lên cổng" once the board has approved it.
 */
export function StatusActions({ articleId, disabled }: { articleId: string; disabled?: boolean }) {
  // Only the status: the service announces every save with a fresh summary,
  // and re-rendering for those would commit while the user types.
  const [status, setStatus] = useState<ArticleStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const take = (summary: ArticleSummary) => setStatus(summary.status);
    call('drafts.get', { id: articleId }).then(take, setError);
    return onEvent('drafts.changed', (event) => {
      if (event.id === articleId && event.summary) take(event.summary);
    });
  }, [articleId]);

  if (!status) return null;

  const change = async (to: ArticleStatus) => {
    if (to === 'returned' && !window.confirm(t.confirmReturn)) return;
    setBusy(true);
    setError(null);
    try {
      setStatus((await call('drafts.setStatus', { id: articleId, status: to })).status);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="status-actions" role="group" aria-label={t.label} data-testid="status-actions">
      <span className={`status-badge status-${status}`} data-testid="article-status">
        {t.current} {vi.drafts.statuses[status]}
      </span>
      {nextStatusesForPeople(status).map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'approved' || to === 'in_review' ? 'primary' : undefined}
          disabled={busy || disabled}
          onClick={() => void change(to)}
        >
          {t.actions[to as keyof typeof t.actions]}
        </button>
      ))}
      {ON_PORTAL.has(status) && !disabled && <PortalSubmit articleId={articleId} />}
      {error !== null && (
        <span role="alert" className="error-text">
          {errorMessage(error)}
        </span>
      )}
    </div>
  );
}

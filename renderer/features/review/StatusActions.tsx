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
  const [summary, setSummary] = useState<ArticleSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    call('drafts.get', { id: articleId }).then(setSummary, setError);
    return onEvent('drafts.changed', (event) => {
      if (event.id === articleId && event.summary) setSummary(event.summary);
    });
  }, [articleId]);

  if (!summary) return null;
  const status = summary.status;

  const change = async (to: ArticleStatus) => {
    if (to === 'returned' && !window.confirm(t.confirmReturn)) return;
    setBusy(true);
    setError(null);
    try {
      setSummary(await call('drafts.setStatus', { id: articleId, status: to }));
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

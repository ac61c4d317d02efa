import { useEffect, useRef, useState } from 'react';
import type { ArticleStatus } from '../../../common/article/model';
import { nextStatusesForPeople } from '../../../common/article/workflow';
import type { ArticleSummary } from '../../../common/api/drafts.api';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { PortalSubmit } from '../portal/PortalSubmit';
import { ChannelShare } from '../channels/ChannelShare';
import { may, type Reviewer } from '../../../common/article/review-rights';
import { ModalDialog } from './ModalDialog';
import { formatDong } from '../../../common/api/stats-period';
import type { ArticleKind } from '../../../common/article/model';
import './review.css';

const t = vi.review;
const ON_PORTAL: ReadonlySet<ArticleStatus> = new Set(['approved', 'submitted', 'published']);

/**
 * Where the article stands and what can happen next: "Gửi duyệt", "Duyệt
 * bài", "Trả lại"…, and "Gửi lên cổng" once the board has approved it.
 */
export function StatusActions({
  articleId,
  disabled,
  reviewer,
  beforeSend,
}: {
  articleId: string;
  disabled?: boolean;
  reviewer?: Reviewer | null;
  /** The spelling and accessibility check before "Gửi duyệt" and "Gửi lên cổng"; false cancels. */
  beforeSend?: () => Promise<boolean>;
}) {
  // Only the status: the service announces every save with a fresh summary,
  // and re-rendering for those would commit while the user types.
  const [status, setStatus] = useState<ArticleStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [returning, setReturning] = useState(false);
  const [approving, setApproving] = useState(false);
  const [kind, setKind] = useState<ArticleKind>('tin');
  // After a change made here: focus on the status, and the new status read out.
  const badge = useRef<HTMLSpanElement>(null);
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    const take = (summary: ArticleSummary) => {
      setStatus(summary.status);
      setKind(summary.kind);
    };
    call('drafts.get', { id: articleId }).then(take, setError);
    return onEvent('drafts.changed', (event) => {
      if (event.id === articleId && event.summary) take(event.summary);
    });
  }, [articleId]);

  if (!status) return null;

  const change = async (to: ArticleStatus, note?: string, coefficient?: number) => {
    setBusy(true);
    setError(null);
    try {
      const next = (await call('drafts.setStatus', { id: articleId, status: to, note, coefficient })).status;
      setStatus(next);
      setAnnounced(vi.a11y.status.changed(vi.drafts.statuses[next]));
      setTimeout(() => badge.current?.focus(), 0);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  // Approving and returning are the board's; a reviewer is known once Settings are read.
  const allowed = (to: ArticleStatus) => (to === 'approved' || to === 'returned' ? reviewer === undefined || may(reviewer, 'decide') : true);

  return (
    <div className="status-actions" role="group" aria-label={t.label} data-testid="status-actions">
      <span ref={badge} tabIndex={-1} className={`status-badge status-${status}`} data-testid="article-status">
        {t.current} {vi.drafts.statuses[status]}
      </span>
      {nextStatusesForPeople(status).filter(allowed).map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'approved' || to === 'in_review' ? 'primary' : undefined}
          disabled={busy || disabled}
          data-testid={`status-to-${to}`}
          onClick={async () => {
            if (to === 'returned') return setReturning(true);
            if (to === 'approved') return setApproving(true);
            if (to === 'in_review' && beforeSend && !(await beforeSend())) return;
            void change(to);
          }}
        >
          {t.actions[to as keyof typeof t.actions]}
        </button>
      ))}
      {ON_PORTAL.has(status) && !disabled && <PortalSubmit articleId={articleId} beforeSubmit={beforeSend} />}
      {ON_PORTAL.has(status) && !disabled && <ChannelShare articleId={articleId} />}
      <span role="status" className="visually-hidden" data-testid="status-announcement">
        {announced}
      </span>
      {returning && (
        <ReturnDialog
          busy={busy}
          onCancel={() => setReturning(false)}
          onReturn={async (note) => {
            if (await change('returned', note)) setReturning(false);
          }}
        />
      )}
      {approving && (
        <ApproveDialog
          kind={kind}
          busy={busy}
          error={error}
          onCancel={() => setApproving(false)}
          onApprove={async (coefficient) => {
            if (await change('approved', undefined, coefficient)) setApproving(false);
          }}
        />
      )}
      {error !== null && !approving && (
        <span role="alert" className="error-text">
          {errorMessage(error)}
        </span>
      )}
    </div>
  );
}

/**
 * "Duyệt bài" asks for the royalty coefficient (hệ số nhuận bút), prefilled
 * with the lowest of the kind's range in the rates in force today; the
 * service checks it again and stores it with the approval.
 */
function ApproveDialog(props: { kind: ArticleKind; busy: boolean; error: unknown; onCancel: () => void; onApprove: (coefficient: number | undefined) => void }) {
  const d = t.approveDialog;
  const [rates, setRates] = useState<{ min: number; max: number; unit: number } | null>(null);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    call('stats.rates', {}).then(
      (r) => {
        const range = r.rates.find((x) => x.kind === props.kind);
        if (!range) return;
        setRates({ min: range.min, max: range.max, unit: r.unit });
        setValue((v) => v || String(range.min));
      },
      () => setRates(null),
    );
  }, [props.kind]);
  const coefficient = value.trim() === '' ? undefined : Number(value);
  return (
    <ModalDialog title={d.title} onClose={props.onCancel} testId="approve-dialog">
      <form
        className="modal-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (coefficient !== undefined && (!Number.isFinite(coefficient) || (rates && (coefficient < rates.min || coefficient > rates.max)))) {
            return setInvalid(true);
          }
          props.onApprove(coefficient);
        }}
      >
        <label>
          {d.coefficient}
          <input
            type="number"
            min={rates?.min ?? 0}
            max={rates?.max}
            step={0.5}
            value={value}
            autoFocus
            data-testid="approve-coefficient"
            aria-invalid={invalid}
            aria-describedby="approve-coefficient-range"
            onChange={(e) => {
              setValue(e.target.value);
              setInvalid(false);
            }}
          />
        </label>
        <p id="approve-coefficient-range" className="muted">
          {rates && d.range(vi.stats.kinds[props.kind], rates.min, rates.max, formatDong(rates.unit))} {d.empty}
        </p>
        {rates && coefficient !== undefined && Number.isFinite(coefficient) && <p className="muted">{d.amount(formatDong(coefficient * rates.unit))}</p>}
        {invalid && rates && (
          <p role="alert" className="error-text">
            {d.outOfRange(rates.min, rates.max)}
          </p>
        )}
        {props.error !== null && (
          <p role="alert" className="error-text">
            {errorMessage(props.error)}
          </p>
        )}
        <div className="modal-buttons">
          <button type="button" onClick={props.onCancel}>
            {d.cancel}
          </button>
          <button type="submit" className="primary" disabled={props.busy} data-testid="approve-submit">
            {d.submit}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** "Trả lại" asks for the note (ý kiến) the author will see at the top of the article. */
function ReturnDialog(props: { busy: boolean; onCancel: () => void; onReturn: (note: string) => void }) {
  const d = t.returnDialog;
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <ModalDialog title={d.title} onClose={props.onCancel} testId="return-dialog">
      <form
        className="modal-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!note.trim()) return setMissing(true);
          props.onReturn(note.trim());
        }}
      >
        <label>
          {d.noteLabel}
          <textarea
            rows={5}
            value={note}
            autoFocus
            data-testid="return-note"
            aria-invalid={missing}
            onChange={(e) => {
              setNote(e.target.value);
              setMissing(false);
            }}
          />
        </label>
        {missing && (
          <p role="alert" className="error-text">
            {d.required}
          </p>
        )}
        <div className="modal-buttons">
          <button type="button" onClick={props.onCancel}>
            {d.cancel}
          </button>
          <button type="submit" className="primary" disabled={props.busy}>
            {d.submit}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

import { useState } from 'react';
import type { RoyaltyLine, RoyaltyRates, RoyaltySheet } from '../../../common/api/stats.api';
import { formatDayVi, formatDong, vnDayOf, type Period } from '../../../common/api/stats-period';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { StatsTable } from './StatsTable';
import { useAsync } from '../../ui/use-async';
import { formatTime } from '../../ui/format-time';
import { downloadBlob } from '../editor/export/article-parts';
import { authorName, base64Blob, categoryName } from './names';

const t = vi.stats;

function RatesEditor() {
  const [state, reload] = useAsync(() => call('stats.rates', {}), []);
  const [draft, setDraft] = useState<RoyaltyRates | null>(null);
  const [validFrom, setValidFrom] = useState(() => vnDayOf(Date.now()));
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (state.status !== 'ready') return null;
  const rates = draft ?? { unit: state.value.unit, rates: state.value.rates };
  const setRate = (kind: string, key: 'min' | 'max', value: number) =>
    setDraft({ ...rates, rates: rates.rates.map((r) => (r.kind === kind ? { ...r, [key]: value } : r)) });
  const save = async () => {
    setError(null);
    setMessage(null);
    try {
      await call('stats.setRates', { ...rates, validFrom });
      setDraft(null);
      reload();
      setMessage(t.royalties.ratesSaved);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <details className="stats-rates" data-testid="royalty-rates">
      <summary>{t.royalties.rates}</summary>
      <p className="muted">{t.royalties.inForce(state.value.validFrom && formatDayVi(`${state.value.validFrom}T00:00:00+07:00`))}</p>
      {state.value.sets.length > 0 && (
        <ul aria-label={t.royalties.sets}>
          {state.value.sets.map((s) => (
            <li key={s.validFrom}>{t.royalties.setLine(formatDayVi(`${s.validFrom}T00:00:00+07:00`), formatDong(s.unit))}</li>
          ))}
        </ul>
      )}
      <label>
        {t.royalties.validFrom} <input type="date" required value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
      </label>{' '}
      <label>
        {t.royalties.unit}{' '}
        <input type="number" min={0} step={1000} value={rates.unit} onChange={(e) => setDraft({ ...rates, unit: Math.max(0, Math.floor(Number(e.target.value))) })} />{' '}
        <span className="muted">{formatDong(rates.unit)}</span>
      </label>
      <StatsTable head={[t.columns.kind, t.royalties.min, t.royalties.max]}>
          {rates.rates.map((r) => (
            <tr key={r.kind}>
              <td>{t.kinds[r.kind]}</td>
              <td>
                <input type="number" min={0} step={0.5} aria-label={`${t.royalties.min}: ${t.kinds[r.kind]}`} value={r.min} onChange={(e) => setRate(r.kind, 'min', Number(e.target.value))} />
              </td>
              <td>
                <input type="number" min={0} step={0.5} aria-label={`${t.royalties.max}: ${t.kinds[r.kind]}`} value={r.max} onChange={(e) => setRate(r.kind, 'max', Number(e.target.value))} />
              </td>
            </tr>
          ))}
        </StatsTable>
      <button type="button" onClick={() => void save()}>
        {t.royalties.saveRates}
      </button>
      {message && <span role="status"> {message}</span>}
      {error !== null && <p className="error-text">{errorMessage(error)}</p>}
    </details>
  );
}

function CoefficientCell({ line, closed, onSaved }: { line: RoyaltyLine; closed: boolean; onSaved: () => void }) {
  const [value, setValue] = useState(line.coefficient === null ? '' : String(line.coefficient));
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const changed = value !== (line.coefficient === null ? '' : String(line.coefficient));
  const save = async () => {
    setError(null);
    try {
      await call('stats.setCoefficient', { articleId: line.articleId, coefficient: Number(value), note });
      setNote('');
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form
      className="stats-coef"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <input type="number" min={0} step={0.5} aria-label={`${t.royalties.coefficient}: ${line.title}`} value={value} onChange={(e) => setValue(e.target.value)} />
      {/* The article's own month may be closed even when this sheet's quarter is not: the note is offered on every change. */}
      {changed && <input type="text" aria-label={t.royalties.note} placeholder={closed ? t.royalties.note : t.royalties.noteOptional} value={note} onChange={(e) => setNote(e.target.value)} />}
      {changed && value !== '' && <button type="submit">{t.royalties.set}</button>}
      {error !== null && <span className="error-text">{errorMessage(error)}</span>}
    </form>
  );
}

async function exportSheet(period: Period, format: 'xlsx' | 'csv'): Promise<void> {
  const file = await call('stats.exportRoyalties', { period, format });
  downloadBlob(base64Blob(file.data, file.mimeType), file.fileName);
}

function SheetTable({ sheet, onSaved }: { sheet: RoyaltySheet; onSaved: () => void }) {
  if (sheet.authors.length === 0) return <p className="muted">{t.royalties.empty}</p>;
  return (
    <StatsTable testId="royalty-sheet" className="stats-royalties" head={[t.columns.author, t.columns.title, t.columns.kind, t.columns.category, t.columns.date, t.royalties.coefficient, t.royalties.amount]}>
        {sheet.authors.map((a) => [
          ...a.lines.map((line) => (
            <tr key={line.articleId}>
              <td>{authorName(a.author)}</td>
              <td>{line.title || vi.drafts.untitled}</td>
              <td>{t.kinds[line.kind]}</td>
              <td>{categoryName(line.category)}</td>
              <td>{formatDayVi(line.publishedAt)}</td>
              <td>
                <CoefficientCell key={`${line.articleId}-${line.coefficient}`} line={line} closed={sheet.closed !== null} onSaved={onSaved} />
              </td>
              <td className="num">{formatDong(line.amount)}</td>
            </tr>
          )),
          <tr key={`${a.author}-total`} className="stats-subtotal">
            <td colSpan={6}>{t.royalties.subtotal(authorName(a.author))}</td>
            <td className="num">{formatDong(a.total)}</td>
          </tr>,
        ])}
        <tr className="stats-total">
          <td colSpan={6}>{t.royalties.total}</td>
          <td className="num" data-testid="royalty-total">
            {formatDong(sheet.total)}
          </td>
        </tr>
      </StatsTable>
  );
}

/** The royalty sheet of the period: coefficients, amounts, closing and exports for the accountant. */
export function RoyaltyPanel({ period }: { period: Period }) {
  const key = JSON.stringify(period);
  const [state, reload] = useAsync(() => call('stats.royaltySheet', { period }), [key]);
  const [audit, reloadAudit] = useAsync(() => call('stats.royaltyAudit', { period }), [key]);
  const [error, setError] = useState<unknown>(null);
  const refresh = () => {
    reload();
    reloadAudit();
  };
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="stats-royalty-panel" data-testid="royalty-panel">
      <RatesEditor />
      {state.status === 'error' && <p className="error-text">{errorMessage(state.error)}</p>}
      {state.status === 'ready' && (
        <>
          <h2>{t.royalties.title(state.value.label)}</h2>
          <div className="stats-actions">
            <button type="button" onClick={() => void run(() => exportSheet(period, 'xlsx'))}>
              {t.royalties.exportXlsx}
            </button>
            <button type="button" onClick={() => void run(() => exportSheet(period, 'csv'))}>
              {t.royalties.exportCsv}
            </button>
            {state.value.key !== null && state.value.closed === null && (
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(t.royalties.confirmClose(state.value.label))) void run(async () => (await call('stats.closePeriod', { period }), refresh()));
                }}
              >
                {t.royalties.close}
              </button>
            )}
          </div>
          {state.value.closed && <p className="stats-closed" data-testid="royalty-closed">{t.royalties.closed(state.value.closed.by, formatTime(state.value.closed.at, { date: true }))}</p>}
          {state.value.key === null && <p className="muted">{t.royalties.notClosable}</p>}
          {state.value.missing > 0 && <p className="muted">{t.royalties.missing(state.value.missing)}</p>}
          {error !== null && (
            <p className="error-text" role="alert">
              {errorMessage(error)}
            </p>
          )}
          <SheetTable sheet={state.value} onSaved={refresh} />
          {state.value.adjustments.length > 0 && (
            <section data-testid="royalty-adjustments">
              <h3>{t.royalties.adjustments}</h3>
              <ul>
                {state.value.adjustments.map((a, i) => (
                  <li key={i}>
                    {formatTime(a.at, { date: true })} · {authorName(a.author)} · {a.title || vi.drafts.untitled}:{' '}
                    {t.royalties.adjustmentLine(a.oldCoef, a.newCoef, formatDong(a.difference))}
                    {a.note && ` · “${a.note}”`}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {audit.status === 'ready' && audit.value.length > 0 && (
        <section data-testid="royalty-audit">
          <h3>{t.royalties.audit}</h3>
          <ul>
            {audit.value.map((a, i) => (
              <li key={i}>
                {formatTime(a.at, { date: true })} · {a.title || vi.drafts.untitled}: {t.royalties.auditLine(a.oldCoef, a.newCoef)}
                {a.by && ` · ${a.by}`}
                {a.note && ` · “${a.note}”`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

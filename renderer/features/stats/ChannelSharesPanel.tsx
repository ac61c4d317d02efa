import { periodRange, quarterOf, type Period } from '../../../common/api/stats-period';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import { StatsTable } from './StatsTable';

const t = vi.stats.channelShares;

/**
 * "Chia sẻ lên kênh": the posts that reached the newsroom's Facebook Page and
 * Zalo OA per quarter of the period's year (stats.channelShares; a removed
 * share is not counted). The quarters the period covers are marked.
 */
export function ChannelSharesPanel({ period }: { period: Period }) {
  const { from, to } = periodRange(period);
  const first = quarterOf(from);
  const last = quarterOf(to - 1);
  const year = first.year;
  const [state, reload] = useAsync(() => call('stats.channelShares', { year }), [year]);
  const inPeriod = (quarter: number) =>
    (year > first.year || quarter >= first.quarter) && (year < last.year || quarter <= last.quarter);
  return (
    <section className="stats-channels" data-testid="stats-channel-shares">
      <h2>{t.title(year)}</h2>
      {state.status === 'loading' && <p className="muted">{vi.stats.loading}</p>}
      {state.status === 'error' && (
        <p className="error-text" role="alert">
          {errorMessage(state.error)}{' '}
          <button type="button" onClick={reload}>
            {vi.shell.retry}
          </button>
        </p>
      )}
      {state.status === 'ready' &&
        (state.value.every((q) => q.facebook + q.zalo === 0) ? (
          <p className="muted">{t.none(year)}</p>
        ) : (
          <StatsTable testId="channel-shares-table" head={[t.quarter, vi.channels.names.facebook!, vi.channels.names.zalo!, t.total]}>
            {state.value.map((q) => (
              <tr key={q.quarter} className={inPeriod(q.quarter) ? 'stats-current' : undefined} aria-current={inPeriod(q.quarter) ? 'true' : undefined}>
                <td>{t.quarterName(q.quarter)}</td>
                <td className="num">{q.facebook}</td>
                <td className="num">{q.zalo}</td>
                <td className="num">{q.facebook + q.zalo}</td>
              </tr>
            ))}
          </StatsTable>
        ))}
      <p className="muted">{t.note}</p>
    </section>
  );
}

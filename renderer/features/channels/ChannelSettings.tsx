import { useEffect, useRef, useState } from 'react';
import type { ChannelName, ChannelReport, ChannelSettingsView } from '../../../common/api/channels.api';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import './channels.css';

const t = vi.channels.settings;

/** Settings › "Kênh của tòa soạn": one form per channel, each with its own "Lưu" and "Kiểm tra kết nối". */
export function ChannelSettings() {
  const [views, setViews] = useState<ChannelSettingsView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    call('channels.getSettings', {}).then(setViews, setError);
  }, []);
  return (
    <section className="form channel-settings" aria-label={t.legend} data-testid="channel-settings" id="settings-channels">
      <h2>{t.legend}</h2>
      <p className="muted">{t.intro}</p>
      {error !== null && (
        <p role="alert" className="error-text">
          {errorMessage(error)}
        </p>
      )}
      {views?.map((view) => <ChannelForm key={view.channel} view={view} onViews={setViews} />)}
    </section>
  );
}

function ChannelForm({ view, onViews }: { view: ChannelSettingsView; onViews: (views: ChannelSettingsView[]) => void }) {
  const channel: ChannelName = view.channel;
  const [targetId, setTargetId] = useState(view.targetId);
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<'idle' | 'busy' | 'saved' | { error: unknown }>('idle');
  const [report, setReport] = useState<ChannelReport | null>(null);
  const tokenRef = useRef<HTMLInputElement>(null);

  const save = async (patch: { targetId?: string; token?: string | null }) => {
    setStatus('busy');
    try {
      onViews(await call('channels.saveSettings', { channel, patch }));
      setToken('');
      setReport(null);
      setStatus('saved');
    } catch (error) {
      setStatus({ error });
    }
  };

  const test = async () => {
    setStatus('busy');
    setReport(null);
    try {
      setReport(await call('channels.testConnection', { channel, draft: { targetId: targetId.trim(), ...(token ? { token } : {}) } }));
      setStatus('idle');
      onViews(await call('channels.getSettings', {}));
    } catch (error) {
      setStatus({ error });
    }
  };

  const expired = report ? report.problem === 'CHANNEL_TOKEN_EXPIRED' : view.tokenState === 'expired';
  return (
    <fieldset data-testid={`channel-settings-${channel}`} data-token-state={view.tokenState}>
      <legend>{vi.channels.names[channel]}</legend>
      <label>
        {t.targetId[channel]}
        <input name={`${channel}-target`} autoComplete="off" value={targetId} onChange={(e) => setTargetId(e.target.value)} />
      </label>
      <label>
        {t.token[channel]}
        <input
          ref={tokenRef}
          name={`${channel}-token`}
          type="password"
          autoComplete="new-password"
          value={token}
          placeholder={view.hasToken ? '••••••••' : ''}
          onChange={(e) => setToken(e.target.value)}
        />
        <small>{view.hasToken ? t.tokenSet : t.tokenNotSet}</small>
        {!view.tokenEncrypted && <small className="muted">{t.tokenPlainWarning}</small>}
      </label>
      {expired && (
        <div className="banner banner-warning" role="alert" data-testid={`channel-expired-${channel}`}>
          <p>{t.expired}</p>
          <p>{t.renewHelp[channel]}</p>
          <button type="button" onClick={() => tokenRef.current?.focus()}>
            {t.renew}
          </button>
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={status === 'busy'}
          data-testid={`channel-save-${channel}`}
          onClick={() => void save({ targetId: targetId.trim(), ...(token.trim() ? { token: token.trim() } : {}) })}
        >
          {t.save}
        </button>
        <button type="button" disabled={status === 'busy'} data-testid={`channel-test-${channel}`} onClick={() => void test()}>
          {status === 'busy' ? t.testing : t.test}
        </button>
        {view.hasToken && (
          <button type="button" disabled={status === 'busy'} onClick={() => void save({ token: null })}>
            {t.forget}
          </button>
        )}
        {status === 'saved' && <span role="status">{t.saved}</span>}
      </div>
      {typeof status === 'object' && (
        <p role="alert" className="error-text">
          {errorMessage(status.error)}
        </p>
      )}
      {report && (
        <p
          role={report.ok ? 'status' : 'alert'}
          className={report.ok ? 'check-ok' : 'error-text'}
          data-testid={`channel-report-${channel}`}
          data-ok={report.ok}
        >
          {report.ok ? t.connected(report.name ?? '') : vi.errors[report.problem ?? 'INTERNAL']}
        </p>
      )}
    </fieldset>
  );
}

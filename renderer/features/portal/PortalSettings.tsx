import { useEffect, useState, type FormEvent } from 'react';
import type { ConnectionReport, PortalSettingsView } from '../../../common/api/portal.api';
import type { Settings } from '../../../common/api/settings.api';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import './portal.css';

const t = vi.portal.settings;

/**
 * The portal section of Settings: address, user, application password (sent
 * once, never shown again), the status new posts get, and "Kiểm tra kết nối".
 */
export function PortalSettings() {
  const [state, reload] = useAsync(() => call('portal.getSettings', {}), []);
  if (state.status === 'loading') return <p>{vi.shell.connecting}</p>;
  if (state.status === 'error') {
    return (
      <div className="banner banner-error" role="alert">
        {errorMessage(state.error)} <button onClick={reload}>{vi.shell.retry}</button>
      </div>
    );
  }
  return <PortalForm initial={state.value} />;
}

type Status = 'idle' | 'busy' | 'done' | { error: unknown };

function PortalForm({ initial }: { initial: PortalSettingsView }) {
  const [saved, setSaved] = useState(initial);
  const [url, setUrl] = useState(initial.url);
  const [username, setUsername] = useState(initial.username);
  const [password, setPassword] = useState('');
  const [postStatus, setPostStatus] = useState(initial.postStatus);
  const [saveStatus, setSaveStatus] = useState<Status>('idle');
  const [testStatus, setTestStatus] = useState<Status>('idle');
  const [report, setReport] = useState<ConnectionReport | null>(null);

  useEffect(() => {
    if (saveStatus !== 'done') return;
    const timer = setTimeout(() => setSaveStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [saveStatus]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaveStatus('busy');
    try {
      const next = await call('portal.saveSettings', {
        patch: { url: url.trim(), username: username.trim(), postStatus, ...(password ? { password } : {}) },
      });
      setSaved(next);
      setPassword('');
      setSaveStatus('done');
    } catch (error) {
      setSaveStatus({ error });
    }
  };

  const forget = async () => {
    setSaveStatus('busy');
    try {
      setSaved(await call('portal.saveSettings', { patch: { password: null } }));
      setSaveStatus('done');
    } catch (error) {
      setSaveStatus({ error });
    }
  };

  const test = async () => {
    setTestStatus('busy');
    setReport(null);
    try {
      const draft = { url: url.trim(), username: username.trim(), ...(password ? { password } : {}) };
      setReport(await call('portal.testConnection', { draft }));
      setTestStatus('done');
    } catch (error) {
      setTestStatus({ error });
    }
  };

  return (
    <form onSubmit={save} className="form portal-settings" data-testid="portal-settings">
      <fieldset>
        <legend>{t.legend}</legend>
        <label>
          {t.url}
          <input name="portalUrl" type="url" value={url} placeholder={t.urlHint} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label>
          {t.username}
          <input name="portalUsername" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          {t.password}
          <input
            name="portalPassword"
            type="password"
            autoComplete="new-password"
            value={password}
            placeholder={saved.hasPassword ? '••••••••' : ''}
            onChange={(e) => setPassword(e.target.value)}
          />
          <small data-testid="portal-password-state">
            {saved.hasPassword ? t.passwordSet : t.passwordNotSet} {t.passwordHint}
          </small>
          {!saved.passwordEncrypted && <small className="muted">{t.passwordPlainWarning}</small>}
        </label>
        {saved.hasPassword && (
          <div>
            <button type="button" onClick={forget}>
              {t.forgetPassword}
            </button>
          </div>
        )}
        <label>
          {t.postStatus}
          <select
            name="portalPostStatus"
            value={postStatus}
            onChange={(e) => setPostStatus(e.target.value as Settings['portal']['postStatus'])}
          >
            <option value="pending">{t.postStatusPending}</option>
            <option value="draft">{t.postStatusDraft}</option>
            <option value="publish">{t.postStatusPublish}</option>
          </select>
        </label>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saveStatus === 'busy'}>
          {saveStatus === 'busy' ? t.saving : t.save}
        </button>
        <button type="button" onClick={test} disabled={testStatus === 'busy'} data-testid="portal-test">
          {testStatus === 'busy' ? t.testing : t.test}
        </button>
        {saveStatus === 'done' && <span role="status">{t.saved}</span>}
        {typeof saveStatus === 'object' && (
          <span role="alert" className="error-text">
            {errorMessage(saveStatus.error)}
          </span>
        )}
      </div>
      {typeof testStatus === 'object' && (
        <p role="alert" className="error-text">
          {errorMessage(testStatus.error)}
        </p>
      )}
      {report && <ConnectionChecks report={report} />}
    </form>
  );
}

function ConnectionChecks({ report }: { report: ConnectionReport }) {
  const checks = ['reachable', 'signedIn', 'canCreatePosts', 'canUploadMedia'] as const;
  return (
    <div className="portal-report" data-testid="portal-report">
      {report.siteName && <p>{t.site(report.siteName)}</p>}
      <ul>
        {checks.map((check) => (
          <li key={check} data-check={check} data-ok={report[check]} className={report[check] ? 'check-ok' : 'check-bad'}>
            <span aria-hidden="true">{report[check] ? '✓' : '✗'}</span> {t.checks[check]}: {report[check] ? t.ok : t.notOk}
          </li>
        ))}
      </ul>
      {report.missingCategories.length > 0 && (
        <div className="portal-missing" data-testid="portal-missing-categories">
          <p>{t.missingCategories}</p>
          <ul>
            {report.missingCategories.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
      {report.problem ? (
        <p role="alert" className="error-text" data-testid="portal-problem">
          {vi.errors[report.problem]}
        </p>
      ) : (
        <p role="status">{t.allGood}</p>
      )}
    </div>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isPlainHttpRemote, type ConnectionReport, type PortalSettingsView } from '../../../common/api/portal.api';
import type { Settings } from '../../../common/api/settings.api';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import './portal.css';

const t = vi.portal.settings;

/** Set by a link to the portal settings ("Mở cài đặt cổng"): the form shows itself and takes the focus once. */
let focusRequested = false;
export function requestPortalSettingsFocus(): void {
  focusRequested = true;
}

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
  const [type, setType] = useState(initial.type);
  const [url, setUrl] = useState(initial.url);
  const [acceptPlainHttp, setAcceptPlainHttp] = useState(initial.plainHttpAccepted);
  const [username, setUsername] = useState(initial.username);
  const [password, setPassword] = useState('');
  const [postStatus, setPostStatus] = useState(initial.postStatus);
  const [saveStatus, setSaveStatus] = useState<Status>('idle');
  const [testStatus, setTestStatus] = useState<Status>('idle');
  const [report, setReport] = useState<ConnectionReport | null>(null);

  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!focusRequested) return;
    focusRequested = false;
    formRef.current?.scrollIntoView({ block: 'start' });
    formRef.current?.querySelector<HTMLInputElement>('input:not([type="hidden"]), select')?.focus();
  }, []);

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
        patch: { type, url: url.trim(), username: username.trim(), postStatus, acceptPlainHttp, ...(password ? { password } : {}) },
      });
      setSaved(next);
      setAcceptPlainHttp(next.plainHttpAccepted);
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
      const draft = { type, url: url.trim(), username: username.trim(), acceptPlainHttp, ...(password ? { password } : {}) };
      setReport(await call('portal.testConnection', { draft }));
      setTestStatus('done');
      setSaved(await call('portal.getSettings', {}));
    } catch (error) {
      setTestStatus({ error });
    }
  };

  const signsIn = type === 'wordpress' || (type === saved.type && saved.signsIn);
  const plainHttp = signsIn && isPlainHttpRemote(url);
  const sameAddress = url.trim() === saved.url && type === saved.type;
  return (
    <form ref={formRef} onSubmit={save} className="form portal-settings" data-testid="portal-settings" id="portal-settings">
      <fieldset>
        <legend>{t.legend}</legend>
        {saved.types.length > 1 && (
          <label>
            {t.type}
            <select name="portalType" value={type} onChange={(e) => setType(e.target.value)}>
              {saved.types.map((name) => (
                <option key={name} value={name}>
                  {t.types[name] ?? name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {signsIn ? t.url : t.folder}
          <input
            name="portalUrl"
            type={signsIn ? 'url' : 'text'}
            value={url}
            placeholder={signsIn ? t.urlHint : t.folderHint}
            onChange={(e) => setUrl(e.target.value)}
          />
          {signsIn && sameAddress && saved.url && (
            <small data-testid="portal-checked">{saved.checked ? t.checked : t.notCheckedYet}</small>
          )}
        </label>
        {plainHttp && (
          <div className="banner banner-warning" data-testid="portal-plain-http">
            <p>{t.plainHttpWarning}</p>
            <label className="checkbox">
              <input type="checkbox" checked={acceptPlainHttp} onChange={(e) => setAcceptPlainHttp(e.target.checked)} />
              {t.plainHttpAccept}
            </label>
          </div>
        )}
        {signsIn && (<>
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
        </>)}
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
  const unknown = (check: (typeof checks)[number]) =>
    !report.signedIn && (check === 'canCreatePosts' || check === 'canUploadMedia' || (check === 'signedIn' && !report.reachable));
  return (
    <div className="portal-report" data-testid="portal-report">
      {report.siteName && <p>{t.site(report.siteName)}</p>}
      <ul>
        {checks.map((check) => (
          // Without a sign-in the rights were not asked: say so rather than "Không".
          unknown(check) ? (
            <li key={check} data-check={check} data-ok="unknown" className="check-unknown">
              <span aria-hidden="true">?</span> {t.checks[check]}: {t.notChecked}
            </li>
          ) : (
            <li key={check} data-check={check} data-ok={report[check]} className={report[check] ? 'check-ok' : 'check-bad'}>
              <span aria-hidden="true">{report[check] ? '✓' : '✗'}</span> {t.checks[check]}: {report[check] ? t.ok : t.notOk}
            </li>
          )
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

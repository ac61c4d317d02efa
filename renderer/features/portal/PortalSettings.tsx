import { useState } from 'react';
import { isPlainHttpRemote, type ConnectionReport, type PortalSettingsPatch, type PortalSettingsView } from '../../../common/api/portal.api';
import type { Settings } from '../../../common/api/settings.api';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import './portal.css';

const t = vi.portal.settings;

type Status = 'idle' | 'busy' | 'done' | { error: unknown };

/** The portal fields as the Settings page holds them until "Lưu". */
export interface PortalDraft {
  type: string;
  url: string;
  acceptPlainHttp: boolean;
  username: string;
  /** A new application password; empty keeps the stored one. */
  password: string;
  postStatus: Settings['portal']['postStatus'];
}

export function portalDraft(view: PortalSettingsView): PortalDraft {
  return { type: view.type, url: view.url, acceptPlainHttp: view.plainHttpAccepted, username: view.username, password: '', postStatus: view.postStatus };
}

/** What "Lưu" sends for the portal, or null when nothing changed. */
export function portalPatch(draft: PortalDraft, view: PortalSettingsView): PortalSettingsPatch | null {
  const changed =
    draft.type !== view.type ||
    draft.url.trim() !== view.url ||
    draft.username.trim() !== view.username ||
    draft.postStatus !== view.postStatus ||
    draft.acceptPlainHttp !== view.plainHttpAccepted ||
    draft.password !== '';
  if (!changed) return null;
  const { type, url, username, postStatus, acceptPlainHttp, password } = draft;
  return { type, url: url.trim(), username: username.trim(), postStatus, acceptPlainHttp, ...(password ? { password } : {}) };
}

/** Errors to show next to the portal's fields before anything is saved (the service checks again). */
export function portalErrors(draft: PortalDraft, view: PortalSettingsView): { url?: string } {
  const signsIn = draft.type === 'wordpress' || (draft.type === view.type && view.signsIn);
  const url = draft.url.trim();
  if (!signsIn || url === '') return {};
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { url: t.urlInvalid };
  } catch {
    return { url: t.urlInvalid };
  }
  return {};
}

/**
 * The portal section of Settings: address, user, application password (sent
 * once, never shown again), the status new posts get. The page's one "Lưu"
 * saves them; "Kiểm tra kết nối" tries the values as typed and "Xóa mật
 * khẩu đã lưu" acts at once.
 */
export function PortalSection(props: {
  view: PortalSettingsView;
  onView: (view: PortalSettingsView) => void;
  draft: PortalDraft;
  onChange: (draft: PortalDraft) => void;
  errors: { url?: string };
}) {
  const { view: saved, draft, onChange } = props;
  const { type, url, acceptPlainHttp, username, password, postStatus } = draft;
  const set = <K extends keyof PortalDraft>(key: K, value: PortalDraft[K]) => onChange({ ...draft, [key]: value });
  const [actionStatus, setActionStatus] = useState<Status>('idle');
  const [testStatus, setTestStatus] = useState<Status>('idle');
  const [report, setReport] = useState<ConnectionReport | null>(null);

  const forget = async () => {
    setActionStatus('busy');
    try {
      props.onView(await call('portal.saveSettings', { patch: { password: null } }));
      setActionStatus('done');
    } catch (error) {
      setActionStatus({ error });
    }
  };

  const test = async () => {
    setTestStatus('busy');
    setReport(null);
    try {
      const draftArgs = { type, url: url.trim(), username: username.trim(), acceptPlainHttp, ...(password ? { password } : {}) };
      setReport(await call('portal.testConnection', { draft: draftArgs }));
      setTestStatus('done');
      props.onView(await call('portal.getSettings', {}));
    } catch (error) {
      setTestStatus({ error });
    }
  };

  const signsIn = type === 'wordpress' || (type === saved.type && saved.signsIn);
  const plainHttp = signsIn && isPlainHttpRemote(url);
  const sameAddress = url.trim() === saved.url && type === saved.type;
  return (
    <div className="portal-settings" data-testid="portal-settings">
      <fieldset>
        <legend>{t.legend}</legend>
        {saved.types.length > 1 && (
          <label>
            {t.type}
            <select name="portalType" value={type} onChange={(e) => set('type', e.target.value)}>
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
            aria-invalid={props.errors.url ? true : undefined}
            aria-describedby={props.errors.url ? 'portal-url-error' : undefined}
            onChange={(e) => set('url', e.target.value)}
          />
          {props.errors.url && (
            <small id="portal-url-error" className="error-text" data-testid="portal-url-error">
              {props.errors.url}
            </small>
          )}
          {signsIn && sameAddress && saved.url && (
            <small data-testid="portal-checked">{saved.checked ? t.checked : t.notCheckedYet}</small>
          )}
        </label>
        {plainHttp && (
          <div className="banner banner-warning" data-testid="portal-plain-http">
            <p>{t.plainHttpWarning}</p>
            <label className="checkbox">
              <input type="checkbox" checked={acceptPlainHttp} onChange={(e) => set('acceptPlainHttp', e.target.checked)} />
              {t.plainHttpAccept}
            </label>
          </div>
        )}
        {signsIn && (<>
        <label>
          {t.username}
          <input name="portalUsername" autoComplete="off" value={username} onChange={(e) => set('username', e.target.value)} />
        </label>
        <label>
          {t.password}
          <input
            name="portalPassword"
            type="password"
            autoComplete="new-password"
            value={password}
            placeholder={saved.hasPassword ? '••••••••' : ''}
            onChange={(e) => set('password', e.target.value)}
          />
          <small data-testid="portal-password-state">
            {saved.hasPassword ? t.passwordSet : t.passwordNotSet} {t.passwordHint}
          </small>
          {!saved.passwordEncrypted && <small className="muted">{t.passwordPlainWarning}</small>}
        </label>
        {saved.hasPassword && (
          <div>
            <button type="button" onClick={forget} disabled={actionStatus === 'busy'}>
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
            onChange={(e) => set('postStatus', e.target.value as Settings['portal']['postStatus'])}
          >
            <option value="pending">{t.postStatusPending}</option>
            <option value="draft">{t.postStatusDraft}</option>
            <option value="publish">{t.postStatusPublish}</option>
          </select>
        </label>
        <div className="form-actions">
          <button type="button" onClick={test} disabled={testStatus === 'busy'} data-testid="portal-test">
            {testStatus === 'busy' ? t.testing : t.test}
          </button>
          {typeof actionStatus === 'object' && (
            <span role="alert" className="error-text">
              {errorMessage(actionStatus.error)}
            </span>
          )}
        </div>
        {typeof testStatus === 'object' && (
          <p role="alert" className="error-text">
            {errorMessage(testStatus.error)}
          </p>
        )}
        {report && <ConnectionChecks report={report} />}
      </fieldset>
    </div>
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

import { useState, type FormEvent } from 'react';
import { errorMessage, vi } from '../../i18n/vi';
import { call } from '../../services/client';
import { AccountsAdmin } from './AccountsAdmin';
import { refreshHub, useHub } from './sync-store';
import './newsroom.css';

const t = vi.newsroom;

/** Settings › "Kết nối tòa soạn": hub address, user, password; who is signed in; accounts for an admin. */
export function HubSettings() {
  const { status } = useHub();
  const [url, setUrl] = useState<string | null>(null);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<'idle' | 'busy' | { error: unknown }>('idle');
  const shownUrl = url ?? status?.url ?? '';

  const connect = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('busy');
    try {
      await call('hub.login', { url: shownUrl.trim(), login: login.trim(), password });
      setPassword('');
      setBusy('idle');
      await refreshHub();
    } catch (error) {
      setBusy({ error });
    }
  };

  const logout = async () => {
    setBusy('busy');
    try {
      await call('hub.logout', {});
      setBusy('idle');
      await refreshHub();
    } catch (error) {
      setBusy({ error });
    }
  };

  const insecure = status?.url === shownUrl ? status.insecure : isPlainToAnotherMachine(shownUrl);

  return (
    <form className="form" onSubmit={connect} data-testid="hub-settings">
      <fieldset>
        <legend>{t.legend}</legend>
        <p className="muted">{t.intro}</p>
        {status?.user ? (
          <p role="status" data-testid="hub-signed-in">
            {t.signedInAs(status.user.name, t.roles[status.user.role])} · {status.connected ? t.online : t.offline}{' '}
            <button type="button" onClick={logout} disabled={busy === 'busy'}>
              {t.logout}
            </button>
          </p>
        ) : (
          <p className="muted">{t.notSignedIn}</p>
        )}
        <label>
          {t.url}
          <input name="hubUrl" value={shownUrl} placeholder={t.urlHint} onChange={(e) => setUrl(e.target.value)} />
        </label>
        {insecure && (
          <p className="banner banner-warning" role="alert" data-testid="hub-insecure">
            {t.insecure}
          </p>
        )}
        <label>
          {t.login}
          <input name="hubLogin" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} />
        </label>
        <label>
          {t.password}
          <input name="hubPassword" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy === 'busy' || !shownUrl || !login || !password}>
          {busy === 'busy' ? t.connecting : t.connect}
        </button>
        {typeof busy === 'object' && (
          <span role="alert" className="error-text">
            {errorMessage(busy.error)}
          </span>
        )}
      </div>
      {status?.user?.role === 'admin' && status.connected && <AccountsAdmin />}
    </form>
  );
}

/** The same rule as the services' (they decide; this only warns while typing). */
function isPlainToAnotherMachine(text: string): boolean {
  const raw = /^[a-z]+:\/\//i.test(text) ? text : `ws://${text}`;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'ws:' && url.protocol !== 'http:') return false;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return !(host === 'localhost' || host === '::1' || /^127\./.test(host));
  } catch {
    return false;
  }
}

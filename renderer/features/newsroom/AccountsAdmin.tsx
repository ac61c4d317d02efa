import { useState, type FormEvent } from 'react';
import { HubRole, type AccountPatch, type HubAccount } from '../../../common/api/hub.api';
import { LoadError } from '../../ui/LoadError';
import { useAsync } from '../../ui/use-async';
import { errorMessage, vi } from '../../i18n/vi';
import { call } from '../../services/client';

const t = vi.newsroom;
const a = t.accounts;

/** Accounts of the newsroom (admins only; the hub refuses everyone else anyway): create, role, password, disable. */
export function AccountsAdmin() {
  const [state, reload] = useAsync(() => call('hub.users.list', {}), []);
  const [message, setMessage] = useState<string | { error: unknown } | null>(null);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage(done);
      reload();
    } catch (error) {
      setMessage({ error });
    }
  };

  return (
    <fieldset data-testid="hub-accounts">
      <legend>{a.legend}</legend>
      <NewAccount onCreate={(account) => run(() => call('hub.users.create', account), a.created)} />
      {message && (
        <p role={typeof message === 'string' ? 'status' : 'alert'} className={typeof message === 'string' ? '' : 'error-text'}>
          {typeof message === 'string' ? message : errorMessage(message.error)}
        </p>
      )}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && (
        <table className="hub-accounts">
          <thead>
            <tr>
              <th>{a.login}</th>
              <th>{a.name}</th>
              <th>{a.role}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {state.value.map((account) => (
              <AccountRow key={account.id} account={account} run={run} />
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}

function AccountRow({ account, run }: { account: HubAccount; run: (action: () => Promise<unknown>, done: string) => void }) {
  const [password, setPassword] = useState('');
  const update = (patch: AccountPatch) => call('hub.users.update', { id: account.id, patch });
  return (
    <tr data-testid="hub-account" data-login={account.login}>
      <td>{account.login}</td>
      <td>
        {account.name} {account.disabled && <strong>({a.disabled})</strong>}
      </td>
      <td>
        <select aria-label={a.setRole} value={account.role} onChange={(e) => run(() => update({ role: e.target.value as HubRole }), a.saved)}>
          {HubRole.options.map((role) => (
            <option key={role} value={role}>
              {t.roles[role]}
            </option>
          ))}
        </select>
      </td>
      <td className="hub-account-actions">
        <button type="button" onClick={() => run(() => update({ disabled: !account.disabled }), a.saved)}>
          {account.disabled ? a.enable : a.disable}
        </button>
        <input type="password" aria-label={a.newPassword} placeholder={a.newPassword} value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="button" disabled={password.length < 8} onClick={() => run(() => update({ password }).then(() => setPassword('')), a.saved)}>
          {a.resetPassword}
        </button>
      </td>
    </tr>
  );
}

function NewAccount({ onCreate }: { onCreate: (account: { login: string; name?: string; role: HubRole; password: string }) => Promise<void> }) {
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<HubRole>('contributor');
  const [password, setPassword] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    await onCreate({ login: login.trim(), ...(name.trim() ? { name: name.trim().normalize('NFC') } : {}), role, password });
    setPassword('');
  };
  return (
    <div className="hub-row-form">
      <label>
        {a.login}
        <input name="newLogin" value={login} onChange={(e) => setLogin(e.target.value)} />
      </label>
      <label>
        {a.name}
        <input name="newName" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {a.role}
        <select name="newRole" value={role} onChange={(e) => setRole(e.target.value as HubRole)}>
          {HubRole.options.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {a.password}
        <input name="newPassword" type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      <button type="button" onClick={submit} disabled={!login.trim() || password.length < 8}>
        {a.create}
      </button>
    </div>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import type { AppInfo } from '../../../common/api/app.api';
import type { Settings } from '../../../common/api/settings.api';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import { LoadError } from '../../ui/LoadError';
import { PortalSettings } from '../portal/PortalSettings';
import { HubSettings } from '../newsroom/HubSettings';
import { UserDictionary } from '../spellcheck/UserDictionary';

const t = vi.settings;

export function SettingsScreen({ info }: { info: AppInfo | null }) {
  const [state, reload] = useAsync(() => call('settings.get', {}), []);
  if (state.status === 'loading') return <section className="screen">{vi.shell.connecting}</section>;
  if (state.status === 'error') {
    return (
      <section className="screen">
        <LoadError error={state.error} onRetry={reload} />
      </section>
    );
  }
  return <SettingsForm initial={state.value} info={info} />;
}

function SettingsForm({ initial, info }: { initial: Settings; info: AppInfo | null }) {
  const [authorName, setAuthorName] = useState(initial.authorName);
  const [toneStyle, setToneStyle] = useState(initial.toneStyle);
  const [spellcheck, setSpellcheck] = useState(initial.spellcheck);
  const [categories, setCategories] = useState(initial.categories.join('\n'));
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: unknown }>('idle');

  useEffect(() => {
    if (status !== 'saved') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('saving');
    try {
      const list = categories
        .split('\n')
        .map((line) => line.trim().normalize('NFC'))
        .filter(Boolean);
      await call('settings.set', {
        patch: { authorName: authorName.trim().normalize('NFC'), toneStyle, spellcheck, categories: list },
      });
      setStatus('saved');
    } catch (error) {
      setStatus({ error });
    }
  };

  return (
    <section className="screen settings" data-testid="settings-screen">
      <h1>{t.title}</h1>
      <form onSubmit={save} className="form">
        <fieldset>
          <legend>{t.general}</legend>
          <label>
            {t.authorName}
            <input
              name="authorName"
              value={authorName}
              placeholder={t.authorNameHint}
              onChange={(e) => setAuthorName(e.target.value)}
            />
          </label>
          <label>
            {t.toneStyle}
            <select name="toneStyle" value={toneStyle} onChange={(e) => setToneStyle(e.target.value as Settings['toneStyle'])}>
              <option value="new">{t.toneStyleNew}</option>
              <option value="old">{t.toneStyleOld}</option>
            </select>
          </label>
          <label className="checkbox">
            <input type="checkbox" name="spellcheck" checked={spellcheck} onChange={(e) => setSpellcheck(e.target.checked)} />
            {t.spellcheck}
          </label>
          <label>
            {t.categories}
            <textarea name="categories" rows={8} value={categories} onChange={(e) => setCategories(e.target.value)} />
            <small>{t.categoriesHint}</small>
          </label>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={status === 'saving'}>
            {status === 'saving' ? t.saving : t.save}
          </button>
          {status === 'saved' && <span role="status">{t.saved}</span>}
          {typeof status === 'object' && (
            <span role="alert" className="error-text">
              {errorMessage(status.error)}
            </span>
          )}
        </div>
      </form>
      <UserDictionary />
      <PortalSettings />
      <HubSettings />
      {info && (
        <p className="muted">
          {t.dataDir}: <code data-testid="data-dir">{info.dataDir}</code>
        </p>
      )}
    </section>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AppInfo } from '../../../common/api/app.api';
import type { PortalSettingsView } from '../../../common/api/portal.api';
import type { Settings, SettingsPatch, WordTargets } from '../../../common/api/settings.api';
import { ArticleKind } from '../../../common/article/model';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import { LoadError } from '../../ui/LoadError';
import { setLeaveGuard } from '../../ui/navigation';
import { ConfirmDialog } from '../../ui/ModalDialog';
import { PortalSection, portalDraft, portalErrors, portalPatch, type PortalDraft } from '../portal/PortalSettings';
import { ChannelSettings } from '../channels/ChannelSettings';
import { HubSettings } from '../newsroom/HubSettings';
import { OwnTemplates } from '../templates/OwnTemplates';
import './settings.css';
import { UserDictionary } from '../spellcheck/UserDictionary';
import { NewsroomLearning } from '../spellcheck/NewsroomLearning';

const t = vi.settings;

/**
 * The one Settings page: Chung, Cổng thông tin, Chính tả and Tòa soạn, with
 * one "Lưu" (or Ctrl+S) for every field. Everything is checked first and
 * nothing is saved while a field is wrong; then the portal's fields, then the
 * general ones. The hub's sign-in is an action (it asks the hub), so it keeps
 * its own button.
 */
export function SettingsScreen({ info }: { info: AppInfo | null }) {
  const [state, reload] = useAsync(
    async () => {
      const [settings, portal] = await Promise.all([call('settings.get', {}), call('portal.getSettings', {})]);
      return { settings, portal };
    },
    [],
  );
  if (state.status === 'loading') return <section className="screen">{vi.shell.connecting}</section>;
  if (state.status === 'error') {
    return (
      <section className="screen">
        <LoadError error={state.error} onRetry={reload} />
      </section>
    );
  }
  return <SettingsForm initial={state.value.settings} initialPortal={state.value.portal} info={info} />;
}

interface General {
  authorName: string;
  toneStyle: Settings['toneStyle'];
  spellcheck: boolean;
  categories: string;
  /** As typed: '' means no target. */
  targets: Record<ArticleKind, string>;
}

function generalOf(settings: Settings): General {
  return {
    authorName: settings.authorName,
    toneStyle: settings.toneStyle,
    spellcheck: settings.spellcheck,
    categories: settings.categories.join('\n'),
    targets: Object.fromEntries(ArticleKind.options.map((k) => [k, settings.wordTargets[k] ? String(settings.wordTargets[k]) : ''])) as Record<ArticleKind, string>,
  };
}

type FieldErrors = Partial<Record<'authorName' | 'categories' | `target-${ArticleKind}`, string>>;

/** The general fields as a patch, or the errors to show next to them. */
export function generalPatch(general: General): { patch: SettingsPatch; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const authorName = general.authorName.trim().normalize('NFC');
  if (authorName.length > 200) errors.authorName = t.authorNameTooLong;
  const categories = general.categories
    .split('\n')
    .map((line) => line.trim().normalize('NFC'))
    .filter(Boolean);
  const long = categories.findIndex((c) => c.length > 200);
  if (long >= 0) errors.categories = t.categoryTooLong(long + 1);
  else if (categories.length > 200) errors.categories = t.categoriesTooMany;
  const wordTargets: WordTargets = {};
  for (const kind of ArticleKind.options) {
    const text = general.targets[kind].trim().replace(/[.\s]/g, '');
    if (text === '') continue;
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(n) || n > 100_000) errors[`target-${kind}`] = t.targetInvalid;
    else if (n > 0) wordTargets[kind] = n;
  }
  return {
    patch: { authorName, toneStyle: general.toneStyle, spellcheck: general.spellcheck, categories, wordTargets },
    errors,
  };
}

type Status = 'idle' | 'saving' | 'saved' | 'invalid' | { error: unknown };

function SettingsForm({ initial, initialPortal, info }: { initial: Settings; initialPortal: PortalSettingsView; info: AppInfo | null }) {
  const [saved, setSaved] = useState(initial);
  const [general, setGeneral] = useState(() => generalOf(initial));
  const [portalView, setPortalView] = useState(initialPortal);
  const [portal, setPortal] = useState<PortalDraft>(() => portalDraft(initialPortal));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [portalFieldErrors, setPortalFieldErrors] = useState<{ url?: string }>({});
  const [status, setStatus] = useState<Status>('idle');
  const form = useRef<HTMLFormElement>(null);
  /** Where the user asked to go while changes were unsaved, until they answer. */
  const [leaving, setLeaving] = useState<(() => void) | null>(null);

  const generalDirty = JSON.stringify(general) !== JSON.stringify(generalOf(saved));
  const dirty = generalDirty || portalPatch(portal, portalView) !== null;

  useEffect(() => {
    if (status !== 'saved') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  // Leaving with unsaved changes asks first: inside the app, and when the window closes.
  useEffect(() => {
    if (!dirty) return;
    setLeaveGuard((proceed) => {
      setLeaving(() => proceed);
      return false;
    });
    const onUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [dirty]);

  const save = async () => {
    const checked = generalPatch(general);
    const portalChecked = portalErrors(portal, portalView);
    setErrors(checked.errors);
    setPortalFieldErrors(portalChecked);
    if (Object.keys(checked.errors).length > 0 || Object.keys(portalChecked).length > 0) {
      setStatus('invalid');
      // The first wrong field gets the focus, so its message is read out with it.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setStatus('saving');
    try {
      const patch = portalPatch(portal, portalView);
      if (patch) {
        const view = await call('portal.saveSettings', { patch });
        setPortalView(view);
        setPortal(portalDraft(view));
      }
      if (generalDirty) {
        const next = await call('settings.set', { patch: checked.patch });
        setSaved(next);
        setGeneral(generalOf(next));
      }
      setStatus('saved');
    } catch (error) {
      setStatus({ error });
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  // Ctrl+S on this page saves it (and the browser's "Save page" never opens).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const setTarget = (kind: ArticleKind, value: string) => setGeneral({ ...general, targets: { ...general.targets, [kind]: value } });

  return (
    <section className="screen settings" data-testid="settings-screen">
      <h1>{t.title}</h1>
      <nav className="settings-sections" aria-label={t.sectionsLabel}>
        <a href="#settings-general">{t.sections.general}</a>
        <a href="#settings-portal">{t.sections.portal}</a>
        <a href="#settings-spellcheck">{t.sections.spellcheck}</a>
        <a href="#settings-hub">{t.sections.hub}</a>
      </nav>
      <form ref={form} onSubmit={submit} className="form settings-form" noValidate data-testid="settings-form">
        <div className="settings-save-bar">
          <button type="submit" className="primary" disabled={status === 'saving'} title={t.saveAllHint} data-testid="settings-save">
            {status === 'saving' ? t.saving : t.saveAll}
          </button>
          {dirty && status !== 'saving' && <span className="muted" data-testid="settings-dirty">{t.unsaved}</span>}
          {status === 'saved' && <span role="status">{t.saved}</span>}
          {status === 'invalid' && (
            <span role="alert" className="error-text" data-testid="settings-invalid">
              {t.invalid}
            </span>
          )}
          {typeof status === 'object' && (
            <span role="alert" className="error-text" data-testid="settings-error">
              {errorMessage(status.error)}
            </span>
          )}
        </div>
        <fieldset id="settings-general">
          <legend>{t.general}</legend>
          <Field error={errors.authorName} id="authorName">
            {(described) => (
              <label>
                {t.authorName}
                <input
                  name="authorName"
                  value={general.authorName}
                  placeholder={t.authorNameHint}
                  {...described}
                  onChange={(e) => setGeneral({ ...general, authorName: e.target.value })}
                />
              </label>
            )}
          </Field>
          <label>
            {t.toneStyle}
            <select name="toneStyle" value={general.toneStyle} onChange={(e) => setGeneral({ ...general, toneStyle: e.target.value as Settings['toneStyle'] })}>
              <option value="new">{t.toneStyleNew}</option>
              <option value="old">{t.toneStyleOld}</option>
            </select>
          </label>
          <Field error={errors.categories} id="categories">
            {(described) => (
              <label>
                {t.categories}
                <textarea name="categories" rows={8} value={general.categories} {...described} onChange={(e) => setGeneral({ ...general, categories: e.target.value })} />
                <small>{t.categoriesHint}</small>
              </label>
            )}
          </Field>
          <div className="settings-targets" role="group" aria-labelledby="settings-targets-title">
            <span id="settings-targets-title">{t.targets}</span>
            <small className="muted">{t.targetsHint}</small>
            {ArticleKind.options.map((kind) => (
              <Field key={kind} error={errors[`target-${kind}`]} id={`target-${kind}`}>
                {(described) => (
                  <label className="settings-target">
                    <span>{vi.editor.kinds[kind]}</span>
                    <input
                      name={`target-${kind}`}
                      inputMode="numeric"
                      aria-label={t.targetFor(vi.editor.kinds[kind])}
                      value={general.targets[kind]}
                      {...described}
                      onChange={(e) => setTarget(kind, e.target.value)}
                    />
                  </label>
                )}
              </Field>
            ))}
          </div>
        </fieldset>
        <div id="settings-portal">
          <PortalSection view={portalView} onView={setPortalView} draft={portal} onChange={setPortal} errors={portalFieldErrors} />
        </div>
        <fieldset id="settings-spellcheck" data-testid="settings-spellcheck">
          <legend>{t.sections.spellcheck}</legend>
          <label className="checkbox">
            <input type="checkbox" name="spellcheck" checked={general.spellcheck} onChange={(e) => setGeneral({ ...general, spellcheck: e.target.checked })} />
            {t.spellcheck}
          </label>
          {/* The user dictionary ("Từ điển riêng") follows the form: removing a word saves at once, on its own action. */}
        </fieldset>
      </form>
      <UserDictionary />
      <NewsroomLearning />
      <section className="form settings-templates" aria-label={t.templates}>
        <OwnTemplates />
      </section>
      <ChannelSettings />
      <div id="settings-hub">
        <HubSettings />
      </div>
      {leaving && (
        <ConfirmDialog
          title={t.title}
          message={t.unsavedConfirm}
          confirm={t.leave}
          cancel={t.stay}
          testId="settings-leave"
          confirmTestId="settings-leave-yes"
          onCancel={() => setLeaving(null)}
          onConfirm={() => {
            setLeaveGuard(null);
            setLeaving(null);
            leaving();
          }}
        />
      )}
      {info && (
        <p className="muted">
          {t.dataDir}: <code data-testid="data-dir">{info.dataDir}</code>
        </p>
      )}
    </section>
  );
}

/** A field with its error next to it, tied by aria-describedby and aria-invalid. */
function Field(props: {
  id: string;
  error: string | undefined;
  children: (described: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => React.ReactNode;
}) {
  const errorId = `settings-error-${props.id}`;
  return (
    <div className="settings-field">
      {props.children(props.error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
      {props.error && (
        <small id={errorId} className="error-text" data-testid={errorId}>
          {props.error}
        </small>
      )}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { ModalDialog } from '../../ui/ModalDialog';
import { templateFromArticle } from './templates';

const t = vi.writing.templates;

/** "Lưu làm mẫu" in the editor's toolbar: names the article's skeleton and adds it to Settings.templates. */
export function SaveAsTemplate({ doc }: { doc: Y.Doc }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim().normalize('NFC');
    if (!trimmed) return setError(t.saveAsNameRequired);
    setBusy(true);
    try {
      const current = await call('settings.get', {});
      if (current.templates.some((x) => x.name.toLocaleLowerCase('vi') === trimmed.toLocaleLowerCase('vi'))) {
        setError(t.saveAsNameTaken);
        return;
      }
      const template = templateFromArticle(doc, trimmed, `own-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
      await call('settings.set', { patch: { templates: [...current.templates, template] } });
      setOpen(false);
      setDone(t.saved(trimmed));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="tb-button"
        data-testid="tb-save-template"
        onClick={() => {
          setName('');
          setError(null);
          setDone(null);
          setOpen(true);
        }}
      >
        {t.saveAs}
      </button>
      {done && (
        <span className="visually-hidden" role="status" data-testid="template-saved">
          {done}
        </span>
      )}
      {open && (
        <ModalDialog title={t.saveAsTitle} onClose={() => setOpen(false)} testId="save-template-dialog">
          <form onSubmit={save} className="form" noValidate>
            <p className="muted">{t.saveAsHelp}</p>
            <label>
              {t.saveAsName}
              <input
                data-autofocus
                autoFocus
                name="templateName"
                maxLength={200}
                value={name}
                placeholder={t.saveAsNameHint}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'template-name-error' : undefined}
                onChange={(e) => setName(e.target.value)}
              />
            </label>
            {error && (
              <p id="template-name-error" role="alert" className="error-text">
                {error}
              </p>
            )}
            <div className="modal-buttons">
              <button type="button" onClick={() => setOpen(false)}>
                {t.cancel}
              </button>
              <button type="submit" className="primary" disabled={busy} data-testid="save-template-confirm">
                {t.saveAsConfirm}
              </button>
            </div>
          </form>
        </ModalDialog>
      )}
    </>
  );
}

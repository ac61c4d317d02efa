import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { ModalDialog } from '../../ui/ModalDialog';
import { templateFromArticle } from './templates';

const t = vi.writing.templates;

/**
 * "Lưu làm mẫu" (the editor's toolbar opens it): names the article's
 * skeleton and adds it to Settings.templates. Rendered by the editor, not
 * inside the toolbar, whose overflow panel closes when the focus leaves it.
 */
export function SaveAsTemplateDialog({ doc, onClose, onSaved }: { doc: Y.Doc; onClose: () => void; onSaved: (message: string) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
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
      onSaved(t.saved(trimmed));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t.saveAsTitle} onClose={onClose} testId="save-template-dialog">
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
          <button type="button" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="save-template-confirm">
            {t.saveAsConfirm}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

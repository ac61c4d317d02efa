import { useEffect, useState } from 'react';
import type { ArticleTemplate } from '../../../common/article/templates';
import { call, onEvent } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { ModalDialog } from '../../ui/ModalDialog';
import { builtInTemplates, createFromTemplate } from './templates';

const t = vi.writing.templates;

/** The newsroom's own templates (Settings.templates), live. */
export function useOwnTemplates(): ArticleTemplate[] {
  const [own, setOwn] = useState<ArticleTemplate[]>([]);
  useEffect(() => {
    call('settings.get', {}).then((s) => setOwn(s.templates), () => setOwn([]));
    return onEvent('settings.changed', (s) => setOwn(s.templates));
  }, []);
  return own;
}

/**
 * "Mẫu bài…" beside "Viết bài mới": a dialog with the built-in templates and
 * the newsroom's own; choosing one creates the article and opens it.
 */
export function TemplateChooser(props: { onCreated: (articleId: string) => void; onBlank: () => void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const own = useOwnTemplates();

  const choose = async (template: ArticleTemplate) => {
    setBusy(true);
    setError(null);
    try {
      const article = await createFromTemplate(template);
      setOpen(false);
      props.onCreated(article.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const item = (template: ArticleTemplate) => (
    <li key={template.id}>
      <button type="button" disabled={busy} data-testid="template-option" data-template={template.id} aria-label={t.use(template.name)} onClick={() => void choose(template)}>
        <strong>{template.name}</strong> <span className="muted">{t.kindOf(vi.editor.kinds[template.kind])}</span>
      </button>
    </li>
  );

  return (
    <>
      <button type="button" data-testid="new-from-template" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t.button}
      </button>
      {open && (
        <ModalDialog title={t.dialogTitle} onClose={() => setOpen(false)} testId="template-dialog">
          <p>{t.intro}</p>
          <h3>{t.builtIn}</h3>
          <ul className="template-list">
            <li>
              <button
                type="button"
                disabled={busy}
                data-testid="template-blank"
                onClick={() => {
                  setOpen(false);
                  props.onBlank();
                }}
              >
                <strong>{t.blank}</strong>
              </button>
            </li>
            {builtInTemplates.map(item)}
          </ul>
          <h3>{t.own}</h3>
          {own.length === 0 ? <p className="muted">{t.ownEmpty}</p> : <ul className="template-list">{own.map(item)}</ul>}
          {error !== null && (
            <p role="alert" className="error-text">
              {errorMessage(error)}
            </p>
          )}
          <div className="modal-buttons">
            <button type="button" onClick={() => setOpen(false)}>
              {t.cancel}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}

import { useState } from 'react';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useOwnTemplates } from './TemplateChooser';
import '../settings/settings.css';

const t = vi.writing.templates;

/** Settings › Mẫu bài của tòa soạn: the newsroom's own templates, each removable at once. */
export function OwnTemplates() {
  const own = useOwnTemplates();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const remove = async (id: string, name: string) => {
    setMessage(null);
    try {
      const current = await call('settings.get', {});
      await call('settings.set', { patch: { templates: current.templates.filter((x) => x.id !== id) } });
      setMessage({ text: t.removed(name), error: false });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  };

  return (
    <fieldset data-testid="own-templates">
      <legend>{vi.settings.templates}</legend>
      {own.length === 0 ? (
        <p className="muted">{t.ownEmpty}</p>
      ) : (
        <ul className="template-list">
          {own.map((template) => (
            <li key={template.id} data-testid="own-template">
              <span>
                <strong>{template.name}</strong> <span className="muted">{t.kindOf(vi.editor.kinds[template.kind])}</span>
              </span>
              <button type="button" aria-label={t.remove(template.name)} onClick={() => void remove(template.id, template.name)}>
                {t.removeLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : undefined}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}

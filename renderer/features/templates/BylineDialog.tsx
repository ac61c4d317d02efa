import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { ModalDialog } from '../../ui/ModalDialog';

const t = vi.writing.byline;

/**
 * At the first start (Settings.bylineAsked is false) a small dialog asks for
 * the byline new articles get; answered or put off, it is never asked again
 * (Settings › Chung changes it later).
 */
export function BylineDialog() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('settings.get', {}).then(
      (s) => {
        if (live && !s.bylineAsked) {
          setName(s.authorName);
          setOpen(true);
        }
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);

  const finish = async (authorName: string | null) => {
    const trimmed = authorName?.trim().normalize('NFC') ?? null;
    if (trimmed !== null && trimmed.length > 200) return setError(t.tooLong);
    try {
      await call('settings.set', { patch: { bylineAsked: true, ...(trimmed !== null ? { authorName: trimmed } : {}) } });
      setOpen(false);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (!open) return null;
  return (
    <ModalDialog title={t.title} onClose={() => void finish(null)} testId="byline-dialog">
      <form
        className="form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void finish(name);
        }}
      >
        <p>{t.intro}</p>
        <label>
          {t.label}
          <input
            data-autofocus
            autoFocus
            name="byline"
            value={name}
            placeholder={t.hint}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'byline-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {error && (
          <p id="byline-error" role="alert" className="error-text">
            {error}
          </p>
        )}
        <div className="modal-buttons">
          <button type="button" onClick={() => void finish(null)}>
            {t.later}
          </button>
          <button type="submit" className="primary" data-testid="byline-save">
            {t.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

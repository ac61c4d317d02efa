import { useId, useState } from 'react';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { ModalDialog } from '../../ui/ModalDialog';
import { formatTime } from '../../ui/format-time';
import type { ArticleSession } from './article-session';

const t = vi.keys.version;

/**
 * Ctrl+S: a named version of the article, as "Lưu phiên bản" in the
 * history panel makes one. Every keystroke is saved already; this marks a
 * point to come back to. What is still queued is sent first, so that the
 * version holds everything on the screen.
 */
export function SaveVersionDialog(props: { session: ArticleSession; onClose: () => void; onSaved: (message: string) => void }) {
  const [name, setName] = useState(() => t.defaultName(formatTime(new Date().toISOString())));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = useId();

  const save = async () => {
    const trimmed = name.trim().normalize('NFC');
    if (trimmed === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      props.session.queue.flush();
      await props.session.queue.idle();
      await call('drafts.saveVersion', { id: props.session.articleId, name: trimmed });
      props.onSaved(t.saved(trimmed));
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={t.title} onClose={props.onClose} testId="save-version-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor={`${ids}-name`}>{t.name}</label>{' '}
        <input
          id={`${ids}-name`}
          data-autofocus
          autoFocus
          maxLength={200}
          data-testid="save-version-name"
          value={name}
          onFocus={(e) => e.target.select()}
          onChange={(e) => setName(e.target.value)}
        />
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <div className="modal-buttons">
          <button type="button" onClick={props.onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy || name.trim() === ''} data-testid="save-version-confirm">
            {busy ? t.saving : t.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

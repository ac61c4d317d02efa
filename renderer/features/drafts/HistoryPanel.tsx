import { useRef, useState, type FormEvent } from 'react';
import type { Version } from '../../../common/api/drafts.api';
import { call } from '../../services/client';
import { errorMessage, vi } from '../../i18n/vi';
import { useAsync } from '../../ui/use-async';
import { formatTime } from '../../ui/format-time';
import { ArticleTextView } from './ArticleTextView';
import { articleTextOf } from './article-text';
import { LoadError } from '../../ui/LoadError';
import { ConfirmDialog, ModalDialog } from '../../ui/ModalDialog';

const t = vi.drafts;

/** "Lịch sử phiên bản": list, save a named version, preview any version, restore it. */
export function HistoryPanel({ id, readOnly, refresh }: { id: string; readOnly: boolean; refresh: number }) {
  const [saved, setSaved] = useState(0);
  const [state, reload] = useAsync(() => call('drafts.versions', { id }), [id, refresh, saved]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [previewing, setPreviewing] = useState<Version | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await call('drafts.saveVersion', { id, name: name.trim().normalize('NFC') });
      setName('');
      setMessage(t.versionSaved);
      setSaved((n) => n + 1);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="drafts-history" data-testid="history-panel" aria-label={t.history}>
      <h3 ref={heading} tabIndex={-1}>
        {t.history}
      </h3>
      {!readOnly && (
        <form className="drafts-save-version" onSubmit={save}>
          <input
            data-testid="version-name"
            value={name}
            maxLength={200}
            placeholder={t.versionNamePlaceholder}
            aria-label={t.versionNamePlaceholder}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" data-testid="save-version" disabled={!name.trim()}>
            {t.saveVersion}
          </button>
        </form>
      )}
      {message && (
        <p role="status" className="muted">
          {message}
        </p>
      )}
      {error !== null && (
        <p role="alert" className="error-text">
          {errorMessage(error)}
        </p>
      )}
      {state.status === 'loading' && <p className="muted">{t.loading}</p>}
      {state.status === 'error' && <LoadError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && state.value.length === 0 && <p className="muted">{t.noVersions}</p>}
      {state.status === 'ready' && state.value.length > 0 && (
        <ul className="drafts-versions">
          {state.value.map((version) => (
            <li key={version.id} data-testid="version-row" data-version-kind={version.kind} className={previewing?.id === version.id ? 'selected' : ''}>
              <span className="drafts-version-when">{formatTime(version.createdAt)}</span>
              <span className="drafts-version-label">{versionLabel(version)}</span>
              <span className="muted">
                {version.author && `${t.byAuthor(version.author)} · `}
                {t.words(version.wordCount)}
              </span>
              <button type="button" data-testid="preview-version" onClick={() => setPreviewing(version)}>
                {t.preview}
              </button>
            </li>
          ))}
        </ul>
      )}
      {previewing && (
        <VersionPreview
          id={id}
          version={previewing}
          readOnly={readOnly}
          onClose={() => setPreviewing(null)}
          fallbackFocus={() => heading.current}
          onRestored={() => {
            setPreviewing(null);
            setMessage(t.restored);
            setSaved((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}

function versionLabel(version: Version): string {
  const kind = t.versionKinds[version.kind];
  if (version.kind === 'restore') return version.name ? t.restoredFrom(version.name) : kind;
  return version.name ? `${version.name} (${kind})` : kind;
}

function VersionPreview(props: {
  id: string;
  version: Version;
  readOnly: boolean;
  onClose: () => void;
  onRestored: () => void;
  fallbackFocus: () => HTMLElement | null;
}) {
  const { id, version } = props;
  const [state] = useAsync(() => call('drafts.previewVersion', { id, versionId: version.id }), [id, version.id]);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const restore = async () => {
    setError(null);
    try {
      await call('drafts.restoreVersion', { id, versionId: version.id });
      props.onRestored();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <ModalDialog
      title={t.previewTitle(formatTime(version.createdAt))}
      onClose={props.onClose}
      testId="version-preview"
      fallbackFocus={props.fallbackFocus}
      className="modal-wide drafts-version-preview"
    >
      <div className="drafts-actions modal-buttons">
        {!props.readOnly && (
          <button type="button" className="primary" data-testid="restore-version" onClick={() => setConfirming(true)}>
            {t.restoreVersion}
          </button>
        )}
        <button type="button" data-testid="close-version-preview" onClick={props.onClose}>
          {t.closePreview}
        </button>
      </div>
      {error !== null && (
        <p role="alert" className="error-text">
          {errorMessage(error)}
        </p>
      )}
      {state.status === 'loading' && <p className="muted">{t.loading}</p>}
      {state.status === 'error' && (
        <p role="alert" className="error-text">
          {errorMessage(state.error)}
        </p>
      )}
      {state.status === 'ready' && <ArticleTextView text={articleTextOf(state.value.state)} testId="version-text" />}
      {confirming && (
        <ConfirmDialog
          title={t.restoreVersion}
          message={t.confirmRestoreVersion}
          confirm={t.restoreVersion}
          cancel={t.cancel}
          testId="confirm-restore-dialog"
          confirmTestId="confirm-restore-version"
          onConfirm={restore}
          onCancel={() => setConfirming(false)}
        />
      )}
    </ModalDialog>
  );
}

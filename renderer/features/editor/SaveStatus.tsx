import { useEffect, useState, type ReactNode } from 'react';
import type { Counts } from '../../../common/article/word-count';
import { createPortal } from 'react-dom';
import { errorMessage, vi } from '../../i18n/vi';
import { formatTime } from '../../ui/format-time';
import type { SaveState } from './save-queue';
import { useLiveSelect, useLiveText, type LiveValue } from './live-value';
import type { SaveStateStore } from './save-state-store';

const t = vi.editor.save;

export function saveStateText(state: SaveState): string {
  if (state.kind === 'saving') return t.saving;
  if (state.kind === 'saved') return state.at ? t.saved(formatTime(state.at, { date: false })) : t.savedNothing;
  return `${t.failed(errorMessage({ code: state.code }))}${state.retrying ? ` ${t.retrying}` : ''}`;
}

/**
 * Save state and counts in the shell's status bar (its #status-slot), or in
 * place when there is none. "Đang lưu…" / "Đã lưu lúc …" and the counts change
 * while the user types, so they are written into the DOM directly; React
 * renders again only when a save error appears or goes away.
 */
export function SaveStatus(props: { store: SaveStateStore; counts: LiveValue<Counts | null>; onRetry: () => void; extra?: ReactNode }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setSlot(document.getElementById('status-slot')), []);
  const errorKey = useLiveSelect(props.store, (s) => (s.kind === 'error' ? `${s.code}|${s.retrying}` : null));
  const countsRef = useLiveText(props.counts, (c) => ({ text: c ? vi.editor.counts(c.words, c.chars) : '' }));
  const state = props.store.get();
  const content = (
    <>
      <span data-testid="word-count" ref={countsRef} />
      {props.extra}
      {errorKey === null || state.kind !== 'error' ? (
        <SavedOrSaving store={props.store} />
      ) : (
        <span data-testid="save-state" data-state="error" role="alert" className="error-text">
          {saveStateText(state)}{' '}
          <button type="button" className="link-button" onClick={props.onRetry} data-testid="save-retry">
            {t.retry}
          </button>
        </span>
      )}
    </>
  );
  return slot ? createPortal(content, slot) : <div className="editor-status">{content}</div>;
}

function SavedOrSaving({ store }: { store: SaveStateStore }) {
  const ref = useLiveText(store, (state) =>
    state.kind === 'error' ? { text: '' } : { text: saveStateText(state), attributes: { 'data-state': state.kind } },
  );
  return <span data-testid="save-state" ref={ref} />;
}

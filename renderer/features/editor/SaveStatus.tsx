import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { errorMessage, vi } from '../../i18n/vi';
import type { SaveState } from './save-queue';

const t = vi.editor.save;

export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** Save state and counts in the shell's status bar (its #status-slot), or in place when there is none. */
export function SaveStatus(props: { state: SaveState; counts: string; onRetry: () => void }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setSlot(document.getElementById('status-slot')), []);
  const { state } = props;
  const content = (
    <>
      <span data-testid="word-count">{props.counts}</span>
      {state.kind === 'saved' && (
        <span data-testid="save-state" data-state="saved">
          {state.at ? t.saved(formatTime(state.at)) : t.savedNothing}
        </span>
      )}
      {state.kind === 'saving' && (
        <span data-testid="save-state" data-state="saving">
          {t.saving}
        </span>
      )}
      {state.kind === 'error' && (
        <span data-testid="save-state" data-state="error" role="alert" className="error-text">
          {t.failed(errorMessage({ code: state.code }))} {state.retrying && t.retrying}{' '}
          <button type="button" className="link-button" onClick={props.onRetry} data-testid="save-retry">
            {t.retry}
          </button>
        </span>
      )}
    </>
  );
  return slot ? createPortal(content, slot) : <div className="editor-status">{content}</div>;
}

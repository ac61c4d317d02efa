import { useEffect, useRef, useState } from 'react';
import { vi } from '../../i18n/vi';

const t = vi.drafts.undo;
/** How long "Hoàn tác" stays; paused while the pointer or the focus is on the notice. */
export const UNDO_MS = 10_000;

export interface UndoOffer {
  /** Grows with each offer, so a second trash restarts the timer. */
  key: number;
  message: string;
  undo: () => void;
}

/**
 * The notice after a move to the trash, with "Hoàn tác". It is a live region
 * (read out when it appears), it is in the tab order right after the list's
 * toolbar, and it goes away by itself after a few seconds unless the user is
 * on it. Ctrl+Z in the list does the same as the button (DraftsScreen).
 */
export function UndoNotice({ offer, status, onExpire }: { offer: UndoOffer | null; status: string | null; onExpire: () => void }) {
  const [paused, setPaused] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!offer || paused) return;
    const timer = setTimeout(onExpire, UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer, paused, onExpire]);
  return (
    <div
      ref={box}
      className={offer || status ? 'drafts-notice' : 'drafts-notice empty'}
      role="status"
      aria-live="polite"
      data-testid="undo-notice"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(event) => {
        if (!box.current?.contains(event.relatedTarget as Node | null)) setPaused(false);
      }}
    >
      {offer && (
        <>
          <span>{offer.message}</span>
          <button type="button" className="primary" data-testid="undo-trash" aria-keyshortcuts="Control+Z" onClick={offer.undo}>
            {t.action}
          </button>
          <button type="button" className="link" aria-label={t.close} onClick={onExpire}>
            ×
          </button>
        </>
      )}
      {!offer && status && <span>{status}</span>}
    </div>
  );
}

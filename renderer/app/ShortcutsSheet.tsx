import { useEffect, useState } from 'react';
import { vi } from '../i18n/vi';
import { ModalDialog } from '../ui/ModalDialog';
import { isShortcutsKey, SHORTCUTS_EVENT } from '../ui/shortcuts';

const t = vi.a11y.shortcuts;

/** "Phím tắt": F1 or Ctrl+/ anywhere, the navigation's button, or the editor's toolbar. */
export function ShortcutsSheet() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcutsKey(event) || event.isComposing) return;
      event.preventDefault();
      setOpen(true);
    };
    const onOpen = () => setOpen(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener(SHORTCUTS_EVENT, onOpen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(SHORTCUTS_EVENT, onOpen);
    };
  }, []);
  if (!open) return null;
  return (
    <ModalDialog title={t.title} onClose={() => setOpen(false)} testId="shortcuts-sheet">
      {/* The list scrolls when it is longer than the screen: the region takes the focus, so keys can scroll it. */}
      <div className="shortcut-scroll" role="region" aria-label={t.title} tabIndex={0}>
        <dl className="shortcut-list">
          {t.list.map(([keys, what]) => (
            <div key={keys} style={{ display: 'contents' }}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="modal-buttons">
        <button type="button" className="primary" onClick={() => setOpen(false)}>
          {t.close}
        </button>
      </div>
    </ModalDialog>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A modal dialog: aria-modal, focus kept inside (Tab cycles), Escape closes,
 * and focus goes back to what had it before.
 */
export function ModalDialog(props: { title: string; onClose: () => void; children: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  // What had focus when the dialog opened (read while rendering, before anything moves it).
  const [before] = useState(() => document.activeElement as HTMLElement | null);

  useEffect(() => {
    const box = ref.current!;
    const focusables = () =>
      [...box.querySelectorAll<HTMLElement>('button, textarea, input, select, a[href], [tabindex]:not([tabindex="-1"])')].filter(
        (el) => !el.hasAttribute('disabled'),
      );
    (box.querySelector<HTMLElement>('[autofocus], textarea, input') ?? focusables()[0] ?? box).focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        onClose.current();
      } else if (e.key === 'Tab') {
        const list = focusables();
        if (list.length === 0) return e.preventDefault();
        const first = list[0]!;
        const last = list.at(-1)!;
        if (e.shiftKey && (document.activeElement === first || !box.contains(document.activeElement))) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (document.activeElement === last || !box.contains(document.activeElement))) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      // After the dialog has left the DOM.
      setTimeout(() => before && document.contains(before) && before.focus(), 0);
    };
  }, [before]);

  return (
    <div className="modal-backdrop">
      <div ref={ref} className="modal" role="dialog" aria-modal="true" aria-labelledby="modal-title" tabIndex={-1} data-testid={props.testId}>
        <h2 id="modal-title">{props.title}</h2>
        {props.children}
      </div>
    </div>
  );
}

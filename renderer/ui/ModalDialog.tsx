import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './modal.css';

/** The open modals, innermost last: only the innermost one answers Tab and Escape. */
const stack: HTMLElement[] = [];

const FOCUSABLE =
  'button, textarea, input, select, iframe, a[href], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

export interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  /** `alertdialog` for a confirmation that interrupts (restore, delete). */
  role?: 'dialog' | 'alertdialog';
  /** Extra class on the dialog box (e.g. `modal-wide` for previews). */
  className?: string;
  /** Hide the heading visually (it still names the dialog). */
  hideTitle?: boolean;
  /** Where focus goes when the dialog closes and what opened it is gone. */
  fallbackFocus?: () => HTMLElement | null | undefined;
}

/**
 * The one modal of the app (dialogs, previews, confirmations): aria-modal,
 * rendered over everything with the rest made inert, focus kept inside (Tab
 * cycles), Escape closes, and focus goes back to what opened it.
 */
export function ModalDialog(props: ModalDialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const latest = useRef(props);
  latest.current = props;
  // What had focus when the dialog opened (read while rendering, before anything moves it).
  const [opener] = useState(() => document.activeElement as HTMLElement | null);

  useEffect(() => {
    const box = ref.current!;
    const backdrop = box.parentElement!;
    stack.push(box);
    // Everything else on the page leaves the tab order and the accessibility tree.
    const madeInert = [...document.body.children].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== backdrop && !el.inert,
    );
    for (const el of madeInert) el.inert = true;

    const focusables = () =>
      [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0);
    // A field React already focused (autoFocus) keeps it.
    if (!box.contains(document.activeElement)) (box.querySelector<HTMLElement>('[data-autofocus]') ?? focusables()[0] ?? box).focus();

    const onKey = (e: KeyboardEvent) => {
      if (stack.at(-1) !== box || e.isComposing) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        latest.current.onClose();
      } else if (e.key === 'Tab') {
        const list = focusables();
        if (list.length === 0) return e.preventDefault();
        const first = list[0]!;
        const last = list.at(-1)!;
        const inside = box.contains(document.activeElement);
        if (e.shiftKey && (document.activeElement === first || !inside)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (document.activeElement === last || !inside)) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      stack.splice(stack.indexOf(box), 1);
      for (const el of madeInert) el.inert = false;
      // After the dialog has left the DOM (and the opener's screen has re-rendered).
      setTimeout(() => {
        // Something closed the dialog and put the focus somewhere on purpose (e.g. "Đến chỗ này"): leave it there.
        if (document.activeElement && document.activeElement !== document.body) return;
        const back = [opener, latest.current.fallbackFocus?.()].find((el) => el && el !== document.body && document.contains(el));
        back?.focus();
      }, 0);
    };
  }, [opener]);

  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={props.className ? `modal ${props.className}` : 'modal'}
        role={props.role ?? 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid={props.testId}
      >
        <h2 id={titleId} className={props.hideTitle ? 'visually-hidden' : undefined}>
          {props.title}
        </h2>
        {props.children}
      </div>
    </div>,
    document.body,
  );
}

/** A yes/no question as a modal alert dialog (the app's replacement for `window.confirm`). */
export function ConfirmDialog(props: {
  title: string;
  message: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  danger?: boolean;
  testId?: string;
  confirmTestId?: string;
}) {
  return (
    <ModalDialog title={props.title} onClose={props.onCancel} role="alertdialog" testId={props.testId}>
      <p>{props.message}</p>
      <div className="modal-buttons">
        <button type="button" onClick={props.onCancel} data-autofocus>
          {props.cancel}
        </button>
        <button
          type="button"
          className={props.danger ? 'danger' : 'primary'}
          disabled={props.busy}
          data-testid={props.confirmTestId}
          onClick={props.onConfirm}
        >
          {props.confirm}
        </button>
      </div>
    </ModalDialog>
  );
}

import { useEffect, useRef } from 'react';
import { isComposingKey } from '../../editor/extensions/ime-guard/ime-guard';
import { isPlainCtrl as plainCtrl } from '../../ui/shortcuts';

export interface DeskKeys {
  /** Ctrl+S: save a named version. */
  save: () => void;
  /** Ctrl+P: the print preview. */
  print: () => void;
  /** Ctrl+F (find) and Ctrl+H (find and replace). */
  find: (replace: boolean) => void;
}

/**
 * The editor's Word-style shortcuts, on the window so that they work from
 * the toolbar, the side panel or a lost focus as well as from the text.
 * Not while a dialog is open (it has the keyboard), nor during an input
 * method's composition. Ctrl+S never reaches the browser ("Save page"):
 * the app shell blocks it everywhere (blockBrowserSave).
 */
export function useDeskKeys(keys: DeskKeys): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isComposingKey(event) || (event.defaultPrevented && !plainCtrl(event, 's'))) return;
      const action = plainCtrl(event, 's')
        ? () => latest.current.save()
        : plainCtrl(event, 'p')
          ? () => latest.current.print()
          : plainCtrl(event, 'f')
            ? () => latest.current.find(false)
            : plainCtrl(event, 'h')
              ? () => latest.current.find(true)
              : null;
      if (!action) return;
      event.preventDefault();
      if (document.querySelector('[aria-modal="true"]')) return;
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

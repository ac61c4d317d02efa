/** Opens the "Phím tắt" sheet from anywhere (the app shell listens). */
export const SHORTCUTS_EVENT = 'toasoan:shortcuts';

export function openShortcuts(): void {
  window.dispatchEvent(new Event(SHORTCUTS_EVENT));
}

/** F1 or Ctrl+/ (Ctrl+Shift+7 on some layouts gives "/" too). */
export function isShortcutsKey(event: KeyboardEvent): boolean {
  return event.key === 'F1' || ((event.ctrlKey || event.metaKey) && (event.key === '/' || event.code === 'Slash'));
}

/** Ctrl (Cmd on a Mac) with one letter and nothing else, by key or, on other layouts, by physical key. */
export function isPlainCtrl(event: KeyboardEvent, letter: string): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
  return event.key.toLowerCase() === letter || event.code === `Key${letter.toUpperCase()}`;
}

/** Ctrl+S anywhere in the app: never the browser's "Save page" dialog (in the editor it saves a version). */
export function blockBrowserSave(event: KeyboardEvent): void {
  if (isPlainCtrl(event, 's')) event.preventDefault();
}

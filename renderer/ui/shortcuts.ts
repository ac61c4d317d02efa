/** Opens the "Phím tắt" sheet from anywhere (the app shell listens). */
export const SHORTCUTS_EVENT = 'toasoan:shortcuts';

export function openShortcuts(): void {
  window.dispatchEvent(new Event(SHORTCUTS_EVENT));
}

/** F1 or Ctrl+/ (Ctrl+Shift+7 on some layouts gives "/" too). */
export function isShortcutsKey(event: KeyboardEvent): boolean {
  return event.key === 'F1' || ((event.ctrlKey || event.metaKey) && (event.key === '/' || event.code === 'Slash'));
}

/**
 * "14:05:09 26/11/2026": when something happened, in the computer's time
 * zone (the newsroom's). `{ date: false }` gives the clock alone, for what
 * happened moments ago (the save status). A bad value gives ''.
 */
export function formatTime(iso: string, options: { date?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const clock = date.toLocaleTimeString('vi-VN', { hour12: false });
  return options.date === false ? clock : `${clock} ${date.toLocaleDateString('vi-VN')}`;
}

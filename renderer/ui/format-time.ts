/**
 * The one way the app writes a moment: "26/11/2026 14:05" (dd/mm/yyyy, 24 h,
 * zero-padded), in the computer's time zone (the newsroom's). Every date the
 * user reads goes through here, so lists, history, review and outbox agree.
 *
 * - `{ date: false }`: the clock alone with seconds ("14:05:09"), for what
 *   happened moments ago (the save status);
 * - `{ time: false }`: the date alone ("26/11/2026");
 * - `{ seconds: true }`: the full form with seconds.
 *
 * A bad value gives ''. Built by hand rather than with toLocaleString, whose
 * output differs between ICU versions (Chromium gives "14:05:09 26/11/2026",
 * Node sometimes "14:05:09, 26/11/2026", and dateStyle 'short' drops zeros).
 */
export function formatTime(
  value: string | number | Date,
  options: { date?: boolean; time?: boolean; seconds?: boolean } = {},
): string {
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()}`;
  const clock = `${two(at.getHours())}:${two(at.getMinutes())}`;
  if (options.date === false) return `${clock}:${two(at.getSeconds())}`;
  if (options.time === false) return day;
  return `${day} ${options.seconds ? `${clock}:${two(at.getSeconds())}` : clock}`;
}

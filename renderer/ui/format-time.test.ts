import { describe, expect, it } from 'vitest';
import { formatTime } from './format-time';

describe('formatTime', () => {
  // Local times, so the test holds in any time zone the machine is set to.
  const early = new Date(2026, 0, 5, 7, 3, 9).toISOString();
  const late = new Date(2026, 10, 26, 23, 45, 0).toISOString();

  it('writes dd/mm/yyyy and a 24-hour clock, zero-padded', () => {
    expect(formatTime(early)).toBe('05/01/2026 07:03');
    expect(formatTime(late)).toBe('26/11/2026 23:45');
    expect(formatTime(early, { seconds: true })).toBe('05/01/2026 07:03:09');
  });

  it('gives the date alone or the clock alone when asked', () => {
    expect(formatTime(early, { time: false })).toBe('05/01/2026');
    expect(formatTime(late, { date: false })).toBe('23:45:00');
  });

  it('takes a Date or a number of milliseconds as well as an ISO string', () => {
    expect(formatTime(new Date(early))).toBe('05/01/2026 07:03');
    expect(formatTime(Date.parse(late))).toBe('26/11/2026 23:45');
  });

  it('gives nothing for a bad value', () => {
    expect(formatTime('not a time')).toBe('');
    expect(formatTime('not a time', { date: false })).toBe('');
  });
});

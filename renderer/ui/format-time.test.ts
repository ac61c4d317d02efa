import { describe, expect, it } from 'vitest';
import { formatTime } from './format-time';

describe('formatTime', () => {
  it('formats times for the newsroom and tolerates a bad value', () => {
    const iso = '2026-11-26T02:05:09.000Z';
    const local = new Date(iso);
    const two = (n: number) => String(n).padStart(2, '0');
    const clock = `${two(local.getHours())}:${two(local.getMinutes())}:${two(local.getSeconds())}`;
    expect(formatTime(iso)).toBe(`${clock} ${local.getDate()}/${local.getMonth() + 1}/${local.getFullYear()}`);
    expect(formatTime(iso, { date: false })).toBe(clock);
    expect(formatTime('not a time')).toBe('');
    expect(formatTime('not a time', { date: false })).toBe('');
  });
});

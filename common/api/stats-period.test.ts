import { describe, expect, it } from 'vitest';
import {
  currentQuarter,
  formatCount,
  formatDayVi,
  formatDong,
  parsePeriodLabel,
  periodBounds,
  periodLabel,
  previousPeriod,
  quarterOf,
  sameLastYear,
} from './stats-period';

describe('statistics periods, the Vietnamese way', () => {
  it('writes quarters in Roman numerals and months, years and ranges in Vietnamese', () => {
    expect(periodLabel({ kind: 'quarter', year: 2023, quarter: 3 })).toBe('Quý III/2023');
    expect(periodLabel({ kind: 'quarter', year: 2024, quarter: 4 })).toBe('Quý IV/2024');
    expect(periodLabel({ kind: 'month', year: 2023, month: 7 })).toBe('Tháng 7/2023');
    expect(periodLabel({ kind: 'year', year: 2022 })).toBe('Năm 2022');
    expect(periodLabel({ kind: 'range', from: '2023-07-01', to: '2023-08-15' })).toBe('01/07/2023 – 15/08/2023');
  });

  it('reads what people type back into a period', () => {
    expect(parsePeriodLabel('Quý III/2023')).toEqual({ kind: 'quarter', year: 2023, quarter: 3 });
    expect(parsePeriodLabel('quý 2 - 2021')).toEqual({ kind: 'quarter', year: 2021, quarter: 2 });
    expect(parsePeriodLabel('Q4/2022')).toEqual({ kind: 'quarter', year: 2022, quarter: 4 });
    expect(parsePeriodLabel('Tháng 12/2023')).toEqual({ kind: 'month', year: 2023, month: 12 });
    expect(parsePeriodLabel('Năm 2024')).toEqual({ kind: 'year', year: 2024 });
    expect(parsePeriodLabel('Quý V/2023')).toBeNull();
    expect(parsePeriodLabel('Tháng 13/2023')).toBeNull();
  });

  it('bounds a quarter by midnight in Vietnam (UTC+7), so 23:30 on 30/09 is still the third quarter', () => {
    expect(periodBounds({ kind: 'quarter', year: 2023, quarter: 3 })).toEqual({
      from: '2023-06-30T17:00:00.000Z',
      to: '2023-09-30T17:00:00.000Z',
    });
    expect(quarterOf('2023-09-30T16:30:00.000Z')).toEqual({ year: 2023, quarter: 3 });
    expect(quarterOf('2023-09-30T17:30:00.000Z')).toEqual({ year: 2023, quarter: 4 });
    expect(formatDayVi('2023-09-30T17:30:00.000Z')).toBe('01/10/2023');
    expect(periodBounds({ kind: 'range', from: '2024-02-01', to: '2024-02-29' })).toEqual({
      from: '2024-01-31T17:00:00.000Z',
      to: '2024-02-29T17:00:00.000Z',
    });
    expect(currentQuarter(Date.parse('2023-12-31T18:00:00.000Z'))).toEqual({ kind: 'quarter', year: 2024, quarter: 1 });
  });

  it('compares with the period before and the same period a year earlier, across a year boundary', () => {
    expect(previousPeriod({ kind: 'quarter', year: 2023, quarter: 1 })).toEqual({ kind: 'quarter', year: 2022, quarter: 4 });
    expect(previousPeriod({ kind: 'month', year: 2023, month: 1 })).toEqual({ kind: 'month', year: 2022, month: 12 });
    expect(previousPeriod({ kind: 'range', from: '2023-07-11', to: '2023-07-20' })).toEqual({ kind: 'range', from: '2023-07-01', to: '2023-07-10' });
    expect(sameLastYear({ kind: 'quarter', year: 2023, quarter: 3 })).toEqual({ kind: 'quarter', year: 2022, quarter: 3 });
    expect(sameLastYear({ kind: 'range', from: '2024-02-01', to: '2024-02-29' })).toEqual({ kind: 'range', from: '2023-02-01', to: '2023-02-28' });
  });

  it('formats money and counts with dots between thousands', () => {
    expect(formatDong(1_250_000)).toBe('1.250.000 đ');
    expect(formatDong(999)).toBe('999 đ');
    expect(formatDong(0)).toBe('0 đ');
    expect(formatDong(1_234_567.6)).toBe('1.234.568 đ');
    expect(formatCount(10_000)).toBe('10.000');
  });
});

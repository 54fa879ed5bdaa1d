import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../src/core/text/calendar-date';

describe('isCalendarDate', () => {
  it('takes a real day written YYYY-MM-DD and nothing else', () => {
    expect(isCalendarDate('2024-01-10')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2023-02-29',
      '2024-02-30',
      '2024-13-01',
      '2024-1-10',
      '2024-01-10T00:00',
      ' 2024-01-10',
      '',
      undefined,
      20240110,
    ]) {
      expect(isCalendarDate(bad), String(bad)).toBe(false);
    }
  });
});

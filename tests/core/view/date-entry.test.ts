import { describe, expect, it } from 'vitest';
import { canonicalDate, dateFieldState } from '../../../src/core/view/date-entry';

describe('canonicalDate', () => {
  it('reads the usual ways of writing a date as YYYY-MM-DD', () => {
    for (const text of [
      '2024-01-08',
      '2024-1-8',
      '2024/1/8',
      '2024.01.08',
      '2024年1月8日',
      ' 20240108 ',
      '２０２４-０１-０８',
    ])
      expect(canonicalDate(text), text).toBe('2024-01-08');
  });
  it('keeps the shape of a day that does not exist, and refuses what is no date', () => {
    expect(canonicalDate('2024-02-30')).toBe('2024-02-30');
    for (const text of ['01/08/2024', '2024-01', 'yesterday', '2024-001-08'])
      expect(canonicalDate(text), text).toBeNull();
  });
});

describe('dateFieldState', () => {
  it('reports a real date, and nothing for an empty field', () => {
    expect(dateFieldState('2024/1/8', false)).toEqual({ date: '2024-01-08', problem: null });
    expect(dateFieldState('  ', true)).toEqual({ date: '', problem: null });
  });
  it('says a day that is not in the calendar is none', () => {
    expect(dateFieldState('2023-02-29', false)).toEqual({ date: '', problem: 'no-such-day' });
    expect(dateFieldState('2024-13-01', false)).toEqual({ date: '', problem: 'no-such-day' });
  });
  it('lets an unfinished date be typed, and calls it wrong once the field is left', () => {
    for (const text of ['2', '2024', '2024-', '2024-0', '2024-01-', '2024年1月', '202401'])
      expect(dateFieldState(text, false), text).toEqual({ date: '', problem: null });
    expect(dateFieldState('2024-0', true)).toEqual({ date: '', problem: 'format' });
  });
  it('calls a text that cannot become a date wrong at once', () => {
    for (const text of ['01/08/2024', 'Jan 8', '2024-01-08x', '202401081'])
      expect(dateFieldState(text, false), text).toEqual({ date: '', problem: 'format' });
  });
});

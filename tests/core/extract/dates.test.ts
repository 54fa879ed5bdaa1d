import { describe, expect, it } from 'vitest';
import { findDateline, findFullDate, parseDate } from '../../../src/core/extract/dates';

describe('dates as pages write them', () => {
  it.each([
    ['2024-01-10 22:15', '2024-01-10'],
    ['2024/1/9', '2024-01-09'],
    ['2024年1月10日', '2024-01-10'],
    ['January 10, 2024', '2024-01-10'],
    ['Sept. 9, 2025', '2025-09-09'],
    ['Jan. 9 2024', '2024-01-09'],
    ['10 January 2024', '2024-01-10'],
    ['2024-04-02T15:10:00-04:00', '2024-04-02'],
    [' 2024 04/26 17:30:12', '2024-04-26'],
  ])('%s → %s', (input, date) => {
    expect(parseDate(input)).toBe(date);
  });

  it('refuses impossible dates and text without a date', () => {
    expect(parseDate('2024-02-30')).toBeUndefined();
    expect(parseDate('February 30, 2024')).toBeUndefined();
    expect(parseDate('Readout of the call')).toBeUndefined();
  });

  it('finds the first full date of a text with its offsets', () => {
    const text = 'On January 10, 2024, they spoke; on 2024-02-01 they met.';
    expect(findFullDate(text)).toEqual({ date: '2024-01-10', start: 3, end: 19 });
  });

  it('completes a yearless dateline with the given year, and prefers a full date that comes first', () => {
    expect(findDateline('当地时间1月10日，双方通电话。', 2024)?.date).toBe('2024-01-10');
    expect(findDateline('On March 3, the two met.', 2025)?.date).toBe('2025-03-03');
    expect(findDateline('当地时间1月10日', undefined)).toBeUndefined();
    expect(findDateline('2023年12月31日，1月2日', 2024)?.date).toBe('2023-12-31');
  });
});

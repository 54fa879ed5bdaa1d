import { isCalendarDate } from '../text/calendar-date';

/*
 * A date typed into a text field (the app's date fields are text, not <input type="date">, whose display
 * follows the browser's locale: mm/dd/yyyy in the Chinese UI). Written YYYY-MM-DD; 2024/1/8, 2024.1.8,
 * 2024年1月8日, 20240108 and full-width digits (a Chinese IME) are read as the same date.
 */

export type DateProblem = 'format' | 'no-such-day';

/** What the field shows and what it tells its form: a real date or '' (never half a date). */
export interface DateFieldState {
  /** YYYY-MM-DD, or '' while the text is empty, unfinished or wrong. */
  date: string;
  /** Shown beside the field; null while the text is fine or still being typed. */
  problem: DateProblem | null;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const WRITTEN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const PACKED = /^(\d{4})(\d{2})(\d{2})$/;
/** A beginning of a date in one of those forms: still being typed, so not yet wrong. */
const UNFINISHED = /^\d{0,8}$|^\d{4}\s*[-/.年]\s*(\d{1,2}(\s*[-/.月]\s*\d?)?)?$/;

function ascii(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
}

/** The text as YYYY-MM-DD when it has a date's shape (the day may not exist); null otherwise. */
export function canonicalDate(text: string): string | null {
  const t = ascii(text);
  const m = WRITTEN.exec(t) ?? PACKED.exec(t);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * A date field's state from its text. `left`: the reader has left the field, so an unfinished date is now
 * wrong too (while typing, "2024-0" is only unfinished and shows no error).
 */
export function dateFieldState(text: string, left: boolean): DateFieldState {
  const t = ascii(text);
  if (t === '') return { date: '', problem: null };
  const date = canonicalDate(t);
  if (date !== null)
    return isCalendarDate(date) ? { date, problem: null } : { date: '', problem: 'no-such-day' };
  return { date: '', problem: left || !UNFINISHED.test(t) ? 'format' : null };
}

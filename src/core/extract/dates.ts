/**
 * Dates as pages and readouts write them → YYYY-MM-DD: 2024-01-10, 2024/1/10, 2024年1月10日,
 * January 10, 2024, 10 January 2024, Jan. 10, 2024, an ISO timestamp; and a dateline without a year
 * (当地时间1月10日, "On January 10") completed with a known year.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH_WORD =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // e.g. 30 February
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(word: string | undefined): number {
  return MONTHS.indexOf((word ?? '').slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

interface DatePattern {
  re: RegExp;
  read: (m: RegExpExecArray, year?: number) => string | undefined;
}

const FULL: DatePattern[] = [
  {
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    read: (m) => isoDate(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)),
  },
  {
    re: new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => isoDate(+(m[3] ?? 0), monthNumber(m[1]), +(m[2] ?? 0)),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_WORD},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => isoDate(+(m[3] ?? 0), monthNumber(m[2]), +(m[1] ?? 0)),
  },
  {
    re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g,
    read: (m) => isoDate(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)),
  },
  // Xinhua's split header: "2024 04/26 17:30:12".
  {
    re: /\b(\d{4})\s+(\d{1,2})\/(\d{1,2})(?!\d)/g,
    read: (m) => isoDate(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)),
  },
];

const YEARLESS: DatePattern[] = [
  {
    re: /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    read: (m, year) => (year ? isoDate(year, +(m[1] ?? 0), +(m[2] ?? 0)) : undefined),
  },
  {
    re: new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`, 'gi'),
    read: (m, year) => (year ? isoDate(year, monthNumber(m[1]), +(m[2] ?? 0)) : undefined),
  },
];

export interface DateHit {
  date: string;
  start: number;
  end: number;
}

function firstHit(text: string, patterns: DatePattern[], year?: number): DateHit | undefined {
  let best: DateHit | undefined;
  for (const { re, read } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = read(m, year);
      if (!date) continue;
      if (!best || m.index < best.start) best = { date, start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best;
}

/** The first full date written in `text` (a dateline comes first), with its offsets. */
export function findFullDate(text: string): DateHit | undefined {
  return firstHit(text, FULL);
}

/** A string that should be a date (a `<time datetime>`, a meta tag, a page's date line) → YYYY-MM-DD. */
export function parseDate(value: string): string | undefined {
  return findFullDate(value.slice(0, 200))?.date;
}

/** The first date in `text`, full or completed with `year` (a Chinese dateline often omits the year). */
export function findDateline(text: string, year?: number): DateHit | undefined {
  const full = findFullDate(text);
  const partial = year ? firstHit(text, YEARLESS, year) : undefined;
  if (full && (!partial || full.start <= partial.start)) return full;
  return partial;
}

import type { Bilingual, Lang, MeetingFormat } from '../model';

/*
 * Locale-aware formatting for the UI. Pure functions of their arguments (the UI language is passed in), so they
 * run the same in Node tests and the browser.
 */

/** The BCP 47 tag used for Intl and `lang` attributes. */
export function localeTag(lang: Lang): 'zh-CN' | 'en' {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** The UI-language half of a bilingual string, falling back to the other half when it is empty. */
export function pick(text: Bilingual, lang: Lang): string {
  const preferred = text[lang];
  return preferred.trim() !== '' ? preferred : lang === 'zh' ? text.en : text.zh;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD string as a UTC Date (so the calendar day never shifts with the reader's time zone). */
export function parseIsoDate(iso: string): Date | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2024-13-45 over into 2025; such a value is not a date.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

type DateStyle = 'long' | 'medium' | 'short';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar date's fields, for the two UI languages' patterns below. */
interface Day {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

function dayOf(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/*
 * Dates are written from their fields with the two UI languages' patterns (CLDR's for en and zh-CN: "January
 * 10, 2024", "Jan 10, 2024", "1/10/2024"; "2024年1月10日", "2024/1/10"), not with Intl.DateTimeFormat: the same
 * text in every browser and in Node, whose ICU versions space and punctuate ranges differently (the list is
 * prerendered in Node and hydrated in the browser), and no formatter to build on the first page's first render.
 */

function monthName(month: number, style: DateStyle): string {
  const name = MONTHS_EN[month - 1] ?? String(month);
  return style === 'long' ? name : name.slice(0, 3);
}

/** One date in a UI language; `omit` leaves out the fields a range's other date already gives. */
function dateText(
  d: Day,
  lang: Lang,
  style: DateStyle,
  omit: 'none' | 'year' | 'year-month' = 'none',
): string {
  if (lang === 'zh') {
    const sep = style === 'short' ? ['/', '/', ''] : ['年', '月', '日'];
    const year = omit === 'none' ? `${d.year}${sep[0]}` : '';
    const month = omit === 'year-month' ? '' : `${d.month}${sep[1]}`;
    return `${year}${month}${d.day}${sep[2]}`;
  }
  if (style === 'short') return `${d.month}/${d.day}/${d.year}`;
  const month = omit === 'year-month' ? '' : `${monthName(d.month, style)} `;
  return `${month}${d.day}${omit === 'none' ? `, ${d.year}` : ''}`;
}

/** A calendar date in the UI language; an unparseable value is returned unchanged rather than hidden. */
export function formatDate(iso: string, lang: Lang, style: DateStyle = 'long'): string {
  const date = parseIsoDate(iso);
  return date ? dateText(dayOf(date), lang, style) : iso;
}

/**
 * A date or a date range (e.g. a two-day meeting) in the UI language, the end dropping what it shares with the
 * start: "January 8 – 9, 2024", "January 31 – February 1, 2024", "2024年1月8日–9日", "2024年1月31日–2月1日".
 */
export function formatDateRange(
  start: string,
  end: string | undefined,
  lang: Lang,
  style: DateStyle = 'long',
): string {
  const from = parseIsoDate(start);
  const to = end === undefined ? null : parseIsoDate(end);
  if (!from) return end ? `${start} – ${end}` : start;
  if (!to || to.getTime() === from.getTime()) return dateText(dayOf(from), lang, style);
  const [a, b] = [dayOf(from), dayOf(to)];
  const sameYear = a.year === b.year;
  const sameMonth = sameYear && a.month === b.month;
  if (lang === 'zh') {
    // The end drops the year and month it shares with the start.
    const omit = sameMonth ? 'year-month' : sameYear ? 'year' : 'none';
    return `${dateText(a, lang, style)}–${dateText(b, lang, style, omit)}`;
  }
  // Numeric dates and ranges across a new year stay whole; otherwise the start drops the year (the end
  // carries it) and, within a month, the end drops the month.
  if (style === 'short' || !sameYear) return `${dateText(a, lang, style)} – ${dateText(b, lang, style)}`;
  const head = dateText(a, lang, style, 'year');
  const tail = sameMonth ? `${b.day}, ${b.year}` : dateText(b, lang, style);
  return `${head} – ${tail}`;
}

// Creating the first Intl.NumberFormat of a page costs over 10 ms: counts and shares, the page's numbers, are
// written out here (both UI languages group digits by three with a comma and write "12%"); anything else is
// left to Intl.
const numberFormats = new Map<Lang, Intl.NumberFormat>();

const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * `value` × 10^shift rounded half up to `digits` decimals, as Intl rounds: on the number's shortest decimal
 * form (0.145 → 14.5 → 15), not on its binary value (0.145 × 100 is 14.499…). Null for exponent notation.
 */
function shiftedDecimal(value: number, shift: number, digits: number): string | null {
  const text = String(value);
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const [whole = '', fraction = ''] = text.split('.');
  const all = whole + fraction.padEnd(shift + digits + 1, '0');
  const kept = all.slice(0, whole.length + shift + digits);
  const up = (all[whole.length + shift + digits] ?? '0') >= '5';
  const rounded = (BigInt(kept) + (up ? 1n : 0n)).toString().padStart(digits + 1, '0');
  return digits === 0 ? rounded : `${rounded.slice(0, -digits)}.${rounded.slice(-digits)}`;
}

/** A 0..1 share as a whole percentage; shares under 1 % but above 0 show one decimal so they never read as 0. */
export function formatPercent(share: number, lang: Lang): string {
  const digits = share > 0 && share < 0.01 ? 1 : 0;
  const text = Number.isFinite(share) && share >= 0 ? shiftedDecimal(share, 2, digits) : null;
  if (text !== null) return `${grouped(text)}%`;
  return new Intl.NumberFormat(localeTag(lang), {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(share);
}

export function formatNumber(value: number, lang: Lang): string {
  if (Number.isSafeInteger(value)) return `${value < 0 ? '-' : ''}${grouped(String(Math.abs(value)))}`;
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(lang));
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

/**
 * "A, B, and C" / "A、B和C": what Intl.ListFormat (long conjunction) says in both languages, written out because
 * creating the first ListFormat costs a page load over 10 ms.
 */
export function formatList(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items[items.length - 1] as string;
  if (lang === 'zh') return `${head.join('、')}和${last}`;
  return items.length === 2 ? `${head[0]} and ${last}` : `${head.join(', ')}, and ${last}`;
}

/**
 * A URL as a reader reads it (percent-escapes of non-ASCII text decoded), for paper where the link cannot be
 * followed. Escapes that stand for URL syntax stay escaped, so the printed address still leads there.
 */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * The locale keys that name a meeting by its format: `label` stands alone ("Phone call", 通话), `noun` goes in
 * a sentence ("how each side describes the call", 这次通话). One term per format in each language, so a
 * meeting is never called a 会谈 in one place and a 会见 in another.
 */
export function formatTerms<F extends MeetingFormat>(
  format: F,
): { label: `format.${F}`; noun: `formatNoun.${F}` } {
  return { label: `format.${format}`, noun: `formatNoun.${format}` };
}

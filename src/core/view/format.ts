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

const MONTH: Record<DateStyle, 'long' | 'short' | 'numeric'> = {
  long: 'long',
  medium: 'short',
  short: 'numeric',
};

// Creating an Intl formatter costs far more than using one (a meeting page formats dozens of values): keep one
// per language and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

function dateFormat(lang: Lang, style: DateStyle): Intl.DateTimeFormat {
  return cached(
    `date:${lang}:${style}`,
    () =>
      new Intl.DateTimeFormat(localeTag(lang), {
        year: 'numeric',
        month: MONTH[style],
        day: 'numeric',
        timeZone: 'UTC',
      }),
  );
}

/** A calendar date in the UI language; an unparseable value is returned unchanged rather than hidden. */
export function formatDate(iso: string, lang: Lang, style: DateStyle = 'long'): string {
  const date = parseIsoDate(iso);
  return date ? dateFormat(lang, style).format(date) : iso;
}

/** A date or a date range (e.g. a two-day meeting) in the UI language. */
export function formatDateRange(
  start: string,
  end: string | undefined,
  lang: Lang,
  style: DateStyle = 'long',
): string {
  const from = parseIsoDate(start);
  const to = end === undefined ? null : parseIsoDate(end);
  if (!from) return end ? `${start} – ${end}` : start;
  const format = dateFormat(lang, style);
  if (!to || to.getTime() === from.getTime()) return format.format(from);
  if (lang === 'en') return format.formatRange(from, to);
  // ICU falls back to all-numeric ranges in Chinese ("2024/1/8 – 2024/1/9"); write "2024年1月8日–9日" instead by
  // dropping the end date's leading year/month when they repeat the start's.
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  const sameMonth = sameYear && from.getUTCMonth() === to.getUTCMonth();
  const dropped = new Set<string>(sameMonth ? ['year', 'month'] : sameYear ? ['year'] : []);
  const parts = format.formatToParts(to);
  let skipLiteral = false;
  const tail = parts
    .filter((part) => {
      if (dropped.has(part.type)) {
        skipLiteral = true;
        return false;
      }
      const keep = !(skipLiteral && part.type === 'literal');
      skipLiteral = false;
      return keep;
    })
    .map((part) => part.value)
    .join('');
  return `${format.format(from)}–${tail}`;
}

/** A 0..1 share as a whole percentage; shares under 1 % but above 0 show one decimal so they never read as 0. */
export function formatPercent(share: number, lang: Lang): string {
  const digits = share > 0 && share < 0.01 ? 1 : 0;
  const format = cached(
    `percent:${lang}:${digits}`,
    () =>
      new Intl.NumberFormat(localeTag(lang), {
        style: 'percent',
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }),
  );
  return format.format(share);
}

export function formatNumber(value: number, lang: Lang): string {
  return cached(`number:${lang}`, () => new Intl.NumberFormat(localeTag(lang))).format(value);
}

/** "A, B and C" / "A、B和C". */
export function formatList(items: readonly string[], lang: Lang): string {
  const format = cached(
    `list:${lang}`,
    () => new Intl.ListFormat(localeTag(lang), { style: 'long', type: 'conjunction' }),
  );
  return format.format(items);
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

/**
 * The front-matter keys that every reader of a readout file takes the same way — side, lang, completeness,
 * date and the source's address and date — checked once here: the one date check (isCalendarDate), http(s)
 * addresses only, and a declared language the text does not contradict (the one detector). The `compare`
 * command refuses the file over a problem, as the corpus schema does; the app leaves that field for the
 * reader to fill in. A key absent (or left empty, YAML's null) is no problem.
 */
import type { Lang, Side } from '../model';
import { isCalendarDate } from '../text/calendar-date';
import { declaredLangProblem } from './detect';
import { shown } from './shown-value';
import { webUrl } from './user-meeting';

export interface ReadoutFields {
  side?: Side;
  lang?: Lang;
  completeness?: 'full' | 'excerpt';
  /** YYYY-MM-DD. */
  date?: string;
  /** `source.url`, or `source` itself when it is an address. */
  sourceUrl?: string;
  /** `source.date`, YYYY-MM-DD. */
  sourceDate?: string;
}

export interface FieldProblem {
  /** The key as written, e.g. `date` or `source.url`. */
  field: string;
  /** One line that starts with the key, e.g. `date must be a real date written YYYY-MM-DD, not "2024-02-30"`. */
  detail: string;
}

export interface FieldReading {
  fields: ReadoutFields;
  problems: FieldProblem[];
}

const present = (value: unknown) => value !== undefined && value !== null;

/**
 * `text` is the body the fields describe: given, a declared language it contradicts is a problem too
 * (leave it out when the caller overrides the language).
 */
export function readReadoutFields(fm: Record<string, unknown>, text?: string): FieldReading {
  const fields: ReadoutFields = {};
  const problems: FieldProblem[] = [];
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const value = fm[key];
    if (!present(value)) return undefined;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    problems.push({ field: key, detail: `${key} must be ${allowed.join(' or ')}, not ${shown(value)}` });
    return undefined;
  };
  const side = oneOf('side', ['cn', 'us'] as const);
  if (side) fields.side = side;
  const lang = oneOf('lang', ['zh', 'en'] as const);
  const langProblem = lang && text !== undefined ? declaredLangProblem(lang, text) : null;
  if (langProblem) problems.push({ field: 'lang', detail: `lang ${langProblem}` });
  else if (lang) fields.lang = lang;
  const completeness = oneOf('completeness', ['full', 'excerpt'] as const);
  if (completeness) fields.completeness = completeness;
  const date = calendarDate('date', fm.date, problems);
  if (date) fields.date = date;
  readSource(fm.source, fields, problems);
  return { fields, problems };
}

function readSource(source: unknown, fields: ReadoutFields, problems: FieldProblem[]): void {
  // A plain-text source ("the ministry's website") is a description, not an address: the reader shows it.
  if (typeof source === 'string') {
    if (webUrl(source)) fields.sourceUrl = source.trim();
    return;
  }
  if (!source || typeof source !== 'object' || Array.isArray(source)) return;
  const { url, date } = source as { url?: unknown; date?: unknown };
  if (present(url)) {
    if (typeof url === 'string' && webUrl(url)) fields.sourceUrl = url.trim();
    else
      problems.push({
        field: 'source.url',
        detail: `source.url must be an http(s) address, not ${shown(url)}`,
      });
  }
  const sourceDate = calendarDate('source.date', date, problems);
  if (sourceDate) fields.sourceDate = sourceDate;
}

/** The one date check; a YAML 1.1 timestamp (`%YAML 1.1` files) arrives as a Date and is read as its day. */
function calendarDate(field: string, value: unknown, problems: FieldProblem[]): string | undefined {
  if (!present(value)) return undefined;
  const day =
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string'
        ? value.trim()
        : value;
  if (isCalendarDate(day)) return day;
  problems.push({ field, detail: `${field} must be a real date written YYYY-MM-DD, not ${shown(value)}` });
  return undefined;
}

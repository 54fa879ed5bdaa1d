/**
 * A shape check for user meetings read back from storage. Browser storage can hold anything (an older
 * version, a manual edit, a half-written record); a record that fails is set aside, never rendered.
 * Returns the problem as a short English reason, or null when the record is a usable Meeting.
 */
import { isCalendarDate } from '../text/calendar-date';
import { webUrl } from './user-meeting';

const FORMATS = new Set(['meeting', 'phone', 'video', 'talks']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBilingual(v: unknown): boolean {
  return isObject(v) && typeof v.en === 'string' && typeof v.zh === 'string';
}

/** Absent, or an absolute http(s) address: a stored `javascript:`/`data:` URL must never become a link. */
function isWebUrlOrAbsent(v: unknown): boolean {
  return v === undefined || (typeof v === 'string' && webUrl(v) !== undefined);
}

function readoutProblem(r: unknown, i: number): string | null {
  if (!isObject(r)) return `readouts[${i}] is not an object`;
  if (typeof r.id !== 'string' || r.id === '') return `readouts[${i}].id`;
  if (r.side !== 'cn' && r.side !== 'us') return `readouts[${i}].side`;
  if (r.lang !== 'zh' && r.lang !== 'en') return `readouts[${i}].lang`;
  if (r.kind !== 'original' && r.kind !== 'translation') return `readouts[${i}].kind`;
  if (r.completeness !== 'full' && r.completeness !== 'excerpt') return `readouts[${i}].completeness`;
  if (!isBilingual(r.issuer)) return `readouts[${i}].issuer`;
  if (!isObject(r.source)) return `readouts[${i}].source`;
  if (!isWebUrlOrAbsent(r.source.url)) return `readouts[${i}].source.url`;
  if (!Array.isArray(r.quotedIn)) return `readouts[${i}].quotedIn`;
  const badQuote = r.quotedIn.findIndex((q) => isObject(q) && !isWebUrlOrAbsent(q.url));
  if (badQuote >= 0) return `readouts[${i}].quotedIn[${badQuote}].url`;
  if (typeof r.text !== 'string') return `readouts[${i}].text`;
  return null;
}

export function userMeetingProblem(value: unknown): string | null {
  if (!isObject(value)) return 'not an object';
  if (typeof value.id !== 'string' || !value.id.startsWith('user-')) return 'id';
  if (value.origin !== 'user') return 'origin';
  if (!isCalendarDate(value.date)) return 'date';
  if (typeof value.format !== 'string' || !FORMATS.has(value.format)) return 'format';
  if (!isBilingual(value.title)) return 'title';
  // Absent when not stated; an older record never has it.
  if (value.requestedBy !== undefined && value.requestedBy !== 'cn' && value.requestedBy !== 'us') {
    return 'requestedBy';
  }
  if (!Array.isArray(value.participants)) return 'participants';
  for (const [i, p] of value.participants.entries()) {
    if (
      !isObject(p) ||
      (p.side !== 'cn' && p.side !== 'us') ||
      !isBilingual(p.name) ||
      !isBilingual(p.title)
    ) {
      return `participants[${i}]`;
    }
  }
  if (!Array.isArray(value.readouts) || value.readouts.length === 0) return 'readouts';
  for (const [i, r] of value.readouts.entries()) {
    const problem = readoutProblem(r, i);
    if (problem) return problem;
  }
  if (!Array.isArray(value.missing)) return 'missing';
  const badMissing = value.missing.findIndex(
    (m) => isObject(m) && isObject(m.source) && !isWebUrlOrAbsent(m.source.url),
  );
  if (badMissing >= 0) return `missing[${badMissing}].source.url`;
  return null;
}

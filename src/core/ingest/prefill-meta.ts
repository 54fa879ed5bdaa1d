/**
 * Guesses for the optional metadata form, from front matter (trusted first) and from the text itself
 * (a dateline such as 2024年1月10日 or January 10, 2024; 通电话 / "spoke by phone"; the issuer).
 * Every value is a suggestion the reader can correct; nothing here changes the text.
 */
import type { FoundParticipant, MeetingMeta, TitledName } from '../extract/types';
import type { Bilingual, Lang, MeetingFormat, Side } from '../model';
import { guessIssuer } from './issuers';

/**
 * What the meeting finders (src/core/extract/meta) found in one text, as plain data that crosses the worker
 * boundary. Every value is a guess for the reader to check.
 */
export interface FoundMeeting {
  /** Read from a saved official page's extracted body, or from a pasted or opened text. */
  from: 'page' | 'text';
  date?: string;
  format?: MeetingFormat;
  place?: Bilingual;
  /** The meeting's title in both languages, in the corpus's style. */
  title?: Bilingual;
  /** Officials of the gazetteer, with their titles on the meeting's date, in both languages. */
  participants: FoundParticipant[];
  /** Officials named after a title but not in the gazetteer (name in the text's language only). */
  unlisted: TitledName[];
  /** Which side asked for the call or meeting, with the words that say so. */
  requestedBy?: { side: Side; phrase: string };
}

/** The finders' result → plain data for the form. */
export function foundMeeting(meta: MeetingMeta, from: FoundMeeting['from']): FoundMeeting {
  const found: FoundMeeting = {
    from,
    participants: meta.participants,
    unlisted: meta.unlisted,
  };
  if (meta.date) found.date = meta.date.value;
  if (meta.format) found.format = meta.format.value;
  if (meta.place) found.place = meta.place.value;
  if (meta.title) found.title = meta.title.value;
  if (meta.requestedBy) found.requestedBy = { side: meta.requestedBy.side, phrase: meta.requestedBy.phrase };
  return found;
}

export interface MetaPrefill {
  side?: Side;
  lang?: Lang;
  date?: string;
  endDate?: string;
  format?: MeetingFormat;
  issuer?: Bilingual;
  title?: string;
  sourceUrl?: string;
  sourceTitle?: string;
  /** Publication date the page states (YYYY-MM-DD), for the provenance. */
  sourceDate?: string;
  place?: string;
  /** Free-text participant names, one per entry. */
  participants?: string[];
  completeness?: 'full' | 'excerpt';
  /** The meeting as the finders read it (issue 11): participants of both sides, title, place, requester. */
  found?: FoundMeeting;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined; // e.g. February 30
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => string | undefined }[] = [
  {
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    read: (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    re: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/gi,
    read: (m) => isoDate(Number(m[3]), monthIndex(m[1]), Number(m[2])),
  },
  {
    re: /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})\b/gi,
    read: (m) => isoDate(Number(m[3]), monthIndex(m[2]), Number(m[1])),
  },
  {
    re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g,
    read: (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
];

function monthIndex(name: string | undefined): number {
  const key = (name ?? '').slice(0, 3).toLowerCase();
  return MONTHS.indexOf(key as (typeof MONTHS)[number]) + 1;
}

/** The first valid full date in the text (a dateline comes first in a readout). */
function findDate(text: string): string | undefined {
  const head = text.slice(0, 5000);
  let best: { at: number; date: string } | undefined;
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      const date = read(m);
      if (date && (!best || m.index < best.at)) best = { at: m.index, date };
      if (date) break;
    }
  }
  return best?.date;
}

const FORMAT_PATTERNS: { format: MeetingFormat; re: RegExp }[] = [
  {
    format: 'video',
    re: /视频通话|视频会晤|视频会议|视频会见|video call|videoconference|virtual meeting|virtually/i,
  },
  { format: 'phone', re: /通电话|通话|电话交谈|phone call|by phone|by telephone|call with/i },
  // Named rounds ("Defense Policy Coordination Talks", a working group), not "held talks", which is a meeting.
  { format: 'talks', re: /磋商|工作组|[A-Z][a-z]+ Talks\b|Working Group|Dialogue\b/ },
  { format: 'meeting', re: /会见|会谈|会晤|举行会面|met with|meeting with|met in/i },
];

function findFormat(text: string): MeetingFormat | undefined {
  const head = text.slice(0, 3000);
  return FORMAT_PATTERNS.find((f) => f.re.test(head))?.format;
}

/**
 * One of the first lines that reads like a headline: short, no sentence-final punctuation, and not a
 * bare site name ("The White House", "外交部") standing above the real headline.
 */
function findTitle(text: string): string | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.trim().replace(/^#+\s*/, ''))
    .filter((line) => line.length > 0)
    .slice(0, 3);
  return lines.find((line) => {
    const han = /\p{Script=Han}/u.test(line);
    const size = han ? line.length : line.split(/\s+/).length;
    const [min, max] = han ? [6, 60] : [4, 140];
    if (size < min || line.length > max) return false;
    return !/[。！？；.!?;:：，,]$/.test(line);
  });
}

function findUrl(text: string): string | undefined {
  const m = /https?:\/\/[^\s<>"'）)\]】]+/i.exec(text.slice(0, 5000));
  return m?.[0];
}

/** Pre-fill from the text alone; `base` (front matter, HTML head) wins where it has a value. */
export function prefillFromText(text: string, side: Side | undefined, base: MetaPrefill = {}): MetaPrefill {
  const guesses: MetaPrefill = {};
  const date = findDate(text);
  if (date) guesses.date = date;
  const format = findFormat(text);
  if (format) guesses.format = format;
  const issuer = guessIssuer(text, side ?? base.side);
  if (issuer) guesses.issuer = issuer;
  const title = findTitle(text);
  if (title) guesses.title = title;
  const url = findUrl(text);
  if (url) guesses.sourceUrl = url;
  return mergeDefined(guesses, base);
}

/** `over` wins, but only where it actually has a value. */
export function mergeDefined(under: MetaPrefill, over: MetaPrefill): MetaPrefill {
  const out: MetaPrefill = { ...under };
  for (const [key, value] of Object.entries(over)) {
    if (value !== undefined && value !== '') Object.assign(out, { [key]: value });
  }
  return out;
}

/**
 * The reader's two texts + the optional form → a `Meeting` with origin `user`, id
 * `user-<date>-<slug>-<random>`. Pure: the clock and the random part are passed in, so tests control them.
 */

import type { Bilingual, Lang, Meeting, MeetingFormat, Participant, ReadoutText, Side } from '../model';
import { isCalendarDate } from '../text/calendar-date';

export interface SideInput {
  text: string;
  lang: Lang;
  /** A name the reader typed (used for both languages) or a recognised issuer. */
  issuer?: Bilingual | string;
  sourceUrl?: string;
  sourceTitle?: string;
  sourceDate?: string;
  completeness?: 'full' | 'excerpt';
  /** The file the text came from, if any. */
  file?: string;
}

export interface MeetingForm {
  date?: string;
  endDate?: string;
  format?: MeetingFormat;
  title?: string;
  place?: string;
  /** Which side asked for the call or meeting, as the reader confirmed or chose it; absent = not stated. */
  requestedBy?: Side;
  /** One participant per line or separated by ；/;, each "Name, title" or "Name (title)". */
  participants?: { cn?: string; us?: string };
}

export interface BuildEnv {
  /** Today's date (YYYY-MM-DD) when the form leaves the date empty. */
  today: string;
  /** A few [a-z0-9] characters that keep ids unique. */
  random: string;
}

export const DEFAULT_ISSUER: Record<Side, Bilingual> = {
  cn: { en: 'Chinese side', zh: '中方' },
  us: { en: 'US side', zh: '美方' },
};

export function buildUserMeeting(cn: SideInput, us: SideInput, form: MeetingForm, env: BuildEnv): Meeting {
  const date = isCalendarDate(form.date) ? form.date : env.today;
  const participants = [
    ...parseParticipants(form.participants?.cn, 'cn'),
    ...parseParticipants(form.participants?.us, 'us'),
  ];
  const title = meetingTitle(form.title, participants, date);
  const meeting: Meeting = {
    id: `user-${date}-${slugFor(form.title, participants)}-${env.random.toLowerCase().replace(/[^a-z0-9]/g, '')}`,
    date,
    format: form.format ?? 'meeting',
    title,
    participants,
    readouts: [readoutText('cn', cn), readoutText('us', us)],
    missing: [],
    origin: 'user',
  };
  if (isCalendarDate(form.endDate) && form.endDate > date) meeting.endDate = form.endDate;
  const place = form.place?.trim();
  if (place) meeting.place = bilingualOf(place);
  if (form.requestedBy) meeting.requestedBy = form.requestedBy;
  return meeting;
}

/**
 * An edit keeps the meeting id and each side's text id (notes refer to both, so they stay attached even if
 * the language is corrected) and replaces everything else.
 */
export function rebuildUserMeeting(
  existing: Meeting,
  cn: SideInput,
  us: SideInput,
  form: MeetingForm,
  env: BuildEnv,
): Meeting {
  const rebuilt = buildUserMeeting(cn, us, form, env);
  const readouts = rebuilt.readouts.map((r) => {
    const before = existing.readouts.find((e) => e.side === r.side);
    return before ? { ...r, id: before.id } : r;
  });
  return { ...rebuilt, id: existing.id, readouts };
}

function readoutText(side: Side, input: SideInput): ReadoutText {
  const issuer =
    typeof input.issuer === 'string'
      ? input.issuer.trim()
        ? bilingualOf(input.issuer)
        : DEFAULT_ISSUER[side]
      : (input.issuer ?? DEFAULT_ISSUER[side]);
  const source: ReadoutText['source'] = {};
  if (input.sourceTitle?.trim()) source.title = input.sourceTitle.trim();
  const url = webUrl(input.sourceUrl);
  if (url) source.url = url;
  if (isCalendarDate(input.sourceDate)) source.date = input.sourceDate;
  const readout: ReadoutText = {
    id: `${side}-${input.lang}`,
    side,
    lang: input.lang,
    kind: 'original',
    issuer,
    completeness: input.completeness ?? 'full',
    source,
    quotedIn: [],
    text: input.text,
  };
  if (input.file) readout.file = input.file;
  return readout;
}

/**
 * Participants typed one per line (or separated by ；/;): "Name, title" or "Name (title)". Either part
 * may give both languages as "English / 中文"; a part in one language fills both.
 */
/** An absolute http(s) address, or undefined (never `javascript:` or a relative path). */
export function webUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function parseParticipants(raw: string | undefined, side: Side): Participant[] {
  if (!raw) return [];
  return raw
    .split(/[\n;；]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const paren = /^(.+?)\s*[（(](.+)[)）]$/.exec(entry);
      const comma = /^(.+?)\s*[,，、]\s*(.+)$/.exec(entry);
      const [name, title] = paren ? [paren[1], paren[2]] : comma ? [comma[1], comma[2]] : [entry, ''];
      return { side, name: bilingualOf(name ?? entry), title: bilingualOf(title ?? '') };
    });
}

/** "Wang Yi / 王毅" → { en: 'Wang Yi', zh: '王毅' }; a single value goes to both languages. */
export function bilingualOf(raw: string): Bilingual {
  const parts = raw
    .split(/\s+[/／]\s+|\s*／\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 2) {
    const [first = '', second = ''] = parts;
    const han = (s: string) => /\p{Script=Han}/u.test(s);
    if (han(first) && !han(second)) return { en: second, zh: first };
    return { en: first, zh: second };
  }
  const one = raw.trim();
  return { en: one, zh: one };
}

/** The form's title, else "Wang Yi – Antony Blinken", else a dated title in each language. */
function meetingTitle(title: string | undefined, participants: Participant[], date: string): Bilingual {
  const t = title?.trim();
  if (t) return bilingualOf(t);
  const cn = participants.find((p) => p.side === 'cn');
  const us = participants.find((p) => p.side === 'us');
  if (cn && us) return { en: `${cn.name.en} – ${us.name.en}`, zh: `${cn.name.zh}–${us.name.zh}` };
  const [y, m, d] = date.split('-').map(Number);
  return { en: `Readouts of ${date}`, zh: `${y}年${m}月${d}日纪要` };
}

/** An ASCII slug from the title or the participants' names; `readouts` when neither has Latin letters. */
function slugFor(title: string | undefined, participants: Participant[]): string {
  const fromTitle = slugify(title ?? '');
  if (fromTitle) return fromTitle;
  const names = participants.map((p) => p.name.en.split(/\s+/).at(-1) ?? '').join(' ');
  return slugify(names) || 'readouts';
}

export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0 && !STOP.has(w));
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > 40) break;
    slug = next;
  }
  return slug;
}

const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'with', 'readout', 'readouts', 's', 'on', 'to', 'in']);

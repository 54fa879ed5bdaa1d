import type { Lang, Meeting } from '../model';
import { pick } from './format';
import type { MeetingTopics } from './meeting-grid';

/* Filters of the meeting list: topic, participant, date range and free text. */

export interface MeetingFilter {
  topic: string | null;
  /** A participant key from `participantOptions`. */
  participant: string | null;
  from: string | null; // YYYY-MM-DD, inclusive
  to: string | null; // YYYY-MM-DD, inclusive
  query: string;
}

export const EMPTY_FILTER: MeetingFilter = {
  topic: null,
  participant: null,
  from: null,
  to: null,
  query: '',
};

export function isFilterEmpty(filter: MeetingFilter): boolean {
  return (
    filter.topic === null &&
    filter.participant === null &&
    !filter.from &&
    !filter.to &&
    filter.query.trim() === ''
  );
}

/** A participant is the same person across meetings when the English name matches. */
export function participantKey(name: { en: string; zh: string }): string {
  return (name.en.trim() || name.zh.trim()).toLowerCase();
}

export interface ParticipantOption {
  key: string;
  label: string;
}

/** Every distinct participant, labelled in the UI language and sorted for that language. */
export function participantOptions(meetings: readonly Meeting[], lang: Lang): ParticipantOption[] {
  const byKey = new Map<string, ParticipantOption>();
  for (const meeting of meetings) {
    for (const p of meeting.participants) {
      const key = participantKey(p.name);
      if (!byKey.has(key)) byKey.set(key, { key, label: pick(p.name, lang) });
    }
  }
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  return [...byKey.values()].sort((a, b) => collator.compare(a.label, b.label));
}

const haystacks = new WeakMap<Meeting, string>();

/** Everything a free-text search looks at: titles, place, participants, issuers and the readout texts. */
function haystack(meeting: Meeting): string {
  const cached = haystacks.get(meeting);
  if (cached !== undefined) return cached;
  const parts: string[] = [meeting.title.en, meeting.title.zh, meeting.id];
  if (meeting.place) parts.push(meeting.place.en, meeting.place.zh);
  for (const p of meeting.participants) parts.push(p.name.en, p.name.zh, p.title.en, p.title.zh);
  for (const r of meeting.readouts) parts.push(r.issuer.en, r.issuer.zh, r.source.title ?? '', r.text);
  const text = parts.join('\n').toLowerCase();
  haystacks.set(meeting, text);
  return text;
}

function endDate(meeting: Meeting): string {
  return meeting.endDate ?? meeting.date;
}

/** The meetings that pass every filter, in their given order. */
export function filterMeetings(
  meetings: readonly Meeting[],
  filter: MeetingFilter,
  topicsById: ReadonlyMap<string, MeetingTopics>,
): Meeting[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return meetings.filter((meeting) => {
    if (filter.from && endDate(meeting) < filter.from) return false;
    if (filter.to && meeting.date > filter.to) return false;
    if (filter.participant !== null) {
      if (!meeting.participants.some((p) => participantKey(p.name) === filter.participant)) return false;
    }
    if (filter.topic !== null) {
      const topics = topicsById.get(meeting.id);
      if (
        !topics ||
        !(topics.sides.cn.topicIds.has(filter.topic) || topics.sides.us.topicIds.has(filter.topic))
      ) {
        return false;
      }
    }
    if (words.length > 0) {
      const text = haystack(meeting);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

/** Newest first for the list; the grid reverses this to read left to right through time. */
export function sortMeetings(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

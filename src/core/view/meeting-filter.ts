import type { TopicDefinition } from '../lexicon/types';
import type { Lang, Meeting } from '../model';
import { byCodeUnits } from '../text/code-unit-order';
import { pick } from './format';
import { type MeetingEntry, type MeetingMeta, mentions } from './meeting-index';

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
function participantKey(name: { en: string; zh: string }): string {
  return (name.en.trim() || name.zh.trim()).toLowerCase();
}

export interface ParticipantOption {
  key: string;
  label: string;
}

/** Every distinct participant, labelled in the UI language and sorted for that language. */
export function participantOptions(meetings: readonly MeetingMeta[], lang: Lang): ParticipantOption[] {
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

/** What a free-text search looks at besides each meeting's own fields. */
export interface SearchScope {
  /** The lexicon's topics: a meeting matches the labels (both languages) of the topics its sides mention. */
  topics: readonly TopicDefinition[];
  /**
   * Each meeting's readout texts (lower-cased, see `searchableTexts`), by meeting id; null while they are not
   * loaded, when the search looks at titles, places, participants, issuers and topics only.
   */
  texts: ReadonlyMap<string, string> | null;
}

const haystacks = new WeakMap<readonly TopicDefinition[], WeakMap<MeetingEntry, string>>();

/** Titles, place, participants, issuers, official titles and topic labels, lower-cased (cached per entry). */
function metadataHaystack(entry: MeetingEntry, topics: readonly TopicDefinition[]): string {
  let byEntry = haystacks.get(topics);
  if (!byEntry) {
    byEntry = new WeakMap();
    haystacks.set(topics, byEntry);
  }
  const cached = byEntry.get(entry);
  if (cached !== undefined) return cached;
  const { meeting } = entry;
  const parts: string[] = [meeting.title.en, meeting.title.zh, meeting.id, ...entry.sources];
  if (meeting.place) parts.push(meeting.place.en, meeting.place.zh);
  for (const p of meeting.participants) parts.push(p.name.en, p.name.zh, p.title.en, p.title.zh);
  for (const topic of topics) if (mentions(entry, topic.id)) parts.push(topic.label.en, topic.label.zh);
  const text = parts.join('\n').toLowerCase();
  byEntry.set(entry, text);
  return text;
}

const textCache = new WeakMap<Meeting, string>();

/** A meeting's readout texts as the search reads them (lower-cased, one string). */
function searchableText(meeting: Meeting): string {
  let text = textCache.get(meeting);
  if (text === undefined) {
    text = meeting.readouts
      .map((r) => r.text)
      .join('\n')
      .toLowerCase();
    textCache.set(meeting, text);
  }
  return text;
}

/** The `texts` of a `SearchScope` for a set of full meetings. */
export function searchableTexts(meetings: readonly Meeting[]): Map<string, string> {
  return new Map(meetings.map((m) => [m.id, searchableText(m)]));
}

function endDate(meeting: MeetingMeta): string {
  return meeting.endDate ?? meeting.date;
}

/** The meetings that pass every filter, in their given order. */
export function filterMeetings(
  entries: readonly MeetingEntry[],
  filter: MeetingFilter,
  scope: SearchScope,
): MeetingEntry[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    const { meeting } = entry;
    if (filter.from && endDate(meeting) < filter.from) return false;
    if (filter.to && meeting.date > filter.to) return false;
    if (filter.participant !== null) {
      if (!meeting.participants.some((p) => participantKey(p.name) === filter.participant)) return false;
    }
    if (filter.topic !== null && !mentions(entry, filter.topic)) return false;
    if (words.length > 0) {
      const meta = metadataHaystack(entry, scope.topics);
      const texts = scope.texts?.get(meeting.id) ?? '';
      if (!words.every((w) => meta.includes(w) || texts.includes(w))) return false;
    }
    return true;
  });
}

/** Newest first for the list; the grid reverses this to read left to right through time. */
export function sortMeetings(entries: readonly MeetingEntry[]): MeetingEntry[] {
  return [...entries].sort(
    (a, b) => byCodeUnits(b.meeting.date, a.meeting.date) || byCodeUnits(a.meeting.id, b.meeting.id),
  );
}

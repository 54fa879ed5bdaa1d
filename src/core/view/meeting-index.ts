import type { CompiledLexicon, TopicDefinition } from '../lexicon/types';
import type { Completeness, Meeting, Side } from '../model';
import { type TextSummary, textSummary } from './side-summary';
import { defaultTextOf, SIDES, textsOfSide } from './text-choice';

/*
 * What the meeting list needs to know about a meeting, without its readout texts: the metadata, which texts
 * each side has, and which topics each side's default text mentions. The build computes it for the corpus with
 * the real lexicon (so the first page ships neither the texts nor the lexicon); the browser computes the same
 * for the reader's own meetings.
 */

/** A meeting without its texts (and without the missing-side notes, which the list does not show). */
export type MeetingMeta = Omit<Meeting, 'readouts' | 'missing'>;

export interface SideEntry {
  /** `missing` when the side has no text at all. */
  completeness: Completeness | 'missing';
  /** Topics the side's default text mentions, in lexicon order. */
  topicIds: readonly string[];
  /** The side's texts, closest to the official text first (the first is the default). */
  texts: readonly TextSummary[];
}

export interface MeetingEntry {
  meeting: MeetingMeta;
  sides: Record<Side, SideEntry>;
  /** Issuers and official titles of the texts: what a search looks at beyond the meeting's own fields. */
  sources: readonly string[];
}

/** The corpus as the meeting list sees it: every meeting's entry and the lexicon's topic labels. */
export interface MeetingIndex {
  meetings: readonly MeetingEntry[];
  topics: readonly TopicDefinition[];
}

export function meetingMeta(meeting: Meeting): MeetingMeta {
  const meta: MeetingMeta = {
    id: meeting.id,
    date: meeting.date,
    format: meeting.format,
    title: meeting.title,
    participants: meeting.participants,
    origin: meeting.origin,
  };
  if (meeting.endDate !== undefined) meta.endDate = meeting.endDate;
  if (meeting.place !== undefined) meta.place = meeting.place;
  return meta;
}

function sideEntry(meeting: Meeting, side: Side, lexicon: CompiledLexicon): SideEntry {
  const texts = textsOfSide(meeting, side);
  const shown = defaultTextOf(meeting, side);
  if (!shown) return { completeness: 'missing', topicIds: [], texts: [] };
  const found = new Set(lexicon.matchTopics(shown.text, shown.lang).map((m) => m.topicId));
  return {
    completeness: shown.completeness,
    topicIds: lexicon.topics.map((t) => t.id).filter((id) => found.has(id)),
    texts: texts.map(textSummary),
  };
}

/** One meeting's list entry, tagged with the lexicon. */
export function meetingEntry(meeting: Meeting, lexicon: CompiledLexicon): MeetingEntry {
  const sources = new Set<string>();
  for (const r of meeting.readouts) {
    sources.add(r.issuer.en).add(r.issuer.zh);
    if (r.source.title) sources.add(r.source.title);
  }
  for (const m of meeting.missing) sources.add(m.issuer.en).add(m.issuer.zh);
  sources.delete('');
  return {
    meeting: meetingMeta(meeting),
    sides: { cn: sideEntry(meeting, 'cn', lexicon), us: sideEntry(meeting, 'us', lexicon) },
    sources: [...sources],
  };
}

/** The list's view of a set of meetings, with the lexicon's topics (ids, labels, parents) for its labels. */
export function meetingIndex(meetings: readonly Meeting[], lexicon: CompiledLexicon): MeetingIndex {
  return {
    meetings: meetings.map((m) => meetingEntry(m, lexicon)),
    topics: lexicon.topics.map((t) => ({ ...t, label: { ...t.label } })),
  };
}

/** Whether either side of a meeting mentions a topic. */
export function mentions(entry: MeetingEntry, topicId: string): boolean {
  return SIDES.some((side) => entry.sides[side].topicIds.includes(topicId));
}

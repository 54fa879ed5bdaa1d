import type { CompareInput, Comparison } from '../compare/types';
import type { CompiledLexicon, TopicDefinition } from '../lexicon/types';
import type { Completeness, Meeting, Side } from '../model';
import { type ComparisonSkeleton, skeletonOf } from './comparison-skeleton';
import { type TextSummary, textSummary } from './side-summary';
import { compareInputOf, defaultTextOf, SIDES, textsOfSide } from './text-choice';

/*
 * What the meeting list needs to know about a meeting, without its readout texts: the metadata, which texts
 * each side has, which topics each side's default text mentions, and (given the engine) the skeleton of the
 * default texts' comparison, so the list can show possibly-both topics, quote the evidence of one-sided ones
 * and follow the reader's corrections. The build computes it for the corpus with the real lexicon (so the first
 * page ships neither the texts nor the lexicon); the browser computes the same for the reader's own meetings.
 */

/** The engine's comparison function (passed in, so the list's bundle does not carry the engine). */
export type CompareFn = (a: CompareInput, b: CompareInput, lexicon: CompiledLexicon) => Comparison;

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
  /** The default texts' comparison without their texts (absent where the engine was not at hand). */
  compared?: ComparisonSkeleton;
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

/** The topics side `i` mentions according to a comparison, in lexicon order. */
export function topicsOfSide(comparison: Comparison, i: 0 | 1, lexicon: CompiledLexicon): string[] {
  const found = new Set(comparison.topics.filter((t) => t.counts[i] > 0).map((t) => t.id));
  return lexicon.topics.map((t) => t.id).filter((id) => found.has(id));
}

function sideEntry(
  meeting: Meeting,
  side: Side,
  lexicon: CompiledLexicon,
  comparison: Comparison | null,
): SideEntry {
  const texts = textsOfSide(meeting, side);
  const shown = defaultTextOf(meeting, side);
  if (!shown) return { completeness: 'missing', topicIds: [], texts: [] };
  let topicIds: string[];
  if (comparison) {
    topicIds = topicsOfSide(comparison, side === 'cn' ? 0 : 1, lexicon);
  } else {
    const found = new Set(lexicon.matchTopics(shown.text, shown.lang).map((m) => m.topicId));
    topicIds = lexicon.topics.map((t) => t.id).filter((id) => found.has(id));
  }
  return { completeness: shown.completeness, topicIds, texts: texts.map(textSummary) };
}

/**
 * One meeting's list entry, tagged with the lexicon; with `compare` (the engine), from the comparison of the
 * default texts, as the reader opens them, and with its skeleton.
 */
export function meetingEntry(meeting: Meeting, lexicon: CompiledLexicon, compare?: CompareFn): MeetingEntry {
  const texts = [defaultTextOf(meeting, 'cn'), defaultTextOf(meeting, 'us')] as const;
  const comparison = compare
    ? compare(compareInputOf(texts[0], 'cn'), compareInputOf(texts[1], 'us'), lexicon)
    : null;
  const sources = new Set<string>();
  for (const r of meeting.readouts) {
    sources.add(r.issuer.en).add(r.issuer.zh);
    if (r.source.title) sources.add(r.source.title);
  }
  for (const m of meeting.missing) sources.add(m.issuer.en).add(m.issuer.zh);
  sources.delete('');
  const entry: MeetingEntry = {
    meeting: meetingMeta(meeting),
    sides: {
      cn: sideEntry(meeting, 'cn', lexicon, comparison),
      us: sideEntry(meeting, 'us', lexicon, comparison),
    },
    sources: [...sources],
  };
  if (comparison) entry.compared = skeletonOf(comparison, [texts[0]?.id ?? null, texts[1]?.id ?? null]);
  return entry;
}

/**
 * The list's view of a set of meetings, with the lexicon's topics (ids, labels, parents) for its labels;
 * with `compare`, each entry carries its comparison's skeleton.
 */
export function meetingIndex(
  meetings: readonly Meeting[],
  lexicon: CompiledLexicon,
  compare?: CompareFn,
): MeetingIndex {
  return {
    meetings: meetings.map((m) => meetingEntry(m, lexicon, compare)),
    topics: lexicon.topics.map((t) => ({ ...t, label: { ...t.label } })),
  };
}

/** Whether either side of a meeting mentions a topic. */
export function mentions(entry: MeetingEntry, topicId: string): boolean {
  return SIDES.some((side) => entry.sides[side].topicIds.includes(topicId));
}

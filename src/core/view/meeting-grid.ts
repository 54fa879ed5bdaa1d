import type { CompiledLexicon } from '../lexicon/types';
import type { Meeting, Side } from '../model';
import { defaultTextOf, SIDES } from './text-choice';

/*
 * The cross-meeting picture: for each meeting, which topics each side's readout mentions. A side without a
 * mention is told apart by why: a full readout that leaves the topic out, an excerpt that may simply not quote
 * it, or no readout at all.
 */

export type SideMark = 'mentioned' | 'omitted' | 'not-in-excerpt' | 'readout-missing';

export interface SideTopics {
  completeness: 'full' | 'excerpt' | 'missing';
  topicIds: ReadonlySet<string>;
}

export interface MeetingTopics {
  meetingId: string;
  sides: Record<Side, SideTopics>;
}

/** Topics of the text each side shows by default (the same text the meeting page opens with). */
export function meetingTopics(meeting: Meeting, lexicon: CompiledLexicon): MeetingTopics {
  const side = (s: Side): SideTopics => {
    const text = defaultTextOf(meeting, s);
    if (!text) return { completeness: 'missing', topicIds: new Set() };
    const ids = new Set(lexicon.matchTopics(text.text, text.lang).map((m) => m.topicId));
    return { completeness: text.completeness, topicIds: ids };
  };
  return { meetingId: meeting.id, sides: { cn: side('cn'), us: side('us') } };
}

export function sideMark(sideTopics: SideTopics, topicId: string): SideMark {
  if (sideTopics.topicIds.has(topicId)) return 'mentioned';
  if (sideTopics.completeness === 'missing') return 'readout-missing';
  return sideTopics.completeness === 'excerpt' ? 'not-in-excerpt' : 'omitted';
}

export interface TopicMatrixRow {
  topicId: string;
  /** One cell per meeting, in the order of `TopicMatrix.meetingIds`. */
  cells: Record<Side, SideMark>[];
  /** How many meetings each side mentions the topic in. */
  totals: Record<Side, number>;
}

export interface TopicMatrix {
  meetingIds: string[];
  rows: TopicMatrixRow[];
}

/**
 * Meetings (columns, in the given order) × topics (rows, lexicon order; only topics some side mentions, plus
 * `keep` when given so a filtered-on topic never vanishes from its own grid).
 */
export function topicMatrix(
  summaries: readonly MeetingTopics[],
  lexicon: CompiledLexicon,
  keep?: string,
): TopicMatrix {
  const rows: TopicMatrixRow[] = [];
  for (const topic of lexicon.topics) {
    const mentioned = summaries.some((m) => SIDES.some((s) => m.sides[s].topicIds.has(topic.id)));
    if (!mentioned && topic.id !== keep) continue;
    const cells = summaries.map((m) => ({
      cn: sideMark(m.sides.cn, topic.id),
      us: sideMark(m.sides.us, topic.id),
    }));
    const totals = {
      cn: cells.filter((c) => c.cn === 'mentioned').length,
      us: cells.filter((c) => c.us === 'mentioned').length,
    };
    rows.push({ topicId: topic.id, cells, totals });
  }
  return { meetingIds: summaries.map((m) => m.meetingId), rows };
}

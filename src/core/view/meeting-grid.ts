import type { TopicDefinition } from '../lexicon/types';
import type { MeetingEntry, SideEntry } from './meeting-index';
import { mentions } from './meeting-index';

/*
 * The cross-meeting picture: for each meeting, which topics each side's readout mentions. A side without a
 * mention is told apart by why: a full readout that leaves the topic out, an excerpt that may simply not quote
 * it, or no readout at all.
 */

export type SideMark = 'mentioned' | 'omitted' | 'not-in-excerpt' | 'readout-missing';

export function sideMark(side: Pick<SideEntry, 'completeness' | 'topicIds'>, topicId: string): SideMark {
  if (side.topicIds.includes(topicId)) return 'mentioned';
  if (side.completeness === 'missing') return 'readout-missing';
  return side.completeness === 'excerpt' ? 'not-in-excerpt' : 'omitted';
}

export interface TopicMatrixRow {
  topicId: string;
  /** One cell per meeting, in the order of `TopicMatrix.meetingIds`. */
  cells: { cn: SideMark; us: SideMark }[];
  /** How many meetings each side mentions the topic in. */
  totals: { cn: number; us: number };
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
  entries: readonly MeetingEntry[],
  topics: readonly TopicDefinition[],
  keep?: string,
): TopicMatrix {
  const rows: TopicMatrixRow[] = [];
  for (const topic of topics) {
    if (topic.id !== keep && !entries.some((entry) => mentions(entry, topic.id))) continue;
    const cells = entries.map((entry) => ({
      cn: sideMark(entry.sides.cn, topic.id),
      us: sideMark(entry.sides.us, topic.id),
    }));
    const totals = {
      cn: cells.filter((c) => c.cn === 'mentioned').length,
      us: cells.filter((c) => c.us === 'mentioned').length,
    };
    rows.push({ topicId: topic.id, cells, totals });
  }
  return { meetingIds: entries.map((entry) => entry.meeting.id), rows };
}

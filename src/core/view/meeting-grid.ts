import { checkedTopics } from '../compare/evidence';
import type { Comparison, TopicCoverage, TopicStatus } from '../compare/types';
import type { CompiledLexicon, TopicDefinition } from '../lexicon/types';
import type { Side } from '../model';
import { comparisonOfSkeleton, topicsOnlyLexicon } from './comparison-skeleton';
import type { MeetingEntry, SideEntry } from './meeting-index';
import { mentions } from './meeting-index';

/*
 * The cross-meeting picture: for each meeting, which topics each side's readout mentions. A side without a
 * mention is told apart by why: a full readout that leaves the topic out, an excerpt that may simply not quote
 * it, no readout at all, or a candidate sentence the looser search found (possibly both: for the reader to
 * check). Where an entry carries its comparison's skeleton, statuses come from the engine's coverage of it
 * (with the reader's verdicts, once applied to the entry).
 */

export type SideMark = 'mentioned' | 'possibly' | 'omitted' | 'not-in-excerpt' | 'readout-missing';

export function sideMark(side: Pick<SideEntry, 'completeness' | 'topicIds'>, topicId: string): SideMark {
  if (side.topicIds.includes(topicId)) return 'mentioned';
  if (side.completeness === 'missing') return 'readout-missing';
  return side.completeness === 'excerpt' ? 'not-in-excerpt' : 'omitted';
}

/** One side's mark from the engine's coverage of the topic (null coverage: neither side mentions it). */
function markOf(side: Pick<SideEntry, 'completeness' | 'topicIds'>, topic: TopicCoverage | null, i: 0 | 1) {
  if (!topic) return sideMark(side, '');
  if (topic.counts[i] > 0) return 'mentioned';
  if (topic.status === 'possibly-both') return 'possibly';
  return sideMark(side, topic.id);
}

export interface MatrixCell {
  cn: SideMark;
  us: SideMark;
  /** The topic's status in this meeting; null when neither side mentions it. */
  status: TopicStatus | null;
  /** The reader has given a verdict on the topic in this meeting (even one that leaves neither side with it). */
  checked: boolean;
}

interface TopicMatrixRow {
  topicId: string;
  /** One cell per meeting, in the order of `TopicMatrix.meetingIds`. */
  cells: MatrixCell[];
  /** How many meetings each side mentions the topic in. */
  totals: { cn: number; us: number };
}

export interface TopicMatrix {
  meetingIds: string[];
  rows: TopicMatrixRow[];
  /** Each meeting's comparison (from its skeleton), for the cells' evidence; null without a skeleton. */
  comparisons: (Comparison | null)[];
}

/** The comparison an entry's skeleton stands for (null without one). */
function entryComparison(entry: MeetingEntry, lexicon: CompiledLexicon): Comparison | null {
  return entry.compared ? comparisonOfSkeleton(entry.compared, lexicon) : null;
}

function cellOf(
  entry: MeetingEntry,
  comparison: Comparison | null,
  checked: ReadonlySet<string>,
  topicId: string,
): MatrixCell {
  const sides: Side[] = ['cn', 'us'];
  if (!comparison) {
    const [cn, us] = sides.map((s) => sideMark(entry.sides[s], topicId)) as [SideMark, SideMark];
    const status: TopicStatus | null =
      cn === 'mentioned' ? (us === 'mentioned' ? 'both' : 'only-a') : us === 'mentioned' ? 'only-b' : null;
    return { cn, us, status, checked: false };
  }
  const topic = comparison.topics.find((t) => t.id === topicId) ?? null;
  return {
    cn: markOf(entry.sides.cn, topic, 0),
    us: markOf(entry.sides.us, topic, 1),
    status: topic?.status ?? null,
    checked: checked.has(topicId),
  };
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
  const lexicon = topicsOnlyLexicon(topics);
  const comparisons = entries.map((entry) => entryComparison(entry, lexicon));
  const checked = comparisons.map((c) => (c ? checkedTopics(c.sides, lexicon) : new Set<string>()));
  const rows: TopicMatrixRow[] = [];
  for (const topic of topics) {
    if (topic.id !== keep && !entries.some((entry) => mentions(entry, topic.id))) continue;
    const cells = entries.map((entry, i) =>
      cellOf(entry, comparisons[i] ?? null, checked[i] ?? new Set(), topic.id),
    );
    const totals = {
      cn: cells.filter((c) => c.cn === 'mentioned').length,
      us: cells.filter((c) => c.us === 'mentioned').length,
    };
    rows.push({ topicId: topic.id, cells, totals });
  }
  return { meetingIds: entries.map((entry) => entry.meeting.id), rows, comparisons };
}

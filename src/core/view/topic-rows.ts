import type { AlignmentRow, Comparison, TopicCoverage } from '../compare/types';
import { byCodeUnits } from '../text/code-unit-order';

/*
 * View model of a meeting's topic grid and of topic selection: topics ordered by weight, with where each side
 * first mentions them, and the aligned row a selection should scroll to.
 */

export interface TopicRowView extends TopicCoverage {
  /** Index of the first sentence mentioning the topic on each side, null when absent. */
  firstSentence: [number | null, number | null];
}

function firstSentenceWith(comparison: Comparison, side: 0 | 1, topicId: string): number | null {
  const indexes = [...sentencesWithTopic(comparison, topicId)[side]];
  return indexes.length > 0 ? Math.min(...indexes) : null;
}

/** One-sided topics first (they are the news), then by combined share, then by id for a stable order. */
export function topicRows(comparison: Comparison): TopicRowView[] {
  const oneSided = (t: TopicCoverage) => (t.status === 'both' ? 1 : 0);
  return [...comparison.topics]
    .sort(
      (x, y) =>
        oneSided(x) - oneSided(y) ||
        y.shares[0] + y.shares[1] - (x.shares[0] + x.shares[1]) ||
        byCodeUnits(x.id, y.id),
    )
    .map((t) => ({
      ...t,
      firstSentence: [firstSentenceWith(comparison, 0, t.id), firstSentenceWith(comparison, 1, t.id)],
    }));
}

/** The largest share on either side (the chart's scale), never 0. */
export function maxShare(topics: readonly TopicCoverage[]): number {
  return Math.max(0.0001, ...topics.flatMap((t) => t.shares));
}

function rowMentions(hits: [Set<number>, Set<number>], row: AlignmentRow): [boolean, boolean] {
  return [row.a.some((i) => hits[0].has(i)), row.b.some((i) => hits[1].has(i))];
}

/**
 * The aligned row to bring into view for a topic: the first row where both sides mention it, else the first
 * row where either does; null when no row does.
 */
export function rowForTopic(comparison: Comparison, topicId: string): number | null {
  const hits = sentencesWithTopic(comparison, topicId);
  let firstAny: number | null = null;
  for (const [i, row] of comparison.alignment.entries()) {
    const [a, b] = rowMentions(hits, row);
    if (a && b) return i;
    if ((a || b) && firstAny === null) firstAny = i;
  }
  return firstAny;
}

/**
 * Sentence indexes of each side that mention a topic or one of its sub-topics (the engine's list), falling back
 * to the sentences' own topic ids.
 */
export function sentencesWithTopic(comparison: Comparison, topicId: string): [Set<number>, Set<number>] {
  const coverage = comparison.topics.find((t) => t.id === topicId);
  if (coverage?.sentences) return [new Set(coverage.sentences[0]), new Set(coverage.sentences[1])];
  const collect = (side: 0 | 1) =>
    new Set(comparison.sides[side].sentences.filter((s) => s.topicIds.includes(topicId)).map((s) => s.index));
  return [collect(0), collect(1)];
}

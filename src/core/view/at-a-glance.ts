import type { AbsenceReason, Comparison, TopicCoverage } from '../compare/types';

/*
 * The meeting page's first answer, before any reading: which topics only one side mentions (and why the other
 * is silent: left out, or only an excerpt, or no readout at all), and where both mention a topic, which side
 * gives it more room.
 */

export interface AtAGlance {
  /** Topic ids only side 0 (Chinese) / side 1 (US) mentions, largest share first. */
  only: [string[], string[]];
  /** Why the other side says nothing of side i's one-sided topics; null when side i has none. */
  silence: [AbsenceReason | null, AbsenceReason | null];
  /** Topics both sides mention where side i gives more weight, largest gap first. */
  heavier: [string[], string[]];
  /** How many topics both sides mention. */
  shared: number;
}

const byShare = (side: 0 | 1) => (x: TopicCoverage, y: TopicCoverage) =>
  y.shares[side] - x.shares[side] || x.id.localeCompare(y.id);

const gap = (t: TopicCoverage) => Math.abs(t.shares[0] - t.shares[1]);

export function atAGlance(comparison: Comparison): AtAGlance {
  const topics = comparison.topics;
  const only = (side: 0 | 1) =>
    topics.filter((t) => t.status === (side === 0 ? 'only-a' : 'only-b')).sort(byShare(side));
  const onlyA = only(0);
  const onlyB = only(1);
  const both = topics.filter((t) => t.status === 'both');
  const heavier = (side: 0 | 1) =>
    both
      .filter((t) => t.heavier === side)
      .sort((x, y) => gap(y) - gap(x) || x.id.localeCompare(y.id))
      .map((t) => t.id);
  return {
    only: [onlyA.map((t) => t.id), onlyB.map((t) => t.id)],
    silence: [onlyA[0]?.absence[1] ?? null, onlyB[0]?.absence[0] ?? null],
    heavier: [heavier(0), heavier(1)],
    shared: both.length,
  };
}

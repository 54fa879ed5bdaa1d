import { sureSide } from '../compare/evidence';
import type { AbsenceReason, Comparison, TopicCoverage } from '../compare/types';
import { byCodeUnits } from '../text/code-unit-order';
import { type Incomparable, incomparable } from './comparability';

/*
 * The meeting page's first answer, before any reading: which topics only one side mentions (and why the other
 * is silent: left out, or only an excerpt, or no readout at all); which ones the other side possibly mentions
 * too (the looser search found a candidate: for the reader to check, never "only"); and, only where the two
 * texts are comparable, which side gives shared topics more room.
 */

export interface AtAGlance {
  /** Topic ids only side 0 (Chinese) / side 1 (US) mentions, largest share first. */
  only: [string[], string[]];
  /** Why the other side says nothing of side i's one-sided topics; null when side i has none. */
  silence: [AbsenceReason | null, AbsenceReason | null];
  /** Topics one side mentions and the other possibly does too, with the side sure of them. */
  possibly: { id: string; sure: 0 | 1 }[];
  /** Topics both sides mention where side i gives more room, largest gap first (empty unless comparable). */
  heavier: [string[], string[]];
  /** How many topics both sides mention. */
  shared: number;
  /** Why "more room" is not said (the texts are not comparable); null when it may be. */
  incomparable: Incomparable | null;
  /** Topics the reader has given a verdict on. */
  checked: string[];
}

const byShare = (side: 0 | 1) => (x: TopicCoverage, y: TopicCoverage) =>
  y.shares[side] - x.shares[side] || byCodeUnits(x.id, y.id);

const gap = (t: TopicCoverage) => Math.abs(t.shares[0] - t.shares[1]);

export function atAGlance(comparison: Comparison): AtAGlance {
  const topics = comparison.topics;
  const only = (side: 0 | 1) =>
    topics.filter((t) => t.status === (side === 0 ? 'only-a' : 'only-b')).sort(byShare(side));
  const onlyA = only(0);
  const onlyB = only(1);
  const both = topics.filter((t) => t.status === 'both');
  const possibly = topics
    .filter((t) => t.status === 'possibly-both')
    .map((t) => ({ topic: t, sure: sureSide(t) ?? 0 }))
    .sort((x, y) => y.topic.shares[y.sure] - x.topic.shares[x.sure] || byCodeUnits(x.topic.id, y.topic.id))
    .map(({ topic, sure }) => ({ id: topic.id, sure }));
  const heavier = (side: 0 | 1) =>
    comparison.comparable
      ? both
          .filter((t) => t.heavier === side)
          .sort((x, y) => gap(y) - gap(x) || byCodeUnits(x.id, y.id))
          .map((t) => t.id)
      : [];
  return {
    only: [onlyA.map((t) => t.id), onlyB.map((t) => t.id)],
    silence: [onlyA[0]?.absence[1] ?? null, onlyB[0]?.absence[0] ?? null],
    possibly,
    heavier: [heavier(0), heavier(1)],
    shared: both.length,
    incomparable: incomparable(comparison),
    checked: topics.filter((t) => t.checked).map((t) => t.id),
  };
}

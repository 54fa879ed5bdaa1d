import { defaultCoverageConfig } from '../compare/coverage';
import type { Comparison } from '../compare/types';

/*
 * Why a meeting's shares are not set against each other. The engine says whether they are (`comparable`); the
 * page says why not in a few words, so a missing "gives more room" line is never mistaken for "about even".
 */

/** Fewer sentences than this on either side and shares say nothing about weight. */
export const MIN_COMPARABLE_SENTENCES = defaultCoverageConfig.minComparableSentences;

type IncomparableReason = 'missing' | 'excerpt' | 'short';

export interface Incomparable {
  reason: IncomparableReason;
  /** The sides the reason applies to (0 = Chinese side, 1 = US side). */
  sides: (0 | 1)[];
}

type Sides = Pick<Comparison, 'comparable'> & {
  sides: readonly [
    { completeness: string; sentences: readonly unknown[] },
    { completeness: string; sentences: readonly unknown[] },
  ];
};

/** Null when the two texts' shares compare like with like; else the first reason that rules it out. */
export function incomparable(comparison: Sides): Incomparable | null {
  if (comparison.comparable) return null;
  const where = (test: (side: Sides['sides'][number]) => boolean) =>
    ([0, 1] as const).filter((i) => test(comparison.sides[i]));
  const missing = where((s) => s.completeness === 'missing');
  if (missing.length > 0) return { reason: 'missing', sides: missing };
  const excerpt = where((s) => s.completeness === 'excerpt');
  if (excerpt.length > 0) return { reason: 'excerpt', sides: excerpt };
  return { reason: 'short', sides: where((s) => s.sentences.length < MIN_COMPARABLE_SENTENCES) };
}

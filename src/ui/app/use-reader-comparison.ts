import { useEffect, useMemo, useState } from 'react';
import type { CompareInput, Comparison } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import { builtComparison, loadBuiltComparisons } from './built-comparisons';
import { compareTexts } from './compare-texts';
import { type ComparisonState, errorState } from './comparison-state';
import { ownComparison } from './own-comparisons';

const PENDING: ComparisonState = { status: 'pending' };

/** A comparison the page started itself, for the texts it was started for. */
interface Started {
  a: CompareInput;
  b: CompareInput;
  state: ComparisonState;
}

/**
 * The comparison a meeting page shows, never computed on the page's thread while it loads:
 * - a corpus meeting: the one the build computed (its chunk loads, if it has not yet, while "comparing…" shows);
 * - one of the reader's own meetings whose link was pointed at on the list: the worker's, prefetched then;
 * - otherwise (or should the chunk fail): compared now, in the worker (see compareTexts: on this thread only
 *   for a lexicon the worker does not hold, or where the worker fails).
 * `ids` are the texts' ids (null for a side without text); `a` and `b` the same texts as engine inputs, stable
 * (memoised) objects.
 */
export function useReaderComparison(
  meetingId: string,
  ids: readonly [string | null, string | null],
  a: CompareInput,
  b: CompareInput,
  lexicon: CompiledLexicon,
): ComparisonState {
  const [cnId, usId] = ids;
  const [, setSettled] = useState(0);
  const [builtFailed, setBuiltFailed] = useState(false);
  const [started, setStarted] = useState<Started | null>(null);
  const built = builtFailed ? null : builtComparison(meetingId, cnId, usId);
  const own = built === null ? ownComparison(meetingId, ids, a, b) : null;
  const compareHere = built === null && own === null;

  useEffect(() => {
    if (built !== undefined) return;
    let live = true;
    loadBuiltComparisons(meetingId).then(
      () => {
        if (live) setSettled((n) => n + 1);
      },
      () => {
        if (live) setBuiltFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [built, meetingId]);

  useEffect(() => {
    if (!(own instanceof Promise)) return;
    let live = true;
    // Either way the page renders again: with the worker's result, or (it failed) comparing itself.
    const settle = () => {
      if (live) setSettled((n) => n + 1);
    };
    own.then(settle, settle);
    return () => {
      live = false;
    };
  }, [own]);

  useEffect(() => {
    if (!compareHere) return;
    let live = true;
    const done = (state: ComparisonState) => {
      if (live) setStarted({ a, b, state });
    };
    compareTexts(a, b, lexicon).then(
      (comparison) => done({ status: 'ready', comparison }),
      (error: unknown) => done(errorState(error, [a.side, b.side])),
    );
    return () => {
      live = false;
    };
  }, [compareHere, a, b, lexicon]);

  const ready: Comparison | null = built ?? (own instanceof Promise ? null : own);
  const state = useMemo<ComparisonState | null>(
    () => (ready ? { status: 'ready', comparison: ready } : null),
    [ready],
  );
  if (state) return state;
  // A result for earlier texts is stale: "comparing…" until the current one arrives.
  if (compareHere && started && started.a === a && started.b === b) return started.state;
  return PENDING;
}

import { useEffect, useMemo, useState } from 'react';
import type { CompareInput, Comparison } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import { compareInputOf } from '../../core/view/text-choice';
import { type ComparisonState, useComparison } from '../reader/use-comparison';
import { builtComparison, loadBuiltComparisons } from './built-comparisons';
import { ownComparison } from './own-comparisons';

// What the engine is given while another source stands in: two absent texts, which it answers in microseconds
// (so useComparison keeps its one call site and its rules for the reader's own meetings).
const NOTHING_CN: CompareInput = compareInputOf(null, 'cn');
const NOTHING_US: CompareInput = compareInputOf(null, 'us');
const PENDING: ComparisonState = { status: 'pending' };

/**
 * The comparison a meeting page shows, without running the engine on the page's thread where it can be helped:
 * - a corpus meeting: the one the build computed (its chunk loads, if it has not yet, while "comparing…" shows);
 * - one of the reader's own meetings whose link was pointed at on the list: the worker's, prefetched then;
 * - otherwise (or should the chunk or the worker fail): the engine's, as useComparison runs it (at once for
 *   small texts, in the worker for large ones).
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
  const built = builtFailed ? null : builtComparison(meetingId, cnId, usId);
  const own = built === null ? ownComparison(meetingId, ids, a, b) : null;

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
    // Either way the page renders again: with the worker's result, or (it failed) with the engine's.
    const settle = () => {
      if (live) setSettled((n) => n + 1);
    };
    own.then(settle, settle);
    return () => {
      live = false;
    };
  }, [own]);

  const ready: Comparison | null = built ?? (own instanceof Promise ? null : own);
  const viaEngine = built === null && own === null;
  const engine = useComparison(viaEngine ? a : NOTHING_CN, viaEngine ? b : NOTHING_US, lexicon);
  const state = useMemo<ComparisonState | null>(
    () => (ready ? { status: 'ready', comparison: ready } : null),
    [ready],
  );
  if (state) return state;
  return viaEngine ? engine : PENDING;
}

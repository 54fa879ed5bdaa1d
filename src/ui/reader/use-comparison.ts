import { useEffect, useMemo, useState } from 'react';
import { compareInWorker } from '../../browser/compare-worker-client';
import { compareReadouts, prepareCompare } from '../../core/compare/compare-readouts';
import type { CompareInput } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import { hasTraditional } from '../../core/text/simplifier';
import { type ComparisonState, errorCode, errorState } from '../app/comparison-state';

export { type ComparisonState, errorCode };

/*
 * The engine as a hook, for a page that holds it already (it is imported here statically). The meeting page
 * does not: it shows the build's comparisons, and compares the reader's own texts in the worker (see
 * src/ui/app/use-reader-comparison.ts), so neither the engine nor the lexicon's patterns load with it.
 */

/** Above this many characters (both texts together) the comparison runs in a worker, off the main thread. */
export const WORKER_THRESHOLD = 20_000;

function compareNow(a: CompareInput, b: CompareInput, lexicon: CompiledLexicon): ComparisonState {
  try {
    return { status: 'ready', comparison: compareReadouts(a, b, lexicon) };
  } catch (error) {
    return errorState(error, [a.side, b.side]);
  }
}

/**
 * The engine's comparison of two inputs. Small Simplified/English texts compare synchronously and are
 * memoised, so rows render in the same frame as the page. Large texts go to a worker, and Traditional Chinese
 * waits for the converter to load; both report `pending` meanwhile. `a` and `b` must be stable (memoised)
 * objects; `lexicon` must be able to tag (see whenLexiconReady in src/ui/app/corpus.ts).
 */
export function useComparison(a: CompareInput, b: CompareInput, lexicon: CompiledLexicon): ComparisonState {
  const large = a.text.length + b.text.length > WORKER_THRESHOLD;
  const traditional = useMemo(
    () => !large && (hasTraditional(a.text) || hasTraditional(b.text)),
    [a, b, large],
  );
  const sync = useMemo(
    () => (large || traditional ? null : compareNow(a, b, lexicon)),
    [a, b, lexicon, large, traditional],
  );
  const [async, setAsync] = useState<{ a: CompareInput; b: CompareInput; state: ComparisonState } | null>(
    null,
  );

  useEffect(() => {
    if (!large && !traditional) return;
    let cancelled = false;
    const run = large ? compareInWorker(a, b) : prepareCompare(a, b, lexicon);
    run.then(
      (comparison) => {
        if (!cancelled) setAsync({ a, b, state: { status: 'ready', comparison } });
      },
      (error: unknown) => {
        if (!cancelled) setAsync({ a, b, state: errorState(error, [a.side, b.side]) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [a, b, lexicon, large, traditional]);

  if (sync) return sync;
  // A result for earlier inputs is stale: show "comparing…" until the current one arrives.
  return async && async.a === a && async.b === b ? async.state : { status: 'pending' };
}

import { useCallback, useEffect, useState } from 'react';

/** Rows committed per step: a step of a long readout's rows stays well under a 50 ms task on a slow machine. */
export const PROGRESSIVE_STEP = 60;

/**
 * How many of `total` items to render now. A long list (a pasted 200,000-character pair has thousands of rows)
 * is committed in steps, one per macrotask, so the page answers input between them instead of freezing for a
 * second; a short one (every corpus meeting) renders whole at once. `reveal(n)` renders at least the first n
 * at once, for a jump to a row further down (a topic, a note).
 */
export function useProgressiveCount(total: number, step = PROGRESSIVE_STEP): [number, (n: number) => void] {
  const [state, setState] = useState({ total, count: Math.min(total, step) });
  // A new list starts over (state reset during render, as React recommends for derived resets).
  let current = state;
  if (state.total !== total) {
    current = { total, count: Math.min(total, step) };
    setState(current);
  }
  const { count } = current;

  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => {
      setState((s) => (s.total === total ? { total, count: Math.min(total, s.count + step) } : s));
    }, 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);

  const reveal = useCallback(
    (n: number) => setState((s) => (s.count >= n ? s : { total: s.total, count: Math.min(s.total, n) })),
    [],
  );
  return [count, reveal];
}

import { useSyncExternalStore } from 'react';

/** The layout's one breakpoint: at or below it the page is one column and secondary panels fold (a phone). */
export const NARROW_QUERY = '(max-width: 760px)';

function query(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(NARROW_QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

const getNarrow = () => query()?.matches ?? false;

/** True on a phone-sized viewport (and false where media queries are unknown, e.g. static rendering). */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, getNarrow, () => false);
}

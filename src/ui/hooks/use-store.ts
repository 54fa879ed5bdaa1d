import { startTransition, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { Watchable } from '../../browser/store/watchable';

/**
 * The current value of a store (src/browser/store/watchable), re-rendering when it changes: the one way a
 * component reads the notes, the own meetings or any other store. Pass the same store object across renders
 * (a module constant, or one memoised per key) so React does not subscribe again on every render.
 */
export function useStore<T>(store: Watchable<T>): T {
  return useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getServerSnapshot ?? store.getSnapshot,
  );
}

/**
 * Like `useStore`, for a store that loads after a large page has rendered (the reader's notes): the change out
 * of `loading` re-renders as a transition, in slices the browser can paint and answer input between, where
 * `useSyncExternalStore` would re-render the whole page in one blocking task. Later changes (the reader's own,
 * another tab's) render at once, synchronously, as with `useStore`. Not for markup React hydrates (no server
 * snapshot).
 */
export function useStoreLoadingInTransition<T>(store: Watchable<T>, loading: (value: T) => boolean): T {
  const [held, setHeld] = useState(() => ({ store, value: store.getSnapshot() }));
  const value = held.store === store ? held.value : store.getSnapshot();
  // What this render shows and how to tell loading, for the subscription (which outlives renders).
  const latest = useRef({ value, loading });
  latest.current = { value, loading };
  useEffect(() => {
    const update = (now: 'at once' | 'in this effect') => {
      const next = store.getSnapshot();
      const set = () =>
        setHeld((prev) =>
          prev.store === store && Object.is(prev.value, next) ? prev : { store, value: next },
        );
      if (latest.current.loading(latest.current.value)) startTransition(set);
      // Like useSyncExternalStore: rendered before the code that changed the store goes on (it may look for what
      // the change shows, e.g. to focus it). Not inside this effect, where React is still committing.
      else if (now === 'at once') flushSync(set);
      else set();
    };
    const stop = store.subscribe(() => update('at once'));
    // A change between this render and the subscription.
    update('in this effect');
    return stop;
  }, [store]);
  return value;
}

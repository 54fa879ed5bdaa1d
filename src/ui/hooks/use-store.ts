import { useSyncExternalStore } from 'react';
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

/**
 * A value that changes over time, in the shape React's `useSyncExternalStore` reads (src/ui/hooks/use-store.ts):
 * every snapshot is immutable and replaced on change, so a component re-renders only when it is.
 */

export interface Watchable<T> {
  /** Starts watching; returns the function that stops. */
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => T;
  /** What a page rendered before any store could load (the prerendered HTML) shows, for hydration. */
  getServerSnapshot?: () => T;
}

/** A watchable value that its owner sets. */
export interface Cell<T> extends Watchable<T> {
  set: (next: T) => void;
  /** Holds `value` again and forgets every listener, without telling them (a fresh start, in tests). */
  reset: (value: T) => void;
}

/** A cell holding `initial`; listeners run on every `set` that changes the value (by identity). */
export function createCell<T>(initial: T, onSubscribe?: () => void): Cell<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      onSubscribe?.();
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    reset: (next) => {
      value = next;
      listeners.clear();
    },
  };
}

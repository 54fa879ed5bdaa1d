// @vitest-environment jsdom
import { act, render, renderHook, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { type Cell, createCell, type Watchable } from '../../../src/browser/store/watchable';
import { useStore, useStoreLoadingInTransition } from '../../../src/ui/hooks/use-store';

/** `cell` as a store that counts its subscriptions, and those still active. */
function counted<T>(cell: Cell<T>): {
  store: Watchable<T>;
  counts: { subscriptions: number; active: number };
} {
  const counts = { subscriptions: 0, active: 0 };
  const store: Watchable<T> = {
    subscribe: (listener) => {
      counts.subscriptions += 1;
      counts.active += 1;
      const stop = cell.subscribe(listener);
      return () => {
        counts.active -= 1;
        stop();
      };
    },
    getSnapshot: cell.getSnapshot,
  };
  return { store, counts };
}

describe('useStore', () => {
  it('reads the store and re-renders when it changes', () => {
    const cell = createCell({ count: 0 });
    const { result } = renderHook(() => useStore(cell));
    expect(result.current).toEqual({ count: 0 });
    act(() => cell.set({ count: 1 }));
    expect(result.current).toEqual({ count: 1 });
  });

  it('subscribes once across renders and lets go on unmount', () => {
    const cell = createCell('a');
    const { store, counts } = counted(cell);
    const { rerender, unmount } = renderHook(() => useStore(store));
    rerender();
    act(() => cell.set('b'));
    rerender();
    expect(counts.subscriptions).toBe(1);
    unmount();
    expect(counts.active).toBe(0);
  });
});

const never = () => false;

/** A store whose values suspend the component showing them until released. */
const held = createCell('loading');
const holding = new Map<string, Promise<void>>();

/** Suspends the showing of `value` until the returned function is called. */
function hold(value: string): () => void {
  let release: () => void = () => undefined;
  holding.set(
    value,
    new Promise<void>((resolve) => {
      release = resolve;
    }),
  );
  return () => {
    holding.delete(value);
    release();
  };
}

function Held() {
  const value = useStoreLoadingInTransition(held, (v) => v === 'loading');
  const pending = holding.get(value);
  if (pending) throw pending;
  return <p>{value}</p>;
}

describe('useStoreLoadingInTransition', () => {
  it('reads the store and follows its changes', async () => {
    const cell = createCell(['a']);
    const { result } = renderHook(() => useStoreLoadingInTransition(cell, never));
    expect(result.current).toEqual(['a']);
    await act(async () => cell.set(['a', 'b']));
    expect(result.current).toEqual(['a', 'b']);
  });

  it('catches a change made between its first render and its subscription', async () => {
    const cell = createCell('first');
    const store: Watchable<string> = {
      subscribe: (listener) => {
        cell.set('changed before subscribing');
        return cell.subscribe(listener);
      },
      getSnapshot: cell.getSnapshot,
    };
    const { result } = renderHook(() => useStoreLoadingInTransition(store, never));
    await act(async () => undefined);
    expect(result.current).toBe('changed before subscribing');
  });

  it("gives another store's own value from the first render it is given in", async () => {
    const stores = { one: createCell('one'), two: createCell('two') };
    const renders: [string, string][] = [];
    const { rerender } = renderHook(
      ({ name }: { name: 'one' | 'two' }) =>
        renders.push([name, useStoreLoadingInTransition(stores[name], never)]),
      { initialProps: { name: 'one' } },
    );
    rerender({ name: 'two' });
    await act(async () => stores.one.set('one again'));
    expect(renders.map(([name]) => name)).toContain('two');
    expect(renders.filter(([name, value]) => value !== name)).toEqual([]);
  });

  it('renders the change out of loading as a transition, and later changes at once', async () => {
    // A transition that suspends keeps the page on screen; an urgent update shows the fallback instead.
    render(
      <Suspense fallback={<p>fallback</p>}>
        <Held />
      </Suspense>,
    );
    const loaded = hold('loaded');
    await act(async () => held.set('loaded'));
    expect(screen.queryByText('fallback')).toBeNull();
    expect(screen.getByText('loading')).toBeVisible();
    await act(async () => loaded());
    expect(screen.getByText('loaded')).toBeInTheDocument();
    const changed = hold('changed');
    await act(async () => held.set('changed'));
    expect(screen.getByText('fallback')).toBeInTheDocument();
    await act(async () => changed());
    expect(screen.getByText('changed')).toBeInTheDocument();
  });

  it('lets go of the store on unmount', () => {
    const { store, counts } = counted(createCell(0));
    const { unmount } = renderHook(() => useStoreLoadingInTransition(store, never));
    expect(counts.active).toBe(1);
    unmount();
    expect(counts.active).toBe(0);
  });
});

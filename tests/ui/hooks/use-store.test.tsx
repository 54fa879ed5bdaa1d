// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCell, type Watchable } from '../../../src/browser/store/watchable';
import { useStore } from '../../../src/ui/hooks/use-store';

describe('useStore', () => {
  it('reads the store and re-renders when it changes', () => {
    const cell = createCell({ count: 0 });
    const { result } = renderHook(() => useStore(cell));
    expect(result.current).toEqual({ count: 0 });
    act(() => cell.set({ count: 1 }));
    expect(result.current).toEqual({ count: 1 });
  });

  it('subscribes once across renders and lets go on unmount', () => {
    let subscriptions = 0;
    let active = 0;
    const cell = createCell('a');
    const store: Watchable<string> = {
      subscribe: (listener) => {
        subscriptions += 1;
        active += 1;
        const stop = cell.subscribe(listener);
        return () => {
          active -= 1;
          stop();
        };
      },
      getSnapshot: cell.getSnapshot,
    };
    const { rerender, unmount } = renderHook(() => useStore(store));
    rerender();
    act(() => cell.set('b'));
    rerender();
    expect(subscriptions).toBe(1);
    unmount();
    expect(active).toBe(0);
  });
});

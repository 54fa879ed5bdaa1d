// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESSIVE_STEP, useProgressiveCount } from '../../../src/ui/reader/use-progressive-count';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Runs the scheduled steps one task at a time, as the browser would, until none is left. */
function runSteps(): void {
  for (let i = 0; i < 100 && vi.getTimerCount() > 0; i++) {
    act(() => {
      vi.advanceTimersToNextTimer();
    });
  }
}

describe('useProgressiveCount', () => {
  it('renders a short list whole in the first render', () => {
    const { result } = renderHook(() => useProgressiveCount(12));
    expect(result.current[0]).toBe(12);
  });

  it('renders a long list in steps, one per task, up to the end', () => {
    const total = PROGRESSIVE_STEP * 3 + 7;
    const { result } = renderHook(() => useProgressiveCount(total));
    expect(result.current[0]).toBe(PROGRESSIVE_STEP);
    act(() => {
      vi.advanceTimersToNextTimer();
    });
    expect(result.current[0]).toBe(PROGRESSIVE_STEP * 2);
    runSteps();
    expect(result.current[0]).toBe(total);
  });

  it('reveals at once as many as a jump further down needs, and never fewer than it has', () => {
    const { result } = renderHook(() => useProgressiveCount(1000));
    act(() => result.current[1](700));
    expect(result.current[0]).toBe(700);
    act(() => result.current[1](10));
    expect(result.current[0]).toBe(700);
    act(() => result.current[1](5000));
    expect(result.current[0]).toBe(1000);
  });

  it('starts over for a new list', () => {
    const { result, rerender } = renderHook(({ total }) => useProgressiveCount(total), {
      initialProps: { total: 500 },
    });
    runSteps();
    expect(result.current[0]).toBe(500);
    rerender({ total: 400 });
    expect(result.current[0]).toBe(PROGRESSIVE_STEP);
  });
});

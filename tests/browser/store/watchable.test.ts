import { describe, expect, it } from 'vitest';
import { createCell } from '../../../src/browser/store/watchable';

describe('createCell', () => {
  it('tells its listeners about a new value, not about the same one, and stops when asked', () => {
    const cell = createCell({ n: 0 });
    const seen: number[] = [];
    const stop = cell.subscribe(() => seen.push(cell.getSnapshot().n));
    const same = cell.getSnapshot();
    cell.set(same);
    cell.set({ n: 1 });
    stop();
    cell.set({ n: 2 });
    expect(seen).toEqual([1]);
    expect(cell.getSnapshot()).toEqual({ n: 2 });
  });

  it('calls onSubscribe on every subscribe (a store loads on first use)', () => {
    let calls = 0;
    const cell = createCell(0, () => {
      calls += 1;
    });
    expect(calls).toBe(0);
    cell.subscribe(() => undefined);
    cell.subscribe(() => undefined);
    expect(calls).toBe(2);
  });

  it('starts afresh on reset: the value again, no listeners', () => {
    const cell = createCell('a');
    const seen: string[] = [];
    cell.subscribe(() => seen.push(cell.getSnapshot()));
    cell.reset('b');
    cell.set('c');
    expect(seen).toEqual([]);
    expect(cell.getSnapshot()).toBe('c');
  });
});

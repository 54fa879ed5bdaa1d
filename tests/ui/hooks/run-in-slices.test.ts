import { describe, expect, it } from 'vitest';
import type { Steps } from '../../../src/core/steps/steps';
import { runInSlices } from '../../../src/ui/hooks/run-in-slices';

function* counting(log: string[], parts: number, msEach: number): Steps<number> {
  for (let i = 0; i < parts; i++) {
    const until = performance.now() + msEach;
    while (performance.now() < until) {
      // busy: a part of a long computation
    }
    log.push(`part ${i}`);
    yield;
  }
  return parts;
}

describe('runInSlices', () => {
  it('gives the result of the steps, letting other tasks run between slices', async () => {
    const log: string[] = [];
    const done = runInSlices(counting(log, 6, 5), new AbortController().signal);
    setTimeout(() => log.push('another task'), 0);
    await expect(done).resolves.toBe(6);
    const other = log.indexOf('another task');
    expect(other).toBeGreaterThan(0);
    expect(other).toBeLessThan(log.length - 1);
  });

  it('stops at the next step once aborted, and rejects', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    const done = runInSlices(counting(log, 50, 5), controller.signal);
    setTimeout(() => controller.abort(new Error('left the page')), 0);
    await expect(done).rejects.toThrow('left the page');
    expect(log.length).toBeLessThan(50);
  });
});

// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CompareInput, Comparison } from '../../../src/core/compare/types';
import { useComparison, WORKER_THRESHOLD } from '../../../src/ui/reader/use-comparison';
import { corpus } from '../render-app';

const workerResult: Comparison = {
  sides: [],
  topics: [],
  alignment: [],
  diffs: null,
} as unknown as Comparison;
const compareInWorker = vi.fn(async (_a: CompareInput, _b: CompareInput) => workerResult);
vi.mock('../../../src/browser/compare-worker-client', () => ({
  compareInWorker: (a: CompareInput, b: CompareInput) => compareInWorker(a, b),
}));

describe('useComparison', () => {
  it('compares small texts synchronously, in the first render', () => {
    const a: CompareInput = {
      text: '秦刚敦促美方停止干涉中国内政。',
      lang: 'zh',
      side: 'cn',
      completeness: 'full',
    };
    const b: CompareInput = {
      text: 'The Secretary raised Taiwan.',
      lang: 'en',
      side: 'us',
      completeness: 'full',
    };
    const { result } = renderHook(() => useComparison(a, b, corpus.lexicon));
    expect(result.current.status).toBe('ready');
    expect(compareInWorker).not.toHaveBeenCalled();
    if (result.current.status === 'ready') {
      expect(result.current.comparison.topics.map((t) => t.id)).toContain('internal-affairs');
    }
  });

  it('sends large texts to the worker and reports pending until it answers', async () => {
    const a: CompareInput = {
      text: '中美双方同意保持沟通。'.repeat(WORKER_THRESHOLD / 10),
      lang: 'zh',
      side: 'cn',
    };
    const b: CompareInput = { text: 'Both sides agreed to keep talking.', lang: 'en', side: 'us' };
    const { result } = renderHook(() => useComparison(a, b, corpus.lexicon));
    expect(result.current.status).toBe('pending');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(compareInWorker).toHaveBeenCalledWith(a, b);
  });

  it('reports a failed comparison by its error code', async () => {
    compareInWorker.mockRejectedValueOnce(Object.assign(new Error('boom'), { code: 'WORKER_FAILED' }));
    const a: CompareInput = { text: 'x'.repeat(WORKER_THRESHOLD + 1), lang: 'en', side: 'cn' };
    const b: CompareInput = { text: 'y', lang: 'en', side: 'us' };
    const { result } = renderHook(() => useComparison(a, b, corpus.lexicon));
    await waitFor(() => expect(result.current).toEqual({ status: 'error', code: 'WORKER_FAILED' }));
  });
});

// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../../src/core/compare/compare-readouts';
import type { Meeting } from '../../../src/core/model';
import { compareInputOf, textsOfSide } from '../../../src/core/view/text-choice';
import { corpusData, LexiconNotLoadedError, whenLexiconReady } from '../../../src/ui/app/corpus';
import { useReaderComparison } from '../../../src/ui/app/use-reader-comparison';
import { corpus } from '../render-app';

vi.mock('../../../src/core/compare/compare-readouts', async (original) => {
  const actual = await original<typeof import('../../../src/core/compare/compare-readouts')>();
  return { ...actual, compareReadouts: vi.fn(actual.compareReadouts) };
});

const { meetings, lexicon } = corpusData();

function finer(): Meeting {
  const found = meetings.find((m) => m.id === '2024-01-10-liu-finer');
  if (!found) throw new Error('the Finer meeting is missing from the corpus');
  return found;
}

function firstPair(meeting: Meeting) {
  const [cn] = textsOfSide(meeting, 'cn');
  const [us] = textsOfSide(meeting, 'us');
  return {
    ids: [cn?.id ?? null, us?.id ?? null] as const,
    a: compareInputOf(cn ?? null, 'cn'),
    b: compareInputOf(us ?? null, 'us'),
  };
}

describe('useReaderComparison', () => {
  it('shows a corpus meeting’s comparison from the build, for every pair of its texts, without the engine or the lexicon’s patterns', async () => {
    const meeting = finer();
    const shown: {
      a: ReturnType<typeof compareInputOf>;
      b: ReturnType<typeof compareInputOf>;
      built: unknown;
    }[] = [];
    for (const cn of textsOfSide(meeting, 'cn')) {
      for (const us of textsOfSide(meeting, 'us')) {
        const a = compareInputOf(cn, 'cn');
        const b = compareInputOf(us, 'us');
        const { result } = renderHook(() => useReaderComparison(meeting.id, [cn.id, us.id], a, b, lexicon));
        await waitFor(() => expect(result.current.status).toBe('ready'));
        shown.push({ a, b, built: result.current.status === 'ready' ? result.current.comparison : null });
      }
    }
    // Nothing on this page needed the patterns: they never loaded (the corpus lexicon cannot tag yet).
    expect(() => lexicon.matchTopics('台湾问题', 'zh')).toThrow(LexiconNotLoadedError);
    expect(vi.mocked(engine.compareReadouts)).not.toHaveBeenCalled();
    // The build's comparison is the engine's, computed there instead of here.
    await whenLexiconReady(lexicon);
    for (const { a, b, built } of shown) {
      const here = vi.mocked(engine.compareReadouts).getMockImplementation()?.(a, b, lexicon);
      expect(JSON.parse(JSON.stringify(built))).toEqual(JSON.parse(JSON.stringify(here)));
    }
  });

  it('compares a meeting the build does not know (one of the reader’s own) off the first render, with the page’s lexicon', async () => {
    const { ids, a, b } = firstPair(finer());
    const { result } = renderHook(() => useReaderComparison('user-test', ids, a, b, lexicon));
    expect(result.current.status).toBe('pending');
    await waitFor(() => expect(result.current.status).toBe('ready'), { timeout: 10000 });
    const shown = result.current.status === 'ready' ? result.current.comparison : null;
    await whenLexiconReady(lexicon);
    expect(shown?.topics.map((t) => t.id)).toEqual(
      engine.compareReadouts(a, b, lexicon).topics.map((t) => t.id),
    );
  });

  it('compares with a lexicon of the page’s own (not the corpus’s) on the page, with that lexicon', async () => {
    const { ids, a, b } = firstPair(finer());
    const only = corpus.lexicon.topics.slice(0, 1);
    const narrow = { ...corpus.lexicon, topics: only, topicById: new Map(only.map((t) => [t.id, t])) };
    const { result } = renderHook(() => useReaderComparison('user-other', ids, a, b, narrow));
    await waitFor(() => expect(result.current.status).toBe('ready'), { timeout: 10000 });
    const shown = result.current.status === 'ready' ? result.current.comparison : null;
    expect(shown?.topics.map((t) => t.id)).toEqual(
      engine.compareReadouts(a, b, narrow).topics.map((t) => t.id),
    );
  });
});

// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../../src/core/compare/compare-readouts';
import type { Meeting } from '../../../src/core/model';
import { compareInputOf, textsOfSide } from '../../../src/core/view/text-choice';
import { corpusData } from '../../../src/ui/app/corpus';
import { useReaderComparison } from '../../../src/ui/app/use-reader-comparison';

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

/** Engine calls that compared real text (the stand-in for a built comparison compares two absent texts). */
const realCompares = () =>
  vi.mocked(engine.compareReadouts).mock.calls.filter(([a, b]) => a.text !== '' || b.text !== '');

describe('useReaderComparison', () => {
  it('shows a corpus meeting’s comparison from the build, for every pair of its texts, without the engine', async () => {
    const meeting = finer();
    for (const cn of textsOfSide(meeting, 'cn')) {
      for (const us of textsOfSide(meeting, 'us')) {
        vi.mocked(engine.compareReadouts).mockClear();
        const a = compareInputOf(cn, 'cn');
        const b = compareInputOf(us, 'us');
        const { result } = renderHook(() => useReaderComparison(meeting.id, [cn.id, us.id], a, b, lexicon));
        await waitFor(() => expect(result.current.status).toBe('ready'));
        expect(realCompares()).toEqual([]);
        // The build's comparison is the engine's, computed there instead of here.
        const built = result.current.status === 'ready' ? result.current.comparison : null;
        expect(JSON.parse(JSON.stringify(built))).toEqual(
          JSON.parse(
            JSON.stringify(vi.mocked(engine.compareReadouts).getMockImplementation()?.(a, b, lexicon)),
          ),
        );
      }
    }
  });

  it('runs the engine for a meeting the build does not know (one of the reader’s own)', () => {
    vi.mocked(engine.compareReadouts).mockClear();
    const meeting = finer();
    const [cn] = textsOfSide(meeting, 'cn');
    const [us] = textsOfSide(meeting, 'us');
    const a = compareInputOf(cn ?? null, 'cn');
    const b = compareInputOf(us ?? null, 'us');
    const { result } = renderHook(() =>
      useReaderComparison('user-test', [cn?.id ?? null, us?.id ?? null], a, b, lexicon),
    );
    expect(result.current.status).toBe('ready');
    expect(realCompares()).toHaveLength(1);
  });
});

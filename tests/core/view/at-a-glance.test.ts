import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import type { Comparison, TopicCoverage } from '../../../src/core/compare/types';
import { applyVerdicts } from '../../../src/core/compare/verdicts';
import { atAGlance } from '../../../src/core/view/at-a-glance';
import { readoutInput, realLexicon } from '../compare/corpus-texts';
import { lexicon, trustComparison } from './trust-fixtures';

function compare(a: string, b: string): Comparison {
  return compareReadouts(readoutInput(a), readoutInput(b), realLexicon());
}

function topic(id: string, over: Partial<TopicCoverage>): TopicCoverage {
  return {
    id,
    counts: [1, 1],
    shares: [0.1, 0.1],
    firstPosition: [0, 0],
    strength: ['neutral', 'neutral'],
    status: 'both',
    absence: [null, null],
    heavier: null,
    evidence: { sentences: [[0], [0]], candidates: [[], []], cues: [[], []] },
    wording: null,
    ...over,
  };
}

describe('atAGlance', () => {
  it('Qin–Blinken: Taiwan and internal affairs only on the Chinese side, the US text being an excerpt', () => {
    const glance = atAGlance(
      compare(
        'readouts/2023-06-14-qin-blinken/cn-mfa-zh-rfi.md',
        'readouts/2023-06-14-qin-blinken/us-state-zh-rfi.md',
      ),
    );
    expect(glance.only[0]).toEqual(expect.arrayContaining(['taiwan', 'internal-affairs']));
    expect(glance.silence[0]).toBe('not-in-excerpt');
    expect(glance.only[1]).toEqual(expect.arrayContaining(['communication-channels']));
    expect(glance.silence[1]).toBe('not-in-excerpt');
  });

  it('orders one-sided topics by share, shared ones by the size of the gap, and counts the shared', () => {
    const comparison = {
      comparable: true,
      topics: [
        topic('taiwan', { status: 'only-a', shares: [0.1, 0], counts: [1, 0], absence: [null, 'omitted'] }),
        topic('core-interests', {
          status: 'only-a',
          shares: [0.3, 0],
          counts: [1, 0],
          absence: [null, 'omitted'],
        }),
        topic('fentanyl', { status: 'only-b', shares: [0, 0.2], counts: [0, 1], absence: ['omitted', null] }),
        topic('trade', { shares: [0.4, 0.1], heavier: 0 }),
        topic('climate', { shares: [0.15, 0.1], heavier: 0 }),
        topic('ai', { shares: [0.1, 0.3], heavier: 1 }),
        topic('dprk', { shares: [0.1, 0.1], heavier: null }),
      ],
    } as unknown as Comparison;
    expect(atAGlance(comparison)).toEqual({
      only: [['core-interests', 'taiwan'], ['fentanyl']],
      silence: ['omitted', 'omitted'],
      possibly: [],
      heavier: [['trade', 'climate'], ['ai']],
      shared: 4,
      incomparable: null,
      checked: [],
    });
  });

  it('has nothing to say of a side with no one-sided topic', () => {
    const comparison = { comparable: true, topics: [topic('trade', {})] } as unknown as Comparison;
    expect(atAGlance(comparison)).toEqual({
      only: [[], []],
      silence: [null, null],
      possibly: [],
      heavier: [[], []],
      shared: 1,
      incomparable: null,
      checked: [],
    });
  });

  it('lists a possibly-both topic on its own, never as "only" one side', () => {
    const glance = atAGlance(trustComparison());
    expect(glance.possibly).toEqual([{ id: 'summit-implementation', sure: 0 }]);
    expect(glance.only[0]).toEqual(['core-interests']);
    expect(glance.only[0]).not.toContain('summit-implementation');
    expect(glance.only[1]).toEqual(['counternarcotics']);
  });

  it('moves a checked candidate where the reader put it, and says it is checked', () => {
    const yes = atAGlance(
      applyVerdicts(
        trustComparison(),
        [{ side: 1, sentence: 0, topicId: 'summit-implementation', verdict: 'present' }],
        lexicon,
      ),
    );
    expect(yes.possibly).toEqual([]);
    expect(yes.shared).toBe(3);
    expect(yes.checked).toEqual(['summit-implementation']);
    const no = atAGlance(
      applyVerdicts(
        trustComparison(),
        [{ side: 1, sentence: 0, topicId: 'summit-implementation', verdict: 'absent' }],
        lexicon,
      ),
    );
    expect(no.only[0]).toContain('summit-implementation');
  });

  it('says nothing of more room, and why, when the texts are not comparable', () => {
    const excerpt = atAGlance(trustComparison({ us: { completeness: 'excerpt' } }));
    expect(excerpt.heavier).toEqual([[], []]);
    expect(excerpt.incomparable).toEqual({ reason: 'excerpt', sides: [1] });
    const qin = atAGlance(
      compare(
        'readouts/2023-06-14-qin-blinken/cn-mfa-zh-rfi.md',
        'readouts/2023-06-14-qin-blinken/us-state-zh-rfi.md',
      ),
    );
    expect(qin.incomparable).toEqual({ reason: 'excerpt', sides: [0, 1] });
  });
});

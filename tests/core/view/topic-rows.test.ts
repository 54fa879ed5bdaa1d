import { describe, expect, it } from 'vitest';
import type {
  AnalyzedSentence,
  Comparison,
  SideAnalysis,
  TopicCoverage,
} from '../../../src/core/compare/types';
import { maxShare, rowForTopic, sentencesWithTopic, topicRows } from '../../../src/core/view/topic-rows';

function sentence(index: number, topicIds: string[]): AnalyzedSentence {
  return {
    index,
    paragraph: 0,
    start: index * 10,
    end: index * 10 + 10,
    text: 'x'.repeat(10),
    topics: topicIds.map((topicId) => ({ topicId, start: index * 10, end: index * 10 + 2 })),
    topicIds,
    related: [],
    speaker: 'unstated',
    strength: 'neutral',
    markers: [],
  };
}

function side(topicsPerSentence: string[][]): SideAnalysis {
  return {
    lang: 'zh',
    completeness: 'full',
    chars: topicsPerSentence.length * 10,
    words: topicsPerSentence.length * 3,
    sentences: topicsPerSentence.map((t, i) => sentence(i, t)),
    atmospherics: [],
  };
}

function coverage(
  id: string,
  shares: [number, number],
  status: TopicCoverage['status'],
  sentences: [number[], number[]],
): TopicCoverage {
  return {
    sentences,
    id,
    counts: [shares[0] > 0 ? 1 : 0, shares[1] > 0 ? 1 : 0],
    shares,
    firstPosition: [null, null],
    strength: [null, null],
    status,
    absence: [status === 'only-b' ? 'omitted' : null, status === 'only-a' ? 'omitted' : null],
    heavier: null,
    evidence: { sentences, candidates: [[], []], cues: [[], []] },
    wording: null,
  };
}

const comparison: Comparison = {
  comparable: true,
  sides: [side([['taiwan'], ['trade'], ['trade']]), side([['trade'], ['climate']])],
  topics: [
    coverage('trade', [0.6, 0.5], 'both', [[1, 2], [0]]),
    coverage('climate', [0, 0.5], 'only-b', [[], [1]]),
    coverage('taiwan', [0.3, 0], 'only-a', [[0], []]),
    // A parent topic: the engine rolls its sub-topic's sentences up, though no sentence carries its id.
    coverage('security', [0.3, 0.5], 'both', [[0], [1]]),
  ],
  alignment: [
    { kind: 'only-a', a: [0], b: [], sharedTopics: [], score: 0 },
    { kind: 'pair', a: [1], b: [0], sharedTopics: ['trade'], score: 1 },
    { kind: 'pair', a: [2], b: [1], sharedTopics: [], score: 0.2 },
  ],
  diffs: null,
};

describe('topicRows', () => {
  it('puts one-sided topics first, then by combined share', () => {
    expect(topicRows(comparison).map((t) => t.id)).toEqual(['climate', 'taiwan', 'trade', 'security']);
  });
  it('records the first sentence mentioning the topic on each side', () => {
    const trade = topicRows(comparison).find((t) => t.id === 'trade');
    expect(trade?.firstSentence).toEqual([1, 0]);
    expect(topicRows(comparison).find((t) => t.id === 'taiwan')?.firstSentence).toEqual([0, null]);
  });
});

describe('rowForTopic', () => {
  it('prefers the first row where both sides mention the topic', () => {
    expect(rowForTopic(comparison, 'trade')).toBe(1);
  });
  it('falls back to the first row where one side does', () => {
    expect(rowForTopic(comparison, 'taiwan')).toBe(0);
    expect(rowForTopic(comparison, 'climate')).toBe(2);
    expect(rowForTopic(comparison, 'ai')).toBeNull();
  });
});

describe('sentencesWithTopic and maxShare', () => {
  it('uses the engine’s sentence lists, which include sub-topics', () => {
    const [a, b] = sentencesWithTopic(comparison, 'security');
    expect([...a]).toEqual([0]);
    expect([...b]).toEqual([1]);
    expect(rowForTopic(comparison, 'security')).toBe(0);
  });
  it('falls back to the sentences’ own topics for a topic the engine does not list', () => {
    expect([...sentencesWithTopic(comparison, 'taiwan')[0]]).toEqual([0]);
    expect([...sentencesWithTopic(comparison, 'unlisted')[0]]).toEqual([]);
  });
  it('collects sentence indexes per side', () => {
    const [a, b] = sentencesWithTopic(comparison, 'trade');
    expect([...a]).toEqual([1, 2]);
    expect([...b]).toEqual([0]);
  });
  it('scales the chart to the largest share', () => {
    expect(maxShare(comparison.topics)).toBe(0.6);
    expect(maxShare([])).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  evaluateOneSided,
  evaluateTopics,
  goldStatuses,
  type LabelledItem,
  scoresOf,
} from '../../../src/core/lexicon/evaluate-topics';

const item = (id: string, topics: string[]): LabelledItem => ({ id, lang: 'en', text: id, topics });

describe('evaluateTopics', () => {
  it('counts item × topic pairs and lists wrong items', () => {
    const predicted: Record<string, string[]> = { a: ['taiwan', 'ai'], b: [], c: ['climate'] };
    const report = evaluateTopics(
      [item('a', ['taiwan']), item('b', ['dprk']), item('c', ['climate'])],
      (i) => predicted[i.id] ?? [],
    );
    expect(report.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.micro.precision).toBeCloseTo(2 / 3);
    expect(report.micro.recall).toBeCloseTo(2 / 3);
    expect(report.perTopic.get('ai')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(report.errors.map((e) => [e.id, e.falsePositives, e.falseNegatives])).toEqual([
      ['a', ['ai'], []],
      ['b', [], ['dprk']],
    ]);
  });

  it('scores an empty prediction on an empty gold set as perfect, and all-wrong as zero', () => {
    expect(scoresOf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(scoresOf({ tp: 0, fp: 3, fn: 2 }).f1).toBe(0);
  });
});

describe('evaluateOneSided', () => {
  it("derives gold statuses from the two sides' labels", () => {
    expect([
      ...goldStatuses([
        ['taiwan', 'ai'],
        ['ai', 'dprk'],
      ]),
    ]).toEqual([
      ['taiwan', 'only-a'],
      ['ai', 'both'],
      ['dprk', 'only-b'],
    ]);
  });

  it('counts a one-sided topic as flagged only when the engine names the same side', () => {
    const report = evaluateOneSided([
      {
        id: 'p1',
        gold: [
          ['taiwan', 'ai', 'climate'],
          ['ai', 'dprk', 'ukraine'],
        ],
        predicted: [
          { id: 'taiwan', status: 'only-a' }, // right
          { id: 'ai', status: 'only-b' }, // both in truth: a wrong flag
          { id: 'dprk', status: 'only-b' }, // right
          { id: 'ukraine', status: 'both' }, // one-sided in truth, not flagged
          // climate: one-sided in truth, not found at all
        ],
      },
    ]);
    expect(report).toMatchObject({ pairs: 1, truth: 4, flagged: 3, correct: 2 });
    expect(report.recall).toBeCloseTo(2 / 4);
    expect(report.precision).toBeCloseTo(2 / 3);
    expect(report.misses.map((m) => [m.topic, m.truth, m.flagged])).toEqual([
      ['ai', 'both', 'only-b'],
      ['climate', 'only-a', 'absent'],
      ['ukraine', 'only-b', 'both'],
    ]);
  });
});

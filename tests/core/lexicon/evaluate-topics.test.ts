import { describe, expect, it } from 'vitest';
import { evaluateTopics, type LabelledItem, scoresOf } from '../../../src/core/lexicon/evaluate-topics';

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

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/core/compare/align';
import type { AlignItem } from '../../../src/core/compare/similarity';
import type { AlignmentRow } from '../../../src/core/compare/types';

/**
 * The aligner's inputs and rows on every corpus meeting (each ordered pair of its texts), every labelled pair
 * (both ways) and the bench's synthetic pairs, captured from the full-matrix aligner before it became banded
 * (bench/capture-align-baseline.ts). The inputs are stored, not rebuilt, so a lexicon change elsewhere does
 * not move them: only the aligner is under test.
 */
interface BaselineCase {
  name: string;
  a: Array<[string[], number[]] | [string[]]>;
  b: Array<[string[], number[]] | [string[]]>;
  rows: Array<[AlignmentRow['kind'], number[], number[], string[], number]>;
}

const file = new URL('../../fixtures/align-baseline/cases.jsonl', import.meta.url);
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as BaselineCase);

const items = (stored: BaselineCase['a']): AlignItem[] =>
  stored.map(([topics, tokens]) => (tokens ? { topics, tokens: Int32Array.from(tokens) } : { topics }));

describe('alignSentences against the captured full-matrix rows', () => {
  it('has the corpus, the labelled pairs and the long synthetic pairs', () => {
    expect(cases.length).toBeGreaterThan(150);
    expect(cases.filter((c) => c.name.startsWith('labelled'))).toHaveLength(56);
    expect(Math.max(...cases.map((c) => c.a.length))).toBeGreaterThan(1000);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const rows = alignSentences(items(c.a), items(c.b)).map((r) => [
      r.kind,
      r.a,
      r.b,
      r.sharedTopics,
      r.score,
    ]);
    expect(rows).toEqual(c.rows);
  });
});

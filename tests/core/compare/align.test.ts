import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/core/compare/align';
import type { AlignItem } from '../../../src/core/compare/similarity';
import type { AlignmentRow } from '../../../src/core/compare/types';

const withA = (rows: AlignmentRow[], i: number) => rows.find((r) => (r.a as number[]).includes(i));
const withB = (rows: AlignmentRow[], j: number) => rows.find((r) => (r.b as number[]).includes(j));

const items = (...sets: string[][]): AlignItem[] => sets.map((topics) => ({ topics }));

/** Every sentence of each side appears in exactly one row, and rows keep both sides in order. */
function expectCovers(rows: AlignmentRow[], n: number, m: number) {
  const a = rows.flatMap((r) => r.a);
  const b = rows.flatMap((r) => r.b);
  expect(a).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(b).toEqual(Array.from({ length: m }, (_, i) => i));
}

describe('alignSentences', () => {
  it('pairs by shared topics and leaves the rest explicitly unpaired', () => {
    const a = items(['summit-implementation', 'communication-channels'], ['taiwan'], ['human-rights']);
    const b = items(
      ['communication-channels'],
      ['summit-implementation'],
      ['taiwan', 'south-china-sea'],
      ['ukraine'],
    );
    const rows = alignSentences(a, b);
    expectCovers(rows, 3, 4);
    expect(withA(rows, 1)).toMatchObject({ kind: 'pair', b: [2], sharedTopics: ['taiwan'] });
    expect(withA(rows, 2)?.kind).toBe('only-a');
    expect(withB(rows, 3)?.kind).toBe('only-b');
  });

  it('matches one sentence with two consecutive ones on the other side when together they cover it', () => {
    const a = items(['taiwan', 'south-china-sea']);
    const b = items(['taiwan'], ['south-china-sea']);
    const rows = alignSentences(a, b);
    expect(rows).toEqual([
      { kind: 'pair', a: [0], b: [0, 1], sharedTopics: ['taiwan', 'south-china-sea'], score: 1 },
    ]);
  });

  it('never crosses: a later sentence cannot pair with an earlier one', () => {
    const a = items(['taiwan'], ['counternarcotics']);
    const b = items(['counternarcotics'], ['taiwan']);
    const rows = alignSentences(a, b);
    expectCovers(rows, 2, 2);
    expect(rows.filter((r) => r.kind === 'pair')).toHaveLength(1);
  });

  it('uses shared words when both texts are in one language', () => {
    const a: AlignItem[] = [
      { topics: [], tokens: ['中美', '关系', '遭遇', '困难'] },
      { topics: [], tokens: ['责任', '清楚'] },
    ];
    const b: AlignItem[] = [
      { topics: [], tokens: ['中美', '关系', '遭遇', '挑战'] },
      { topics: [], tokens: ['责任', '清楚'] },
    ];
    const rows = alignSentences(a, b);
    expect(rows.map((r) => r.kind)).toEqual(['pair', 'pair']);
  });

  it('handles an empty side', () => {
    const rows = alignSentences([], items(['taiwan'], []));
    expect(rows.map((r) => r.kind)).toEqual(['only-b', 'only-b']);
    expectCovers(rows, 0, 2);
  });

  it('covers every sentence exactly once on a long random pair', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const topics = ['taiwan', 'trade-commercial', 'climate', 'ai', 'ukraine', 'fentanyl'];
    const gen = (n: number) =>
      Array.from({ length: n }, () => ({ topics: topics.filter(() => rand() < 0.25) }));
    const a = gen(120);
    const b = gen(90);
    expectCovers(alignSentences(a, b), 120, 90);
  });
});

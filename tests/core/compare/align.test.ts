import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, defaultAlignConfig } from '../../../src/core/compare/align';
import { AlignLimitError, alignBand, type BandLimits, bandKey } from '../../../src/core/compare/align-band';
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

describe('alignSentences on long texts (banded)', () => {
  /** Sentence k of a "text": one token of its own, so equal sentences pair by words. */
  const words = (ids: number[]): AlignItem[] => ids.map((k) => ({ topics: [], tokens: [k] }));

  it('pairs every kept sentence of an edited 45,000-sentence text with its original', () => {
    const n = 45_000;
    const a = Array.from({ length: n }, (_, k) => k);
    // The edit drops every 500th sentence and inserts a new one after every 700th.
    const b: number[] = [];
    for (const k of a) {
      if (k % 500 !== 499) b.push(k);
      if (k % 700 === 0) b.push(1_000_000 + k);
    }
    const rows = alignSentences(words(a), words(b));
    expectCovers(rows, a.length, b.length);
    const pairs = rows.filter((r) => r.kind === 'pair');
    expect(pairs).toHaveLength(a.length - Math.floor(n / 500));
    for (const r of pairs) expect(b[r.b[0] as number]).toBe(r.a[0]);
  });

  it('refuses texts over the sentence limit with a typed error, not a RangeError', () => {
    const many = Array.from({ length: 150_000 }, () => ({ topics: [] }));
    expect(() => alignSentences(many, many)).toThrow(AlignLimitError);
    expect(() => alignSentences(many, many)).toThrow(/too many sentences to align \(150000 and 150000/);
  });

  /** How far the alignment's path strays from the band's diagonal: the half-width a band needs to hold it. */
  function strayOf(rows: AlignmentRow[], n: number, m: number): number {
    // The path runs through each pair's cells and, between two pairs, within the rectangle they span: its
    // farthest cells from the diagonal are among those cells and corners.
    const points: Array<[number, number]> = [[0, 0]];
    const corners: Array<[number, number]> = [[0, 0]];
    for (const r of rows) {
      if (r.kind !== 'pair') continue;
      const start: [number, number] = [r.a[0] as number, r.b[0] as number];
      const end: [number, number] = [(r.a.at(-1) as number) + 1, (r.b.at(-1) as number) + 1];
      const last = corners[corners.length - 1] as [number, number];
      points.push([start[0], last[1]], [last[0], start[1]], start, end);
      for (const x of r.a) for (const y of r.b) points.push([x + 1, y + 1]);
      corners.push(end);
    }
    const last = corners[corners.length - 1] as [number, number];
    points.push([n, last[1]], [last[0], m]);
    let stray = 0;
    for (const [i, j] of points) {
      stray = Math.max(stray, Math.floor(((i - 1) * m) / n) - j, j - Math.ceil((i * m) / n));
    }
    return stray;
  }

  const topics = ['taiwan', 'trade-commercial', 'climate', 'ai', 'ukraine', 'fentanyl'];
  const item = fc.record({
    topics: fc.subarray(topics, { maxLength: 3 }),
    tokens: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 5 }),
  });

  it('keeps every pair within a narrow band, covering each sentence once', () => {
    const side = fc.array(item, { minLength: 20, maxLength: 80 });
    // Two topics a sentence against one: one-to-many groups, whose members may straddle the band's edge.
    const few = ['taiwan', 'trade-commercial', 'climate'];
    const wide = fc.array(fc.record({ topics: fc.subarray(few, { minLength: 2, maxLength: 2 }) }), {
      minLength: 20,
      maxLength: 60,
    });
    const narrow = fc.array(fc.record({ topics: fc.subarray(few, { minLength: 1, maxLength: 1 }) }), {
      minLength: 30,
      maxLength: 90,
    });
    const pair = fc.oneof(fc.tuple(side, side), fc.tuple(wide, narrow), fc.tuple(narrow, wide));
    fc.assert(
      fc.property(pair, fc.integer({ min: 1, max: 6 }), ([a, b], half) => {
        const n = a.length;
        const m = b.length;
        const maxCells = m + 3 * (n + 1) + 2 * (n + 1) * half;
        const config = { ...defaultAlignConfig, maxCells, minHalfWidth: 1 };
        const band = alignBand(n, m, config as BandLimits);
        const rows = alignSentences(a, b, config);
        expectCovers(rows, n, m);
        for (const r of rows) {
          if (r.kind !== 'pair') continue;
          expect(r.score).toBeGreaterThanOrEqual(defaultAlignConfig.minSimilarity);
          for (const x of r.a) for (const y of r.b) expect(bandKey(band, x, y)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200, seed: 15 },
    );
  });

  it('gives the rows of the whole grid when the best path stays within the band, even at its edge', () => {
    // b: a with a run of other sentences inserted, so the path leaves the diagonal by the run's length.
    const pair = fc
      .tuple(
        fc.array(item, { minLength: 30, maxLength: 70 }),
        fc.array(item, { minLength: 0, maxLength: 30 }),
        fc.nat(),
      )
      .map(([a, run, at]) => {
        const k = at % (a.length + 1);
        return [a, [...a.slice(0, k), ...run, ...a.slice(k)]] as const;
      });
    let banded = 0;
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const full = alignSentences(a, b);
        const n = a.length;
        const m = b.length;
        // The narrowest band that holds the path: some of its cells lie on the band's edges.
        const half = Math.max(1, strayOf(full, n, m));
        const maxCells = m + 3 * (n + 1) + 2 * (n + 1) * half;
        if ((n + 1) * (m + 1) <= maxCells) return; // the band would be the whole grid
        banded++;
        expect(alignSentences(a, b, { ...defaultAlignConfig, maxCells, minHalfWidth: 1 })).toEqual(full);
      }),
      { numRuns: 80, seed: 14 },
    );
    expect(banded).toBeGreaterThan(40);
  });
});

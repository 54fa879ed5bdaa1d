import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignBand, bandKey } from '../../../src/core/compare/align-band';
import { bandTokenOverlaps } from '../../../src/core/compare/band-overlaps';
import type { AlignItem } from '../../../src/core/compare/similarity';

/** Shared-token counts pair by pair, the slow obvious way (tokens in more than a tenth of b's sentences skipped). */
function bruteForce(a: readonly AlignItem[], b: readonly AlignItem[]): number[] | null {
  if (!a.some((x) => x.tokens?.length) || !b.some((x) => x.tokens?.length)) return null;
  const df = new Map<string | number, number>();
  for (const item of b) for (const t of Array.from(item.tokens ?? [])) df.set(t, (df.get(t) ?? 0) + 1);
  const cap = Math.max(4, Math.ceil(b.length / 10));
  const counts: number[] = [];
  for (const x of a) {
    for (const y of b) {
      let c = 0;
      for (const t of Array.from(x.tokens ?? [])) {
        if ((df.get(t) ?? 0) > cap) continue;
        for (const u of Array.from(y.tokens ?? [])) if (u === t) c++;
      }
      counts.push(c);
    }
  }
  return counts;
}

function randomItems(n: number, rand: () => number, kind: 'string' | 'number'): AlignItem[] {
  return Array.from({ length: n }, () => {
    const tokens = Array.from({ length: Math.floor(rand() * 8) }, () => Math.floor(rand() * 30));
    return {
      topics: [],
      tokens: kind === 'string' ? tokens.map((t) => `t${t}`) : Int32Array.from(new Set(tokens)),
    };
  });
}

/** The counts over the whole grid (a band that holds every pair), as a plain array. */
function wholeGrid(a: readonly AlignItem[], b: readonly AlignItem[]): number[] | null {
  const counts = bandTokenOverlaps(a, b, alignBand(a.length, b.length));
  return counts === null ? null : Array.from(counts);
}

const items = (tokens: number[][]): AlignItem[] => tokens.map((t) => ({ topics: [], tokens: t }));
const sentences = fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 6 }), {
  minLength: 1,
  maxLength: 40,
});

describe('bandTokenOverlaps', () => {
  it('counts shared tokens for every pair of the whole grid, skipping tokens common on side b', () => {
    let seed = 11;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const kind of ['string', 'number'] as const) {
      const a = randomItems(40, rand, kind);
      const b = randomItems(60, rand, kind);
      const counts = wholeGrid(a, b);
      expect(counts).not.toBeNull();
      expect(counts).toEqual(bruteForce(a, b));
    }
  });

  it('counts what the slow way counts, for any texts, when the band is the whole grid', () => {
    fc.assert(
      fc.property(sentences, sentences, (x, y) => {
        const a = items(x);
        const b = items(y);
        expect(wholeGrid(a, b)).toEqual(bruteForce(a, b));
      }),
      { numRuns: 150 },
    );
  });

  it('is null when one side has no tokens (texts in two languages)', () => {
    const a: AlignItem[] = [{ topics: ['taiwan'] }];
    const b: AlignItem[] = [{ topics: [], tokens: ['x'] }];
    expect(bandTokenOverlaps(a, b, alignBand(1, 1))).toBeNull();
  });

  it('counts, within a narrow band, each pair as the whole grid does, and nothing outside it', () => {
    fc.assert(
      fc.property(sentences, sentences, (x, y) => {
        const a = items(x);
        const b = items(y);
        const full = bruteForce(a, b);
        const band = alignBand(a.length, b.length, {
          maxCells: b.length + 3 * (a.length + 1) + 2 * (a.length + 1) * 8,
          maxSentences: 100,
        });
        const banded = bandTokenOverlaps(a, b, band);
        if (full === null || banded === null) {
          expect(banded).toBe(full);
          return;
        }
        expect(banded.length).toBe(band.offset[a.length]);
        for (let i = 0; i < a.length; i++) {
          for (let j = 0; j < b.length; j++) {
            const key = bandKey(band, i, j);
            if (key >= 0) expect(banded[key]).toBe(full[i * b.length + j]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignBand, bandKey } from '../../../src/core/compare/align-band';
import { bandTokenOverlaps } from '../../../src/core/compare/band-overlaps';
import type { AlignItem } from '../../../src/core/compare/similarity';
import { tokenOverlaps } from '../../../src/core/compare/token-overlaps';

const items = (tokens: number[][]): AlignItem[] => tokens.map((t) => ({ topics: [], tokens: t }));
const sentences = fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 6 }), {
  minLength: 1,
  maxLength: 40,
});

describe('bandTokenOverlaps', () => {
  it('counts what tokenOverlaps counts when the band is the whole grid', () => {
    fc.assert(
      fc.property(sentences, sentences, (x, y) => {
        const a = items(x);
        const b = items(y);
        const band = alignBand(a.length, b.length);
        const full = tokenOverlaps(a, b);
        const banded = bandTokenOverlaps(a, b, band);
        expect(banded === null ? null : Array.from(banded)).toEqual(full === null ? null : Array.from(full));
      }),
      { numRuns: 150 },
    );
  });

  it('counts, within a narrow band, each pair as the whole grid does, and nothing outside it', () => {
    fc.assert(
      fc.property(sentences, sentences, (x, y) => {
        const a = items(x);
        const b = items(y);
        const full = tokenOverlaps(a, b);
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

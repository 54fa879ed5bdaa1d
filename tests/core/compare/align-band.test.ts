import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AlignLimitError,
  alignBand,
  bandKey,
  MAX_ALIGN_CELLS,
  MAX_ALIGN_SENTENCES,
} from '../../../src/core/compare/align-band';

describe('alignBand', () => {
  it('is the whole grid while the grid fits the budget', () => {
    const band = alignBand(300, 200);
    expect(band.full).toBe(true);
    expect(band.offset[300]).toBe(300 * 200);
    expect(bandKey(band, 17, 123)).toBe(17 * 200 + 123);
  });

  it('is a connected diagonal band within the budget otherwise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 20_000, max: 200_000 }),
        (n, m, maxCells) => {
          let band: ReturnType<typeof alignBand>;
          try {
            band = alignBand(n, m, { maxCells, maxSentences: MAX_ALIGN_SENTENCES });
          } catch (error) {
            expect(error).toBeInstanceOf(AlignLimitError);
            return;
          }
          const { lo, hi } = band;
          // Monotone, and each row reaches back into the one above: a path from (0, 0) to (n, m) exists.
          let cells = 0;
          let broken = -1;
          for (let i = 0; i <= n && broken < 0; i++) {
            const ok =
              (lo[i] as number) <= (hi[i] as number) &&
              (i === 0 ||
                ((lo[i] as number) >= (lo[i - 1] as number) &&
                  (hi[i] as number) >= (hi[i - 1] as number) &&
                  (lo[i] as number) <= (hi[i - 1] as number)));
            if (!ok) broken = i;
            cells += (hi[i] as number) - (lo[i] as number) + 1;
          }
          expect(broken).toBe(-1);
          expect([lo[0], hi[n]]).toEqual([0, m]);
          if (!band.full) expect(cells).toBeLessThanOrEqual(maxCells);
          expect(band.offset[n]).toBeLessThanOrEqual(Math.max(cells, n * m));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses more sentences than the limit, and a band too narrow to be sensible', () => {
    const many = () => alignBand(MAX_ALIGN_SENTENCES + 1, 10);
    expect(many).toThrow(AlignLimitError);
    expect(many).toThrow(`too many sentences to align (${MAX_ALIGN_SENTENCES + 1} and 10; the limit is`);
    try {
      alignBand(40_000, 40_000, { maxCells: 100_000, maxSentences: MAX_ALIGN_SENTENCES });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'band-too-narrow', sentences: [40_000, 40_000], limit: 100_000 });
    }
  });

  it('keeps the largest texts within the cell budget', () => {
    const band = alignBand(MAX_ALIGN_SENTENCES, MAX_ALIGN_SENTENCES);
    expect(band.full).toBe(false);
    expect(band.offset[MAX_ALIGN_SENTENCES]).toBeLessThanOrEqual(MAX_ALIGN_CELLS);
  });
});

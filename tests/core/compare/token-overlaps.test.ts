import { describe, expect, it } from 'vitest';
import type { AlignItem } from '../../../src/core/compare/similarity';
import { tokenOverlaps } from '../../../src/core/compare/token-overlaps';

/** Shared-token counts pair by pair, the slow obvious way (tokens in more than a tenth of b's sentences skipped). */
function bruteForce(a: readonly AlignItem[], b: readonly AlignItem[]): number[] {
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

describe('tokenOverlaps', () => {
  it('counts shared tokens for every pair, skipping tokens common on side b', () => {
    let seed = 11;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const kind of ['string', 'number'] as const) {
      const a = randomItems(40, rand, kind);
      const b = randomItems(60, rand, kind);
      const counts = tokenOverlaps(a, b);
      expect(counts).not.toBeNull();
      expect(Array.from(counts ?? [])).toEqual(bruteForce(a, b));
    }
  });

  it('is null when one side has no tokens (texts in two languages)', () => {
    expect(tokenOverlaps([{ topics: ['taiwan'] }], [{ topics: [], tokens: ['x'] }])).toBeNull();
  });
});

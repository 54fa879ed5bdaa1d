import { type AlignBand, lowerBound } from './align-band';
import type { AlignItem } from './similarity';

/**
 * Shared-token counts of the sentence pairs within `band` (stored as the band stores pairs: see `bandKey`),
 * through an inverted index, so the work is proportional to the pairs in the band that share words. With
 * a band that is the whole grid, these are every pair's counts: tokens in more than a tenth of b's sentences
 * are skipped, a token listed twice counts twice, counts stop at 65535.
 * Null when either side has no tokens (texts in two languages).
 */
export function bandTokenOverlaps(
  a: readonly AlignItem[],
  b: readonly AlignItem[],
  band: AlignBand,
): Uint16Array | null {
  if (!a.some((x) => x.tokens?.length) || !b.some((x) => x.tokens?.length)) return null;
  const m = b.length;
  // Dense ids for b's tokens, then a flat inverted index: the sentences of b holding token t (ascending, one
  // entry per occurrence) are list[from[t] .. from[t + 1]).
  const ids = new Map<string | number, number>();
  const df: number[] = [];
  let size = 0;
  for (const item of b) {
    const tokens = item.tokens;
    if (!tokens) continue;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as string | number;
      const id = ids.get(t);
      if (id === undefined) {
        ids.set(t, df.length);
        df.push(1);
      } else df[id] = (df[id] as number) + 1;
      size++;
    }
  }
  const from = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) from[t + 1] = (from[t] as number) + (df[t] as number);
  const fill = from.slice(0, df.length);
  const list = new Int32Array(size);
  for (let j = 0; j < m; j++) {
    const tokens = b[j]?.tokens;
    if (!tokens) continue;
    for (let k = 0; k < tokens.length; k++) {
      const id = ids.get(tokens[k] as string | number) as number;
      const at = fill[id] as number;
      list[at] = j;
      fill[id] = at + 1;
    }
  }

  const counts = new Uint16Array(band.offset[a.length] as number);
  // Tokens in a large share of sentences (的, 双方, "relations") add noise, not evidence.
  const cap = Math.max(4, Math.ceil(m / 10));
  for (let i = 0; i < a.length; i++) {
    const tokens = a[i]?.tokens;
    if (!tokens) continue;
    const first = band.from[i] as number;
    const last = band.to[i] as number;
    const row = (band.offset[i] as number) - first;
    for (let k = 0; k < tokens.length; k++) {
      const id = ids.get(tokens[k] as string | number);
      if (id === undefined) continue;
      const start = from[id] as number;
      const end = from[id + 1] as number;
      if (end - start > cap) continue;
      for (let p = band.full ? start : lowerBound(list, start, end, first); p < end; p++) {
        const j = list[p] as number;
        if (j >= last) break;
        const key = row + j;
        const c = counts[key] as number;
        if (c < 0xffff) counts[key] = c + 1;
      }
    }
  }
  return counts;
}

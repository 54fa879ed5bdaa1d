/**
 * Which cells of the sentence × sentence grid the aligner scores. Up to `maxCells` cells, the whole grid (every
 * readout pair is far below that, and their rows are those of the plain dynamic programme). Above it, a band
 * around the diagonal (row i of a, near column i·m/n of b), as wide as the budget allows: memory and time grow
 * with n + m instead of n × m, like the linear-memory aligners (Vecalign). A pair whose best path leaves the
 * band gets the best path within it; monotone, every sentence in one row, as always.
 */

/**
 * Cells the aligner may hold at once (a pair similarity, a word count and a back pointer each: 7 bytes, so
 * 56 MB). 50,000 × 50,000 sentences get a band of ±78 sentences; 12,000 × 12,000 one of ±330.
 */
export const MAX_ALIGN_CELLS = 8_000_000;

/**
 * Most sentences on either side. A readout has tens of sentences and a 500,000-character text (the app's limit)
 * about 12,000; past this the comparison is refused (`AlignLimitError`), never attempted, so its memory (the
 * analysis of each sentence, the rows) stays within a few hundred megabytes.
 */
export const MAX_ALIGN_SENTENCES = 50_000;

/** A narrower band than this (columns on each side of the diagonal) gives no sensible rows: refused. */
export const MIN_HALF_WIDTH = 8;

export interface AlignBand {
  n: number;
  m: number;
  /** Whether the band is the whole grid (the plain, exact dynamic programme). */
  full: boolean;
  /** Programme rows i = 0..n reach columns lo[i]..hi[i] (inclusive) of 0..m. */
  lo: Int32Array;
  hi: Int32Array;
  /**
   * Sentence pairs: sentence r of a meets sentences from[r] .. to[r] - 1 of b, stored at
   * offset[r] + c - from[r]; offset[n] is the number of pairs held.
   */
  from: Int32Array;
  to: Int32Array;
  offset: Int32Array;
}

export type AlignLimitCode = 'too-many-sentences' | 'band-too-narrow';

/** A comparison too large to align within the limits: a typed error with the counts and the limit. */
export class AlignLimitError extends Error {
  readonly code: AlignLimitCode;
  readonly sentences: [number, number];
  readonly limit: number;

  constructor(code: AlignLimitCode, sentences: [number, number], limit: number) {
    const [n, m] = sentences;
    super(
      code === 'too-many-sentences'
        ? `too many sentences to align (${n} and ${m}; the limit is ${limit} per text)`
        : `too many sentences to align (${n} and ${m}; at most ${limit} sentence pairs can be weighed)`,
    );
    this.name = 'AlignLimitError';
    this.code = code;
    this.sentences = sentences;
    this.limit = limit;
  }
}

export function isAlignLimitError(value: unknown): value is AlignLimitError {
  return value instanceof AlignLimitError;
}

export interface BandLimits {
  maxCells: number;
  maxSentences: number;
  /** Narrowest band accepted (columns each side of the diagonal); default MIN_HALF_WIDTH. */
  minHalfWidth?: number;
}

/**
 * Throws AlignLimitError when either side has more sentences than the aligner takes. Cheap: a caller that
 * knows the counts before the costly per-sentence analysis should ask here first (the `compare` command does).
 */
export function checkSentenceCounts(n: number, m: number, maxSentences = MAX_ALIGN_SENTENCES): void {
  if (Math.max(n, m) > maxSentences) throw new AlignLimitError('too-many-sentences', [n, m], maxSentences);
}

/** The band for n × m sentences; throws AlignLimitError when no sensible band fits the limits. */
export function alignBand(
  n: number,
  m: number,
  limits: BandLimits = { maxCells: MAX_ALIGN_CELLS, maxSentences: MAX_ALIGN_SENTENCES },
): AlignBand {
  checkSentenceCounts(n, m, limits.maxSentences);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  const full = (n + 1) * (m + 1) <= limits.maxCells;
  if (!full) {
    // Row i spans the diagonal from row i - 1 to row i (about m / n columns), plus `half` on each side.
    const half = Math.floor((limits.maxCells - m - 3 * (n + 1)) / (2 * (n + 1)));
    if (half < (limits.minHalfWidth ?? MIN_HALF_WIDTH))
      throw new AlignLimitError('band-too-narrow', [n, m], limits.maxCells);
    for (let i = 1; i <= n; i++) lo[i] = Math.max(0, Math.floor(((i - 1) * m) / n) - half);
    for (let i = 0; i < n; i++) hi[i] = Math.min(m, Math.ceil((i * m) / n) + half);
  }
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const offset = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) {
    from[r] = Math.max(0, (lo[r + 1] as number) - 1);
    to[r] = hi[r + 1] as number;
    offset[r + 1] = (offset[r] as number) + (to[r] as number) - (from[r] as number);
  }
  return { n, m, full, lo, hi, from, to, offset };
}

/** Where the pair (sentence r of a, sentence c of b) is stored, or -1 when it lies outside the band. */
export function bandKey(band: AlignBand, r: number, c: number): number {
  const from = band.from[r];
  if (from === undefined || c < from || c >= (band.to[r] as number)) return -1;
  return (band.offset[r] as number) + c - from;
}

/** First index in list[start .. end) whose value is at least `value` (the list ascends). */
export function lowerBound(list: Int32Array, start: number, end: number, value: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

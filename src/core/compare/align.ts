import {
  type AlignBand,
  alignBand,
  bandKey,
  MAX_ALIGN_CELLS,
  MAX_ALIGN_SENTENCES,
  MIN_HALF_WIDTH,
} from './align-band';
import { alignScorer } from './align-scorer';
import { type AlignItem, type TopicTable, topicTable, unionOf } from './similarity';
import type { AlignmentRow } from './types';

export interface AlignConfig {
  /** A pair needs at least this similarity (weighted topic Jaccard, or token Dice in one language). */
  minSimilarity: number;
  /** Token Dice below this is ignored, so sentences sharing only stock phrases are not related by words. */
  minWordSimilarity: number;
  /** Subtracted from every pair's score: a weak pair is worth less than two honest "only in" rows. */
  pairCost: number;
  /** Penalty per unit of difference in relative position (0..1) between the two sides. */
  positionWeight: number;
  /** Extra cost for each additional sentence in a one-to-many group. */
  groupCost: number;
  /** Largest group on either side of a one-to-many pair. */
  maxGroup: number;
  /** Sentence pairs weighed at most (the band's budget); default MAX_ALIGN_CELLS. */
  maxCells?: number;
  /** Sentences per side at most; default MAX_ALIGN_SENTENCES. */
  maxSentences?: number;
  /** Narrowest band accepted; default MIN_HALF_WIDTH. */
  minHalfWidth?: number;
}

export const defaultAlignConfig: AlignConfig = {
  minSimilarity: 0.2,
  minWordSimilarity: 0.3,
  pairCost: 0.1,
  positionWeight: 0.3,
  groupCost: 0.05,
  maxGroup: 3,
};

type Move = { da: number; db: number };

function movesFor(maxGroup: number): Move[] {
  const moves: Move[] = [
    { da: 1, db: 0 },
    { da: 0, db: 1 },
    { da: 1, db: 1 },
  ];
  for (let k = 2; k <= maxGroup; k++) moves.push({ da: 1, db: k }, { da: k, db: 1 });
  return moves;
}

/**
 * Pairs sentences across the two sides with a monotone dynamic programme: one-to-one, one sentence against
 * 2–3 consecutive sentences of the other side, or unpaired (`only-a` / `only-b`). Pairs are scored by shared
 * topics (weighted Jaccard; across languages that is the only signal), by shared words when both texts are in
 * one language, and by how close their relative positions are. Every sentence of each side appears in exactly
 * one row, in order. Very long texts are aligned within a band around the diagonal (align-band.ts); past the
 * limits there, AlignLimitError.
 */
export function alignSentences(
  a: readonly AlignItem[],
  b: readonly AlignItem[],
  config: AlignConfig = defaultAlignConfig,
): AlignmentRow[] {
  const n = a.length;
  const m = b.length;
  const band = alignBand(n, m, {
    maxCells: config.maxCells ?? MAX_ALIGN_CELLS,
    maxSentences: config.maxSentences ?? MAX_ALIGN_SENTENCES,
    minHalfWidth: config.minHalfWidth ?? MIN_HALF_WIDTH,
  });
  const table = topicTable(a, b);
  const { groupSim, groupWords, groupTopics, pairSim } = alignScorer(
    a,
    b,
    table,
    config.minWordSimilarity,
    band,
  );
  const { lo, hi } = band;

  // A one-to-k group is possible only where the k consecutive sentences all relate to the single one: the
  // run of related pairs ending at sentences (r, c), along a row of a or a column of b, capped at 3.
  const relatedAlongRow = (key: number, r: number, c: number, need: number) => {
    if (need > 3 || c - need + 1 < (band.from[r] as number)) return false;
    for (let k = 1; k < need; k++) if (pairSim[key - k] === 0) return false;
    return true;
  };
  const relatedAlongColumn = (r: number, c: number, need: number) => {
    if (need > 3) return false;
    for (let k = 1; k < need; k++) if (!pairSim[bandKey(band, r - k, c)]) return false;
    return true;
  };

  const moves = movesFor(config.maxGroup);
  const moveA = Int32Array.from(moves, (mv) => mv.da);
  const moveB = Int32Array.from(moves, (mv) => mv.db);
  const { minSimilarity, pairCost, positionWeight } = config;
  const groupPenalty = Float64Array.from(moves, (mv) => config.groupCost * (mv.da + mv.db - 2));
  const width = m + 1;
  // Relative positions (i - da/2)/n and (j - db/2)/m, computed once by the same expressions as in the loop.
  const span = Math.max(1, config.maxGroup) + 1;
  const colPos = new Float64Array(span * width);
  for (let db = 0; db < span; db++) for (let j = 0; j <= m; j++) colPos[db * width + j] = (j - db / 2) / m;
  const rowPos = new Float64Array(span);
  // Scores are read at most `maxGroup` rows back, so a ring of rows holds them (small enough to stay in
  // cache). Outside the band a score is -Infinity, so no move starts there. Back pointers are kept for the
  // band's cells only (row i's start at backAt[i]), for the trace.
  const ring = span;
  const best = new Float64Array(ring * width).fill(Number.NEGATIVE_INFINITY);
  const backAt = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++)
    backAt[i + 1] = (backAt[i] as number) + (hi[i] as number) - (lo[i] as number) + 1;
  const back = new Uint8Array(backAt[n + 1] as number);
  // Row 0: only moves along b (nothing of a consumed yet).
  for (let j = 0; j <= (hi[0] as number); j++) {
    best[j] = 0;
    back[j] = j === 0 ? 0 : 1;
  }
  for (let i = 1; i <= n; i++) {
    const row = (i % ring) * width;
    const up = ((i - 1) % ring) * width;
    const first = lo[i] as number;
    const last = hi[i] as number;
    // What this ring row held before (row i - ring) and lies left of the band now is out of reach.
    if (i >= ring) best.fill(Number.NEGATIVE_INFINITY, row + (lo[i - ring] as number), row + first);
    for (let da = 0; da < span; da++) rowPos[da] = (i - da / 2) / n;
    const backRow = (backAt[i] as number) - first;
    let left = Number.NEGATIVE_INFINITY; // best[i][j - 1], carried along the row
    if (first === 0) {
      // Column 0: only moves along a.
      best[row] = best[up] as number;
      back[backRow] = 0;
      left = best[row] as number;
    }
    // Sentence pair (i - 1, j - 1) is pairSim[rowCells + j].
    const rowCells = (band.offset[i - 1] as number) - (band.from[i - 1] as number) - 1;
    for (let j = Math.max(1, first); j <= last; j++) {
      // Moves 0 and 1 leave a sentence unpaired; they cost nothing.
      let top = best[up + j] as number;
      let arg = 0;
      if (left > top) {
        top = left;
        arg = 1;
      }
      // Every pairing move ending here includes sentences i-1 and j-1: if those two share nothing, none can
      // apply (this prunes most cells of a long text).
      const cell = rowCells + j;
      const last1 = pairSim[cell] as number;
      if (last1 !== 0 && last1 >= minSimilarity) {
        // One to one (move 2).
        const drift = Math.abs((rowPos[1] as number) - (colPos[width + j] as number));
        const score =
          (best[up + j - 1] as number) +
          last1 -
          pairCost -
          positionWeight * drift -
          (groupPenalty[2] as number);
        if (score > top) {
          top = score;
          arg = 2;
        }
      }
      // A perfect one-to-one pair cannot be beaten by a group that contains it.
      if (last1 !== 0 && !(last1 >= 1)) {
        for (let k = 3; k < moves.length; k++) {
          const da = moveA[k] as number;
          const db = moveB[k] as number;
          if (i < da || j < db) continue;
          if (!(da === 1 ? relatedAlongRow(cell, i - 1, j - 1, db) : relatedAlongColumn(i - 1, j - 1, da)))
            continue;
          const prev = best[((i - da) % ring) * width + (j - db)] as number;
          const drift = Math.abs((rowPos[da] as number) - (colPos[db * width + j] as number));
          const penalty = groupPenalty[k] as number;
          // Words first (cheap); the topic unions only when the group could win with a perfect topic score:
          // the score only grows with `sim`, so a group whose bound cannot beat `top` cannot either.
          const words = groupWords(i - da, da, j - db, db);
          const bound = words < 0 ? 0 : Math.max(1, words);
          if (bound < minSimilarity) continue;
          if (!(prev + bound - pairCost - positionWeight * drift - penalty > top)) continue;
          const sim = words < 0 ? 0 : Math.max(groupTopics(i - da, da, j - db, db), words);
          if (sim < minSimilarity) continue;
          const score = prev + sim - pairCost - positionWeight * drift - penalty;
          if (score > top) {
            top = score;
            arg = k;
          }
        }
      }
      best[row + j] = top;
      back[backRow + j] = arg;
      left = top;
    }
  }
  return traceRows(table, band, back, backAt, moves, groupSim);
}

function traceRows(
  table: TopicTable,
  band: AlignBand,
  back: Uint8Array,
  backAt: Int32Array,
  moves: Move[],
  groupSim: (i: number, da: number, j: number, db: number) => number,
): AlignmentRow[] {
  const n = table.sets.length;
  const m = table.setsB.length;
  const pairs: Array<{ i: number; j: number; da: number; db: number; sim: number }> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = moves[back[(backAt[i] as number) + j - (band.lo[i] as number)] ?? 0] as Move;
    if (mv.da > 0 && mv.db > 0) {
      const sim = groupSim(i - mv.da, mv.da, j - mv.db, mv.db);
      pairs.push({ i: i - mv.da, j: j - mv.db, da: mv.da, db: mv.db, sim });
    }
    i -= mv.da;
    j -= mv.db;
  }
  pairs.reverse();

  const rows: AlignmentRow[] = [];
  // Between two pairs, unpaired sentences of both sides interleave by relative position.
  const flush = (aFrom: number, aTo: number, bFrom: number, bTo: number) => {
    let x = aFrom;
    let y = bFrom;
    while (x < aTo || y < bTo) {
      const takeA = y >= bTo || (x < aTo && x / Math.max(n, 1) <= y / Math.max(m, 1));
      if (takeA) rows.push({ kind: 'only-a', a: [x++], b: [], sharedTopics: [], score: 0 });
      else rows.push({ kind: 'only-b', a: [], b: [y++], sharedTopics: [], score: 0 });
    }
  };
  let nextA = 0;
  let nextB = 0;
  for (const p of pairs) {
    flush(nextA, p.i, nextB, p.j);
    // Both unions are sorted: merge them for the shared ids, in ascending id order.
    const ua = unionOf(table.sets, p.i, p.da);
    const ub = unionOf(table.setsB, p.j, p.db);
    const shared: string[] = [];
    for (let x = 0, y = 0; x < ua.length && y < ub.length; ) {
      const ta = ua[x] as number;
      const tb = ub[y] as number;
      if (ta === tb) shared.push(table.ids[ta] as string);
      if (ta <= tb) x++;
      if (tb <= ta) y++;
    }
    rows.push({
      kind: 'pair',
      a: Array.from({ length: p.da }, (_, k) => p.i + k),
      b: Array.from({ length: p.db }, (_, k) => p.j + k),
      sharedTopics: shared,
      score: Math.round(p.sim * 1000) / 1000,
    });
    nextA = p.i + p.da;
    nextB = p.j + p.db;
  }
  flush(nextA, n, nextB, m);
  return rows;
}

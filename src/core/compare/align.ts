import {
  type AlignItem,
  pairwiseTopicSimilarity,
  type TopicTable,
  tokenOverlaps,
  topicTable,
  unionOf,
  weightedJaccard,
} from './similarity';
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
 * one row, in order.
 */
export function alignSentences(
  a: readonly AlignItem[],
  b: readonly AlignItem[],
  config: AlignConfig = defaultAlignConfig,
): AlignmentRow[] {
  const n = a.length;
  const m = b.length;
  const table = topicTable(a, b);
  const { sets, setsB, weights } = table;
  const overlaps = tokenOverlaps(a, b);
  const tokenCount = (item: AlignItem | undefined) => item?.tokens?.length ?? 0;
  const overlap = (key: number) => (overlaps ? (overlaps.counts[key] as number) : 0);
  // Unions of 2 and 3 consecutive sentences for the one-to-many moves, computed when first needed.
  const unionsA = new Map<number, Int32Array>();
  const unionsB = new Map<number, Int32Array>();
  const unionAt = (cache: Map<number, Int32Array>, from: readonly Int32Array[], i: number, k: number) => {
    const key = i * 4 + k;
    let u = cache.get(key);
    if (!u) {
      u = unionOf(from, i, k);
      cache.set(key, u);
    }
    return u;
  };

  // Pairwise similarity once; groups are only tried when every member relates to the other side.
  const pairSim = pairwiseTopicSimilarity(table);
  for (const key of overlaps?.touched ?? []) {
    const i = Math.floor(key / m);
    const j = key - i * m;
    const dice = (2 * overlap(key)) / (tokenCount(a[i]) + tokenCount(b[j]));
    // A few shared bigrams (的问题, "the importance") relate nothing; below the floor, words do not count.
    if (dice >= config.minWordSimilarity && dice > (pairSim[key] as number)) pairSim[key] = dice;
  }

  /**
   * Whether one sentence can be worth more against a group than against its best member: with one topic it
   * cannot (the group's union only adds weight to the Jaccard denominator), and by words only when it is
   * clearly longer than the sentences that would share it.
   */
  const canSplit = (
    one: AlignItem | undefined,
    others: readonly AlignItem[],
    from: number,
    count: number,
  ) => {
    if ((one?.topics.length ?? 0) >= 2) return true;
    const tokens = tokenCount(one);
    if (tokens === 0) return false;
    for (let k = from; k < from + count; k++) if (tokenCount(others[k]) * 1.5 > tokens) return false;
    return true;
  };

  const groupSim = (i: number, da: number, j: number, db: number): number => {
    if (da === 1 && db === 1) return pairSim[i * m + j] ?? 0;
    if (da === 1 ? !canSplit(a[i], b, j, db) : !canSplit(b[j], a, i, da)) return 0;
    let ov = 0;
    let tokens = 0;
    for (let x = i; x < i + da; x++) {
      tokens += tokenCount(a[x]);
      for (let y = j; y < j + db; y++) ov += overlap(x * m + y);
    }
    for (let y = j; y < j + db; y++) tokens += tokenCount(b[y]);
    const dice = ov > 0 && (2 * ov) / tokens >= config.minWordSimilarity ? (2 * ov) / tokens : 0;
    const ua = da === 1 ? (sets[i] as Int32Array) : unionAt(unionsA, sets, i, da);
    const ub = db === 1 ? (setsB[j] as Int32Array) : unionAt(unionsB, setsB, j, db);
    return Math.max(weightedJaccard(ua, ub, weights), dice);
  };

  // Runs of related cells (capped at 3) ending at each cell, along a row and along a column: a one-to-k group
  // is possible only where k consecutive sentences all relate to the single one.
  const runRow = new Uint8Array(n * m);
  const runCol = new Uint8Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const key = i * m + j;
      if (pairSim[key] === 0) continue;
      runRow[key] = Math.min(3, (j > 0 ? (runRow[key - 1] as number) : 0) + 1);
      runCol[key] = Math.min(3, (i > 0 ? (runCol[key - m] as number) : 0) + 1);
    }
  }

  const moves = movesFor(config.maxGroup);
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  const back = new Uint8Array((n + 1) * width);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const idx = i * width + j;
      if (idx === 0) continue;
      // Moves 0 and 1 leave a sentence unpaired; they cost nothing.
      let top = i > 0 ? (best[idx - width] as number) : Number.NEGATIVE_INFINITY;
      let arg = 0;
      if (j > 0 && (best[idx - 1] as number) > top) {
        top = best[idx - 1] as number;
        arg = 1;
      }
      // Every pairing move ending here includes sentences i-1 and j-1: if those two share nothing, none can
      // apply (this prunes most cells of a long text).
      if (i === 0 || j === 0 || (pairSim[(i - 1) * m + (j - 1)] as number) === 0) {
        best[idx] = top;
        back[idx] = arg;
        continue;
      }
      const last = pairSim[(i - 1) * m + (j - 1)] as number;
      for (let k = 2; k < moves.length; k++) {
        const mv = moves[k] as Move;
        if (i < mv.da || j < mv.db) continue;
        // A perfect one-to-one pair cannot be beaten by a group that contains it.
        if (k > 2 && last >= 1) break;
        const run = mv.da === 1 ? runRow[(i - 1) * m + (j - 1)] : runCol[(i - 1) * m + (j - 1)];
        if (k > 2 && (run as number) < Math.max(mv.da, mv.db)) continue;
        const sim = k === 2 ? last : groupSim(i - mv.da, mv.da, j - mv.db, mv.db);
        if (sim < config.minSimilarity) continue;
        const drift = Math.abs((i - mv.da / 2) / n - (j - mv.db / 2) / m);
        const extra = mv.da + mv.db - 2;
        const score =
          (best[(i - mv.da) * width + (j - mv.db)] as number) +
          sim -
          config.pairCost -
          config.positionWeight * drift -
          config.groupCost * extra;
        if (score > top) {
          top = score;
          arg = k;
        }
      }
      best[idx] = top;
      back[idx] = arg;
    }
  }
  return traceRows(table, back, moves, groupSim);
}

function traceRows(
  table: TopicTable,
  back: Uint8Array,
  moves: Move[],
  groupSim: (i: number, da: number, j: number, db: number) => number,
): AlignmentRow[] {
  const n = table.sets.length;
  const m = table.setsB.length;
  const width = m + 1;
  const pairs: Array<{ i: number; j: number; da: number; db: number; sim: number }> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = moves[back[i * width + j] ?? 0] as Move;
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
    const tb = new Set(unionOf(table.setsB, p.j, p.db));
    const shared = [...unionOf(table.sets, p.i, p.da)]
      .filter((t) => tb.has(t))
      .map((t) => table.ids[t] as string);
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

import { type AlignBand, bandKey } from './align-band';
import { bandTokenOverlaps } from './band-overlaps';
import {
  type AlignItem,
  pairwiseTopicSimilarity,
  type TopicTable,
  unionOf,
  weightedJaccard,
} from './similarity';

/** How alike sentences and groups of sentences of the two sides are, precomputed once per alignment. */
export interface AlignScorer {
  /** Similarity of sentences `i .. i + da - 1` of a with `j .. j + db - 1` of b. */
  groupSim(i: number, da: number, j: number, db: number): number;
  /**
   * Similarity of each sentence pair within the band, topics or words, whichever is higher (0 when unrelated),
   * stored as the band stores pairs (`bandKey`).
   */
  pairSim: Float32Array;
  /** The two halves of `groupSim` for a one-to-many group: words (-1: cannot split) and topics. */
  groupWords(i: number, da: number, j: number, db: number): number;
  groupTopics(i: number, da: number, j: number, db: number): number;
}

function tokenCounts(items: readonly AlignItem[]): Int32Array {
  return Int32Array.from(items, (item) => item.tokens?.length ?? 0);
}

/**
 * Scores for the aligner: topic similarity of every pair in the band (weighted Jaccard) raised to the word
 * similarity (token Dice) where that is at least `minWordSimilarity`, and the same for one-to-many groups on
 * demand. Pairs outside the band count as unrelated.
 */
export function alignScorer(
  a: readonly AlignItem[],
  b: readonly AlignItem[],
  table: TopicTable,
  minWordSimilarity: number,
  band: AlignBand,
): AlignScorer {
  const { sets, setsB, weights } = table;
  const counts = bandTokenOverlaps(a, b, band);
  const tokA = tokenCounts(a);
  const tokB = tokenCounts(b);
  const topicsA = Int32Array.from(a, (item) => item.topics.length);
  const topicsB = Int32Array.from(b, (item) => item.topics.length);
  // Unions of 2 and 3 consecutive sentences for the one-to-many moves, computed when first needed.
  const unionsA: Array<Int32Array | undefined> = [];
  const unionsB: Array<Int32Array | undefined> = [];
  const unionAt = (
    cache: Array<Int32Array | undefined>,
    from: readonly Int32Array[],
    i: number,
    k: number,
  ) => {
    const key = i * 4 + k;
    let u = cache[key];
    if (!u) {
      u = unionOf(from, i, k);
      cache[key] = u;
    }
    return u;
  };

  // Pairwise similarity once; groups are only tried when every member relates to the other side.
  const pairSim = pairwiseTopicSimilarity(table, band);
  if (counts) {
    // One pass over the band's pairs (cheaper than listing the pairs that share words while counting).
    for (let i = 0, key = 0; i < a.length; i++) {
      const tokensA = tokA[i] as number;
      for (let j = band.from[i] as number, end = band.to[i] as number; j < end; j++, key++) {
        const c = counts[key] as number;
        if (c === 0) continue;
        const dice = (2 * c) / (tokensA + (tokB[j] as number));
        // A few shared bigrams (的问题, "the importance") relate nothing; below the floor, words do not count.
        if (dice >= minWordSimilarity && dice > (pairSim[key] as number)) pairSim[key] = dice;
      }
    }
  }

  /**
   * Whether one sentence can be worth more against a group than against its best member: with one topic it
   * cannot (the group's union only adds weight to the Jaccard denominator), and by words only when it is
   * clearly longer than the sentences that would share it.
   */
  const canSplit = (topicCount: number, tokens: number, others: Int32Array, from: number, count: number) => {
    if (topicCount >= 2) return true;
    if (tokens === 0) return false;
    for (let k = from; k < from + count; k++) if ((others[k] ?? 0) * 1.5 > tokens) return false;
    return true;
  };

  /** Word similarity (Dice) of a one-to-many group, or -1 when the single sentence cannot split. */
  const groupWords = (i: number, da: number, j: number, db: number): number => {
    const splits =
      da === 1
        ? canSplit(topicsA[i] ?? 0, tokA[i] ?? 0, tokB, j, db)
        : canSplit(topicsB[j] ?? 0, tokB[j] ?? 0, tokA, i, da);
    if (!splits) return -1;
    let ov = 0;
    let tokens = 0;
    for (let x = i; x < i + da; x++) {
      tokens += tokA[x] ?? 0;
      if (counts) for (let y = j; y < j + db; y++) ov += counts[bandKey(band, x, y)] ?? 0;
    }
    for (let y = j; y < j + db; y++) tokens += tokB[y] ?? 0;
    return ov > 0 && (2 * ov) / tokens >= minWordSimilarity ? (2 * ov) / tokens : 0;
  };

  /** Topic similarity (weighted Jaccard, at most 1) of the unions of a one-to-many group. */
  const groupTopics = (i: number, da: number, j: number, db: number): number => {
    const ua = da === 1 ? (sets[i] as Int32Array) : unionAt(unionsA, sets, i, da);
    const ub = db === 1 ? (setsB[j] as Int32Array) : unionAt(unionsB, setsB, j, db);
    return weightedJaccard(ua, ub, weights);
  };

  const groupSim = (i: number, da: number, j: number, db: number): number => {
    if (da === 1 && db === 1) return pairSim[bandKey(band, i, j)] ?? 0;
    const words = groupWords(i, da, j, db);
    return words < 0 ? 0 : Math.max(groupTopics(i, da, j, db), words);
  };
  return { groupSim, groupWords, groupTopics, pairSim };
}

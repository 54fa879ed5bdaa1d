import type { Lang } from '../model';

/** What the aligner knows about one sentence. */
export interface AlignItem {
  /** Topic ids (with parents), the cross-language signal. */
  topics: readonly string[];
  /** Content tokens, only when both texts share a language (Han bigrams / English word stems). */
  tokens?: readonly string[];
}

const EN_STOP = new Set(
  (
    'a an the and or but of to in on at for with by from as is are was were be been has have had that this ' +
    'these those it its their they he she his her we our not also both two sides side said will would should ' +
    'can could other each which who whom than then there into about over between'
  ).split(' '),
);

/** Content tokens for same-language matching: Han character bigrams, or English word stems. */
export function lexicalTokens(text: string, lang: Lang): string[] {
  const out = new Set<string>();
  if (lang === 'zh') {
    const han = text.match(/[\u3400-\u9fff]+/g) ?? [];
    for (const run of han) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  } else {
    for (const w of text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []) {
      if (EN_STOP.has(w) || w.length < 3) continue;
      out.add(w.replace(/(?:ing|ed|es|s)$/, ''));
    }
  }
  return [...out];
}

/** Topics as sorted integer ids plus one weight per id, for fast weighted Jaccard. */
export interface TopicTable {
  sets: Int32Array[];
  setsB: Int32Array[];
  weights: Float64Array;
  ids: string[];
}

/**
 * Encodes both sides' topic sets. Weights are inverse document frequencies: a topic found in many sentences
 * (e.g. stabilising relations, which readouts repeat) says less about which sentences belong together than a
 * rare one (fentanyl, the Red Sea).
 */
export function topicTable(a: readonly AlignItem[], b: readonly AlignItem[]): TopicTable {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const df: number[] = [];
  const encode = (item: AlignItem) => {
    const out = new Set<number>();
    for (const t of item.topics) {
      let k = index.get(t);
      if (k === undefined) {
        k = ids.length;
        index.set(t, k);
        ids.push(t);
        df.push(0);
      }
      out.add(k);
    }
    for (const k of out) df[k] = (df[k] ?? 0) + 1;
    return Int32Array.from([...out].sort((x, y) => x - y));
  };
  const sets = a.map(encode);
  const setsB = b.map(encode);
  const n = a.length + b.length;
  const weights = Float64Array.from(df, (count) => Math.log(1 + n / count));
  return { sets, setsB, weights, ids };
}

/** Weighted Jaccard of two sorted id sets (0 when they share nothing). */
export function weightedJaccard(x: Int32Array, y: Int32Array, w: Float64Array): number {
  if (x.length === 0 || y.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  let union = 0;
  while (i < x.length || j < y.length) {
    const xi = i < x.length ? (x[i] as number) : Number.MAX_SAFE_INTEGER;
    const yj = j < y.length ? (y[j] as number) : Number.MAX_SAFE_INTEGER;
    if (xi === yj) {
      shared += w[xi] ?? 1;
      union += w[xi] ?? 1;
      i++;
      j++;
    } else if (xi < yj) {
      union += w[xi] ?? 1;
      i++;
    } else {
      union += w[yj] ?? 1;
      j++;
    }
  }
  return shared === 0 ? 0 : shared / union;
}

/**
 * Weighted Jaccard of every sentence of a against every sentence of b (index i * b.length + j), through an
 * inverted index: only pairs that share a topic cost anything, which on long texts is a small fraction.
 */
export function pairwiseTopicSimilarity(table: TopicTable): Float32Array {
  const { sets, setsB, weights } = table;
  const m = setsB.length;
  const out = new Float32Array(sets.length * m);
  const total = (set: Int32Array) => set.reduce((sum, t) => sum + (weights[t] ?? 1), 0);
  const totalsB = setsB.map(total);
  const byTopic: number[][] = Array.from({ length: weights.length }, () => []);
  setsB.forEach((set, j) => {
    for (const t of set) byTopic[t]?.push(j);
  });
  const shared = new Float64Array(m);
  const touched: number[] = [];
  sets.forEach((set, i) => {
    for (const t of set) {
      const w = weights[t] ?? 1;
      for (const j of byTopic[t] ?? []) {
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] as number) + w;
      }
    }
    const totalA = total(set);
    for (const j of touched) {
      const sh = shared[j] as number;
      out[i * m + j] = sh / (totalA + (totalsB[j] as number) - sh);
      shared[j] = 0;
    }
    touched.length = 0;
  });
  return out;
}

/** Sorted union of consecutive sets `from .. from + count - 1`. */
export function unionOf(sets: readonly Int32Array[], from: number, count: number): Int32Array {
  if (count === 1) return sets[from] ?? new Int32Array();
  const all = new Set<number>();
  for (let k = from; k < from + count; k++) for (const t of sets[k] ?? []) all.add(t);
  return Int32Array.from([...all].sort((x, y) => x - y));
}

/** Shared-token counts per sentence pair (index i * b.length + j) and the pairs that have any. */
export interface TokenOverlaps {
  counts: Uint16Array;
  touched: number[];
}

/**
 * Token overlap counts between every sentence of `a` and of `b` (index i * b.length + j), found through an
 * inverted index so the work is proportional to the pairs that actually share words. Null when neither side
 * has tokens (texts in two languages).
 */
export function tokenOverlaps(a: readonly AlignItem[], b: readonly AlignItem[]): TokenOverlaps | null {
  if (!a.some((x) => x.tokens?.length) || !b.some((x) => x.tokens?.length)) return null;
  const index = new Map<string, number[]>();
  b.forEach((item, j) => {
    for (const t of item.tokens ?? []) {
      const list = index.get(t);
      if (list) list.push(j);
      else index.set(t, [j]);
    }
  });
  const m = b.length;
  const counts = new Uint16Array(a.length * m);
  const touched: number[] = [];
  // Tokens in a large share of sentences (的, 双方, "relations") add noise, not evidence.
  const cap = Math.max(4, Math.ceil(m / 10));
  a.forEach((item, i) => {
    for (const t of item.tokens ?? []) {
      const list = index.get(t);
      if (!list || list.length > cap) continue;
      for (const j of list) {
        const key = i * m + j;
        const c = counts[key] as number;
        if (c === 0) touched.push(key);
        if (c < 0xffff) counts[key] = c + 1;
      }
    }
  });
  return { counts, touched };
}

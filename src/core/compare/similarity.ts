import type { Lang } from '../model';
import { type AlignBand, lowerBound } from './align-band';

/** What the aligner knows about one sentence. */
export interface AlignItem {
  /** Topic ids (with parents), the cross-language signal. */
  topics: readonly string[];
  /**
   * Content tokens, only when both texts share a language (Han bigrams / English word stems). Strings from
   * `lexicalTokens` or integer ids from `lexicalTokenIds`; the two sides must use the same kind.
   */
  tokens?: ArrayLike<string | number>;
}

const EN_STOP = new Set(
  (
    'a an the and or but of to in on at for with by from as is are was were be been has have had that this ' +
    'these those it its their they he she his her we our not also both two sides side said will would should ' +
    'can could other each which who whom than then there into about over between'
  ).split(' '),
);

const HAN_RUN = /[\u3400-\u9fff]+/g;

/** Strips one inflection, the longest of -ing, -ed / -es, -s (what `/(?:ing|ed|es|s)$/` removes, without a regex). */
function stem(w: string): string {
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith('ed') || w.endsWith('es')) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

const isWordUnit = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * English content stems of a sentence, in order of first appearance. The words are those of
 * `/[a-z0-9]+(?:'[a-z]+)?/g` on the lowercased sentence, read by a scan (the regex and its array of
 * matches cost more than the rest of the work).
 */
function englishStems(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordUnit(lower.charCodeAt(i))) i++;
    const next = lower.charCodeAt(i + 1);
    if (lower.charCodeAt(i) === 0x27 && next >= 0x61 && next <= 0x7a) {
      i += 2;
      while (i < n && lower.charCodeAt(i) >= 0x61 && lower.charCodeAt(i) <= 0x7a) i++;
    }
    if (i - start < 3) continue;
    const w = lower.slice(start, i);
    if (!EN_STOP.has(w)) out.add(stem(w));
  }
  return out;
}

/** Content tokens for same-language matching: Han character bigrams, or English word stems. */
export function lexicalTokens(text: string, lang: Lang): string[] {
  if (lang === 'en') return [...englishStems(text)];
  const out = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? [])
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return [...out];
}

/** Working space for `lexicalTokenIds` (one sentence at a time; the result is always a fresh copy). */
let scratch = new Int32Array(256);

/**
 * The same tokens as `lexicalTokens`, as integers (cheaper to build and to index than strings): a Han bigram
 * is its two UTF-16 units packed in one number; an English stem gets an id from `vocabulary`, which both
 * sides of a comparison must share. The order of the ids carries no meaning.
 */
export function lexicalTokenIds(
  text: string,
  lang: Lang,
  vocabulary: Map<string, number>,
  start = 0,
  end = text.length,
): Int32Array {
  if (lang === 'en') {
    const stems = englishStems(start === 0 && end === text.length ? text : text.slice(start, end));
    const ids = new Int32Array(stems.size);
    let k = 0;
    for (const stem of stems) {
      let id = vocabulary.get(stem);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(stem, id);
      }
      ids[k++] = id;
    }
    return ids;
  }
  // Han units are 0x3400..0x9fff, so a pair packs below 2^31 as (first - 0x3400) * 0x6c00 + second - 0x3400.
  if (scratch.length < end - start) scratch = new Int32Array(Math.max(end - start, 2 * scratch.length));
  const codes = scratch;
  let count = 0;
  let prev = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 0x3400;
    const han = c >= 0 && c < 0x6c00;
    if (han && prev >= 0) codes[count++] = prev * 0x6c00 + c;
    prev = han ? c : -1;
  }
  // Sorted, to drop duplicates (the native typed-array sort is fast even on a few dozen codes).
  codes.subarray(0, count).sort();
  let unique = 0;
  for (let k = 0; k < count; k++)
    if (k === 0 || codes[k] !== codes[k - 1]) codes[unique++] = codes[k] as number;
  return codes.slice(0, unique);
}

/** A few integers as a sorted Int32Array (insertion sort: these are a sentence's handful of topics). */
function sortedInts(values: readonly number[]): Int32Array {
  const out = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    let q = k;
    while (q > 0 && (out[q - 1] as number) > v) {
      out[q] = out[q - 1] as number;
      q--;
    }
    out[q] = v;
  }
  return out;
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
  const encode = (item: AlignItem): Int32Array => {
    const out: number[] = [];
    for (const t of item.topics) {
      let k = index.get(t);
      if (k === undefined) {
        k = ids.length;
        index.set(t, k);
        ids.push(t);
        df.push(0);
      }
      if (!out.includes(k)) out.push(k);
    }
    for (const k of out) df[k] = (df[k] as number) + 1;
    return sortedInts(out);
  };
  const sets = a.map(encode);
  const setsB = b.map(encode);
  const n = a.length + b.length;
  const weights = Float64Array.from(df, (count) => Math.log(1 + n / count));
  return { sets, setsB, weights, ids };
}

/** Weighted Jaccard of two sorted id sets (0 when they share nothing). */
export function weightedJaccard(x: Int32Array, y: Int32Array, w: Float64Array): number {
  const nx = x.length;
  const ny = y.length;
  if (nx === 0 || ny === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  let union = 0;
  while (i < nx || j < ny) {
    const xi = i < nx ? (x[i] as number) : Number.MAX_SAFE_INTEGER;
    const yj = j < ny ? (y[j] as number) : Number.MAX_SAFE_INTEGER;
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
 * Weighted Jaccard of the sentence pairs within `band` (stored as the band stores pairs: see `bandKey`; on
 * the whole grid, index i * b.length + j), through an inverted index: only pairs that share a topic cost
 * anything, which on long texts is a small fraction.
 */
export function pairwiseTopicSimilarity(table: TopicTable, band: AlignBand): Float32Array {
  const { sets, setsB, weights } = table;
  const m = setsB.length;
  const out = new Float32Array(band.offset[sets.length] as number);
  // Sums in set order (ascending id), so every total is the same float however it is reached.
  const total = (set: Int32Array) => {
    let sum = 0;
    for (let k = 0; k < set.length; k++) sum += weights[set[k] as number] ?? 1;
    return sum;
  };
  const totalsB = Float64Array.from(setsB, total);
  // Inverted index, flat: the sentences of b with topic t are bySentence[from[t] .. from[t + 1]), ascending.
  const from = new Int32Array(weights.length + 1);
  for (const set of setsB) {
    for (let k = 0; k < set.length; k++) {
      const t = (set[k] as number) + 1;
      from[t] = (from[t] as number) + 1;
    }
  }
  for (let t = 0; t < weights.length; t++) from[t + 1] = (from[t + 1] as number) + (from[t] as number);
  const fill = from.slice(0, weights.length);
  const bySentence = new Int32Array(from[weights.length] as number);
  for (let j = 0; j < m; j++) {
    const set = setsB[j] as Int32Array;
    for (let k = 0; k < set.length; k++) {
      const t = set[k] as number;
      const at = fill[t] as number;
      bySentence[at] = j;
      fill[t] = at + 1;
    }
  }
  const shared = new Float64Array(m);
  const touched = new Int32Array(m);
  for (let i = 0; i < sets.length; i++) {
    const set = sets[i] as Int32Array;
    const first = band.from[i] as number;
    const last = band.to[i] as number;
    let count = 0;
    for (let k = 0; k < set.length; k++) {
      const t = set[k] as number;
      const w = weights[t] ?? 1;
      const end = from[t + 1] as number;
      // Only the sentences of b within the band: from the first at or after its start, until its end.
      for (
        let p = band.full ? (from[t] as number) : lowerBound(bySentence, from[t] as number, end, first);
        p < end;
        p++
      ) {
        const j = bySentence[p] as number;
        if (j >= last) break;
        if (shared[j] === 0) touched[count++] = j;
        shared[j] = (shared[j] as number) + w;
      }
    }
    const totalA = total(set);
    const row = (band.offset[i] as number) - first;
    for (let q = 0; q < count; q++) {
      const j = touched[q] as number;
      const sh = shared[j] as number;
      out[row + j] = sh / (totalA + (totalsB[j] as number) - sh);
      shared[j] = 0;
    }
  }
  return out;
}

/** Sorted union of consecutive sets `from .. from + count - 1`. */
export function unionOf(sets: readonly Int32Array[], from: number, count: number): Int32Array {
  if (count === 1) return sets[from] ?? new Int32Array();
  const all: number[] = [];
  for (let k = from; k < from + count; k++) {
    const set = sets[k];
    if (!set) continue;
    for (let q = 0; q < set.length; q++) if (!all.includes(set[q] as number)) all.push(set[q] as number);
  }
  return sortedInts(all);
}

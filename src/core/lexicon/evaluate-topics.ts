import type { Lang } from '../model';

/*
 * Topic-presence scoring for a labelled set: precision, recall and micro-F1 over (item, topic) pairs, per-topic
 * counts, and the list of wrong items; and, for labelled pairs of readouts, how well one-sided topics are
 * flagged. Pure: the caller tags each item (normalising it first) or runs the comparison.
 */

/** One labelled sentence or document. */
export interface LabelledItem {
  id: string;
  lang: Lang;
  text: string;
  /** Topic ids a careful analyst tags for this text. */
  topics: string[];
  /** Writing style, e.g. mfa, wh, xinhua-en, news-us. */
  style?: string;
  /** Script variant before normalisation, e.g. hant-tw, hant-hk. */
  variant?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

interface ItemError {
  id: string;
  lang: Lang;
  text: string;
  falsePositives: string[];
  falseNegatives: string[];
}

export interface EvalReport {
  items: number;
  micro: Scores;
  perTopic: Map<string, Counts>;
  errors: ItemError[];
}

/** Precision and recall are 1 when there is nothing to get wrong (no predictions / no gold topics). */
export function scoresOf({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Score `tag` (predicted topic ids of one item) against the labels of `items`. */
export function evaluateTopics(
  items: readonly LabelledItem[],
  tag: (item: LabelledItem) => string[],
): EvalReport {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perTopic = new Map<string, Counts>();
  const errors: ItemError[] = [];
  const bump = (topic: string, key: keyof Counts) => {
    const counts = perTopic.get(topic) ?? { tp: 0, fp: 0, fn: 0 };
    counts[key]++;
    perTopic.set(topic, counts);
    total[key]++;
  };
  for (const item of items) {
    const gold = new Set(item.topics);
    const predicted = new Set(tag(item));
    const falsePositives = [...predicted].filter((t) => !gold.has(t));
    const falseNegatives = [...gold].filter((t) => !predicted.has(t));
    for (const t of predicted) bump(t, gold.has(t) ? 'tp' : 'fp');
    for (const t of falseNegatives) bump(t, 'fn');
    if (falsePositives.length > 0 || falseNegatives.length > 0) {
      errors.push({ id: item.id, lang: item.lang, text: item.text, falsePositives, falseNegatives });
    }
  }
  return { items: items.length, micro: scoresOf(total), perTopic, errors };
}

/** Where a topic appears in a pair of readouts: only in text a, only in text b, or in both. */
export type PairStatus = 'only-a' | 'only-b' | 'both';

/** What the engine says: a pair status, or "possibly both" (one side sure, a candidate on the other). */
type ClaimedStatus = PairStatus | 'possibly-both';

/** One labelled pair: the gold topics of each side, and the engine's status for every topic it found. */
export interface PairOutcome {
  id: string;
  gold: [readonly string[], readonly string[]];
  predicted: ReadonlyArray<{ id: string; status: ClaimedStatus }>;
}

interface OneSidedMiss {
  pair: string;
  topic: string;
  truth: PairStatus | 'absent';
  flagged: ClaimedStatus | 'absent';
}

export interface OneSidedReport {
  pairs: number;
  /** Truly one-sided topics (gold), flagged one-sided topics (engine), and those flagged with the right side. */
  truth: number;
  flagged: number;
  correct: number;
  /** Share of truly one-sided topics the engine flags as one-sided on the right side. */
  recall: number;
  /** Share of topics the engine flags as one-sided that are truly one-sided on that side. */
  precision: number;
  /** Topics both sides truly mention, and how many of them the engine called one-sided (a wrong "silent"). */
  bothTruth: number;
  wrongSilent: number;
  /** Topics shown as "possibly both", and how many of them both sides truly mention. */
  possiblyBoth: number;
  possiblyBothRight: number;
  misses: OneSidedMiss[];
}

/** Gold status of every topic a pair mentions. */
export function goldStatuses([a, b]: PairOutcome['gold']): Map<string, PairStatus> {
  const inA = new Set(a);
  const inB = new Set(b);
  const out = new Map<string, PairStatus>();
  for (const id of new Set([...inA, ...inB])) {
    out.set(id, inA.has(id) && inB.has(id) ? 'both' : inA.has(id) ? 'only-a' : 'only-b');
  }
  return out;
}

const oneSided = (s: ClaimedStatus | 'absent') => s === 'only-a' || s === 'only-b';

/** Score the engine's one-sided flags against the pair labels (issue 3: ≥ 0.90 of one-sided topics flagged). */
export function evaluateOneSided(outcomes: readonly PairOutcome[]): OneSidedReport {
  let truth = 0;
  let flagged = 0;
  let correct = 0;
  let bothTruth = 0;
  let wrongSilent = 0;
  let possiblyBoth = 0;
  let possiblyBothRight = 0;
  const misses: OneSidedMiss[] = [];
  for (const outcome of outcomes) {
    const gold = goldStatuses(outcome.gold);
    const predicted = new Map(outcome.predicted.map((p) => [p.id, p.status]));
    for (const topic of new Set([...gold.keys(), ...predicted.keys()])) {
      const t = gold.get(topic) ?? 'absent';
      const f = predicted.get(topic) ?? 'absent';
      if (oneSided(t)) truth++;
      if (oneSided(f)) flagged++;
      if (t === 'both') bothTruth++;
      if (t === 'both' && oneSided(f)) wrongSilent++;
      if (f === 'possibly-both') possiblyBoth++;
      if (f === 'possibly-both' && t === 'both') possiblyBothRight++;
      if (oneSided(t) && t === f) correct++;
      else if (oneSided(t) || oneSided(f)) misses.push({ pair: outcome.id, topic, truth: t, flagged: f });
    }
  }
  return {
    pairs: outcomes.length,
    truth,
    flagged,
    correct,
    recall: truth === 0 ? 1 : correct / truth,
    precision: flagged === 0 ? 1 : correct / flagged,
    bothTruth,
    wrongSilent,
    possiblyBoth,
    possiblyBothRight,
    misses,
  };
}

import type { Lang } from '../model';

/*
 * Topic-presence scoring for a labelled set: precision, recall and micro-F1 over (item, topic) pairs, per-topic
 * counts, and the list of wrong items. Pure: the caller tags each item (normalising it first).
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

export interface ItemError {
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

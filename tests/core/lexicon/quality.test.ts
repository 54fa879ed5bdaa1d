import { beforeAll, describe, expect, it } from 'vitest';
import { type LabelledSet, loadLabelledSets, makeTagger } from '../../../scripts/eval-topics-data';
import { evaluateTopics, type LabelledItem } from '../../../src/core/lexicon/evaluate-topics';
import type { Lang } from '../../../src/core/model';
import { ROOT, shippedLexicon } from './lexicon-helpers';

/*
 * Regression guard on topic tagging (issue 3: micro-F1 ≥ 0.90 per language). Figures and history:
 * tests/fixtures/labelled/README.md ("Measurements").
 *
 * HELD_OUT splits were never tuned against: `test`, and `blind8` (written after lexicon round 7, run once).
 * Each held-out split × language asserts the 0.90 target when its FIRST run met the target. When a first run was
 * below 0.90, that case asserts a stated REGRESSION FLOOR instead: the first-run figure rounded down to two
 * decimals, minus 0.02. A floor is not the target; it only catches an edit that makes things worse, and the test
 * title says so. Every case here is an ordinary assertion that fails when the figure drops below its threshold.
 *
 * TUNED splits (`dev`, `blind` … `blind7`) are held to 0.97, above the target, so that an edit that breaks a
 * pattern family shows up.
 */
const TARGET = 0.9;
const TUNED_FLOOR = 0.97;
const HELD_OUT = ['test', 'blind8'] as const;
const TUNED = ['dev', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7'];
const LANGS = ['zh', 'en'] as const;

/*
 * Sentence-level micro-F1 of each held-out split's first recorded run (README "Measurements"): `test` as first
 * reported with the round-1 lexicon, `blind8` on 2026-12-01 with the round-7 lexicon. All four met the target, so
 * none needs a regression floor today; a future held-out split whose first run falls short gets one here.
 */
const FIRST_RUN: Record<`${(typeof HELD_OUT)[number]}:${Lang}`, number> = {
  'test:zh': 0.984,
  'test:en': 0.986,
  'blind8:zh': 0.948,
  'blind8:en': 0.913,
};

/** The target when the first run met it; otherwise the regression floor (first run, floored to 2 dp, − 0.02). */
function thresholdOf(firstRun: number): { value: number; kind: 'target' | 'regression floor' } {
  if (firstRun >= TARGET) return { value: TARGET, kind: 'target' };
  return { value: Math.round(Math.floor(firstRun * 100 + 1e-9) - 2) / 100, kind: 'regression floor' };
}

let sets: LabelledSet[] = [];
let tag: (item: LabelledItem) => string[] = () => [];

beforeAll(async () => {
  sets = loadLabelledSets(ROOT, shippedLexicon());
  tag = await makeTagger(shippedLexicon());
});

function items(level: 'sentence' | 'document', lang: Lang, splits: readonly string[]): LabelledItem[] {
  return sets
    .filter((s) => s.level === level && splits.includes(s.split))
    .flatMap((s) => s.items.filter((i) => i.lang === lang));
}

const f1 = (list: LabelledItem[]) => evaluateTopics(list, tag).micro.f1;

const heldOutCases = HELD_OUT.flatMap((split) =>
  LANGS.map((lang) => {
    const first = FIRST_RUN[`${split}:${lang}`];
    const { value, kind } = thresholdOf(first);
    const title =
      kind === 'target'
        ? `target: sentence-level micro-F1 on the ${split} split in ${lang} is at least ${value.toFixed(2)}`
        : `REGRESSION FLOOR (first run ${first.toFixed(3)} was below the 0.90 target): sentence-level micro-F1 on the ${split} split in ${lang} is at least ${value.toFixed(2)}`;
    return { split, lang, value, title };
  }),
);

describe('topic tagging quality on held-out labelled readouts', () => {
  it('states a threshold rule that cannot be weaker than first run − 0.02', () => {
    expect(thresholdOf(0.946)).toEqual({ value: TARGET, kind: 'target' });
    expect(thresholdOf(0.888)).toEqual({ value: 0.86, kind: 'regression floor' });
    for (const c of heldOutCases) expect(c.value).toBeGreaterThanOrEqual(0.86);
  });

  it.each(LANGS)('has enough held-out items in %s to mean something', (lang) => {
    expect(items('sentence', lang, HELD_OUT).length).toBeGreaterThanOrEqual(150);
    expect(items('document', lang, HELD_OUT).length).toBeGreaterThanOrEqual(4);
  });

  for (const { split, lang, value, title } of heldOutCases) {
    it(title, () => {
      expect(items('sentence', lang, [split]).length).toBeGreaterThanOrEqual(50);
      expect(f1(items('sentence', lang, [split]))).toBeGreaterThanOrEqual(value);
    });
  }

  it.each(LANGS)('document-level micro-F1 over all held-out documents in %s is at least 0.90', (lang) => {
    expect(f1(items('document', lang, HELD_OUT))).toBeGreaterThanOrEqual(TARGET);
  });
});

describe('topic tagging on the splits the lexicon was tuned on (regression guard)', () => {
  it.each(TUNED.flatMap((split) => LANGS.map((lang) => [split, lang] as const)))(
    'sentence-level micro-F1 on the %s split in %s stays at least 0.97',
    (split, lang) => {
      expect(f1(items('sentence', lang, [split]))).toBeGreaterThanOrEqual(TUNED_FLOOR);
    },
  );
});

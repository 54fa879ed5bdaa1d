import { beforeAll, describe, expect, it } from 'vitest';
import { type LabelledSet, loadLabelledSets, makeTagger } from '../../../scripts/eval-topics-data';
import { evaluateTopics, type LabelledItem } from '../../../src/core/lexicon/evaluate-topics';
import type { Lang } from '../../../src/core/model';
import { ROOT, shippedLexicon } from './lexicon-helpers';

/*
 * Regression guard on the held-out splits (never tuned against): topic-presence micro-F1 must stay ≥ 0.90 in
 * each language (issue 3). It can fail: a lexicon edit that over- or under-matches shows up here.
 */
const TARGET = 0.9;
const HELD_OUT = ['test', 'blind'];

let sets: LabelledSet[] = [];
let tag: (item: LabelledItem) => string[] = () => [];

beforeAll(async () => {
  sets = loadLabelledSets(ROOT, shippedLexicon());
  tag = await makeTagger(shippedLexicon());
});

function heldOut(level: 'sentence' | 'document', lang: Lang, split?: string): LabelledItem[] {
  return sets
    .filter((s) => s.level === level && (split ? s.split === split : HELD_OUT.includes(s.split)))
    .flatMap((s) => s.items.filter((i) => i.lang === lang));
}

describe('topic tagging quality on held-out labelled readouts', () => {
  it.each(['zh', 'en'] as const)('has enough held-out items in %s to mean something', (lang) => {
    expect(heldOut('sentence', lang).length).toBeGreaterThanOrEqual(150);
    expect(heldOut('document', lang).length).toBeGreaterThanOrEqual(4);
  });

  it.each(HELD_OUT.flatMap((split) => (['zh', 'en'] as const).map((lang) => [split, lang] as const)))(
    'sentence-level micro-F1 on the %s split in %s is at least 0.90',
    (split, lang) => {
      expect(evaluateTopics(heldOut('sentence', lang, split), tag).micro.f1).toBeGreaterThanOrEqual(TARGET);
    },
  );

  it.each(['zh', 'en'] as const)(
    'document-level micro-F1 over all held-out documents in %s is at least 0.90',
    (lang) => {
      expect(evaluateTopics(heldOut('document', lang), tag).micro.f1).toBeGreaterThanOrEqual(TARGET);
    },
  );
});

import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Stabilising relations, managing competition and differences, avoiding miscalculation.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('relationship management: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['双方要把稳舵，推动两国关系好起来。', 'zh', 'stabilize-relations'],
    ['Xi said stability in the relationship is good for the world.', 'en', 'stabilize-relations'],
    ['The two sides took steps to mend ties.', 'en', 'stabilize-relations'],
    // round 3
    ['双方都不希望看到两国关系继续恶化。', 'zh', 'stabilize-relations'],
    ['要避免中美关系大起大落。', 'zh', 'stabilize-relations'],
    ['双方同意通过缓和紧张来防止局势失控。', 'zh', 'avoid-miscalculation'],
    ['Xi called for a sound, steady and sustainable relationship.', 'en', 'stabilize-relations'],
    ['They want to avoid further ups and downs in ties.', 'en', 'stabilize-relations'],
    ['The commanders discussed ways to deconflict operations.', 'en', 'avoid-miscalculation'],
    // round 4
    ['中美关系一度陷入低谷。', 'zh', 'stabilize-relations'],
    ['The relationship has hit a low point.', 'en', 'stabilize-relations'],
    ['Both want more predictable ties.', 'en', 'stabilize-relations'],
    // round 5
    ['They hope for a more stable U.S.-China relationship.', 'en', 'stabilize-relations'],
    // round 6
    ['两国关系更趋稳固。', 'zh', 'stabilize-relations'],
    ['推动中美关系稳中向好。', 'zh', 'stabilize-relations'],
    ['中美关系稳定局面来之不易，双方都应倍加珍惜。', 'zh', 'stabilize-relations'],
    [
      'Washington intends to compete, while making sure that rivalry does not spiral into confrontation.',
      'en',
      'manage-competition',
    ],
    // round 7
    ['He said bilateral ties were heading toward greater stability.', 'en', 'stabilize-relations'],
    ['The Secretary praised stable, predictable and constructive relations.', 'en', 'stabilize-relations'],
    ['Crews must operate professionally to reduce the chance of mishaps.', 'en', 'avoid-miscalculation'],
    // round 8 (real wording)
    [
      'Both sides hope for a smooth transition of the relationship after the election.',
      'en',
      'stabilize-relations',
    ],
    ['The two militaries must prevent escalation at sea.', 'en', 'avoid-miscalculation'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('relationship management: wording that must not tag the topic', () => {
  it.each<Case>([
    // round 5
    ['Leaders must not let competition spill into confrontation.', 'en', 'avoid-miscalculation'],
    // round 6
    [
      'The United States will compete hard, but it does not want the competition to veer into conflict.',
      'en',
      'avoid-miscalculation',
    ],
    // round 7
    ['元首外交为两国关系把舵领航。', 'zh', 'stabilize-relations'],
    ['双方一致认为应当避免冲突对抗。', 'zh', 'avoid-miscalculation'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('avoiding miscalculation, round 10 (real readouts, tuned on all 15 real pairs)', () => {
  it.each<Case>([
    ['两国应防止因误判滑向冲突。', 'zh', 'avoid-miscalculation'],
    ['双方同意防止两军发生意外冲突。', 'zh', 'avoid-miscalculation'],
    ['双方同意避免冲突升级。', 'zh', 'avoid-miscalculation'],
  ])('tags %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
  it.each<Case>([
    // generic conflict prevention, e.g. in a list of principles
    ['双方重申相互尊重、和平共处、防止冲突等原则。', 'zh', 'avoid-miscalculation'],
    [
      'The leaders stressed preventing conflict and cooperating where interests align.',
      'en',
      'avoid-miscalculation',
    ],
    // a third party's conflict, with two nouns
    [
      'He urged all states to prevent escalation and spread of the conflict in the region.',
      'en',
      'avoid-miscalculation',
    ],
  ])('does not tag %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Guiding principles (相处之道) and correct perception.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('principles and perception: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['美方不应把中国视为主要对手。', 'zh', 'correct-perception'],
    ['Washington should not treat China as an adversary.', 'en', 'correct-perception'],
    // round 3
    ['宽广的地球完全容得下中美各自和共同发展。', 'zh', 'guiding-principles'],
    ['两国应实现双赢。', 'zh', 'guiding-principles'],
    ['Xi said the Pacific is big enough for the two countries.', 'en', 'guiding-principles'],
    // round 4
    ['各方应以对话取代对抗。', 'zh', 'guiding-principles'],
    ['中国发展是机遇而非威胁。', 'zh', 'correct-perception'],
    ['China sees the United States as an opportunity, not a threat.', 'en', 'correct-perception'],
    ['The two countries should be partners.', 'en', 'correct-perception'],
    ['He said conflict between them would be catastrophic.', 'en', 'guiding-principles'],
    // round 5
    ['美方一些人鼓吹中国威胁。', 'zh', 'correct-perception'],
    // round 6
    ["Both sides should respect each other's development paths.", 'en', 'guiding-principles'],
    ['China expects Washington to respect the interests of China.', 'en', 'guiding-principles'],
    // round 7
    ['中方坚决反对美方渲染所谓中国威胁。', 'zh', 'correct-perception'],
    ['两国应当避免对抗冲突。', 'zh', 'guiding-principles'],
    ['Xinhua said the United States is not an adversary of China.', 'en', 'correct-perception'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('principles and perception: wording that must not tag the topic', () => {
  it.each<Case>([
    // round 7
    ['Trump said he and Xi get along very well.', 'en', 'guiding-principles'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('principles and perception, round 10 (real readouts, tuned on all 15 real pairs)', () => {
  it.each<Case>([
    [
      'The presidents talked about drafting a set of principles to steer the relationship.',
      'en',
      'guiding-principles',
    ],
    [
      'Officials continued their work on principles for the bilateral relationship.',
      'en',
      'guiding-principles',
    ],
    ['Both governments should treat one another with mutual respect.', 'en', 'guiding-principles'],
    [
      'He hoped the two nations could live side by side with each other in peace.',
      'en',
      'guiding-principles',
    ],
    ['The two powers can exist peacefully alongside one another.', 'en', 'guiding-principles'],
  ])('tags %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
  it.each<Case>([
    // third parties' coexistence and other relations' principles
    [
      'Israelis and Palestinians must be able to live alongside each other peacefully.',
      'en',
      'guiding-principles',
    ],
    ['They discussed the principles governing cross-Strait relations.', 'en', 'guiding-principles'],
    [
      'Both sides reaffirmed the principles of international relations enshrined in the UN Charter.',
      'en',
      'guiding-principles',
    ],
    // principles of a domain are no principles of the relationship
    ['The negotiators drafted principles for the trade talks.', 'en', 'guiding-principles'],
  ])('does not tag %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

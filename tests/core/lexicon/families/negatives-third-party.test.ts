import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Relationship vocabulary used about third parties is no bilateral topic (round 8): the coexistence of Israelis and
 * Palestinians, escalation of a war elsewhere, a third country's sovereignty, regional peace as a consequence,
 * hostages of an armed group; earlier rounds: third-party crises, oil, shipping.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('negatives third party: wording that must not tag the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['中方主张通过对话谈判解决朝鲜半岛问题。', 'zh', 'communication-channels'],
    ['The Houthis keep attacking commercial shipping.', 'en', 'trade-commercial'],
    // round 3
    ['中方呼吁缓和中东地区紧张局势。', 'zh', 'avoid-miscalculation'],
    ['Leaders discussed the risk of a wider regional conflict in Lebanon.', 'en', 'intl-regional-issues'],
    ['He urged Beijing to help de-escalate tensions in the Middle East.', 'en', 'avoid-miscalculation'],
    ['The firms were sanctioned over Russian oil purchases.', 'en', 'trade-commercial'],
    // round 4
    ["The President raised China's purchases of Iranian and Russian oil.", 'en', 'trade-commercial'],
    // round 5
    ['Treasury targeted refiners that buy discounted Russian crude.', 'en', 'trade-commercial'],
    // round 6
    ['Talks must not be held hostage to domestic politics.', 'en', 'detained-citizens'],
    ['The strikes on tankers disrupted international trade.', 'en', 'trade-commercial'],
    // round 7
    [
      "Beijing's backing for Russia's war economy through financial institutions was raised.",
      'en',
      'financial-cooperation',
    ],
    // round 8 (real wording)
    [
      'The Secretary called for a future in which Israelis and Palestinians live side by side in peaceful coexistence.',
      'en',
      'guiding-principles',
    ],
    ['王毅表示，中方支持巴以两国和平共处。', 'zh', 'guiding-principles'],
    [
      'Both sides discussed the need to avoid further escalation of the war in Ukraine.',
      'en',
      'avoid-miscalculation',
    ],
    ['The Secretary urged Beijing to help prevent escalation of the conflict.', 'en', 'avoid-miscalculation'],
    ['双方都认为应防止乌克兰危机进一步升级。', 'zh', 'avoid-miscalculation'],
    ['王毅表示，当务之急是防止战火扩大。', 'zh', 'avoid-miscalculation'],
    ['Such provocations are not conducive to regional peace and stability.', 'en', 'intl-regional-issues'],
    [
      'He criticized actions that erode the status quo that has kept regional peace for decades.',
      'en',
      'intl-regional-issues',
    ],
    ['美方的做法无助于地区和平与稳定。', 'zh', 'intl-regional-issues'],
    ['这种做法只会危害地区和平。', 'zh', 'intl-regional-issues'],
    [
      "Any settlement must respect Ukraine's sovereignty and territorial integrity, the minister said.",
      'en',
      'internal-affairs',
    ],
    ['中方主张尊重各国主权和领土完整，乌克兰危机应通过对话解决。', 'zh', 'internal-affairs'],
    ['Both ministers called for a ceasefire and for all hostages to be freed.', 'en', 'detained-citizens'],
    ['They discussed efforts to free the hostages held by Hamas.', 'en', 'detained-citizens'],
    ['双方呼吁立即停火，释放全部人质。', 'zh', 'detained-citizens'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

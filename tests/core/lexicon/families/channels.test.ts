import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Lines of communication (communication-channels) on any subject; "closely communicating", "deepen bilateral
 * discussions" (round 8). Military channels are in military-channels.test.ts.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('channels: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['两国外长同意保持密切联系。', 'zh', 'communication-channels'],
    ['双方同意就两国关心的问题继续保持磋商。', 'zh', 'communication-channels'],
    ['双方同意用好这一渠道。', 'zh', 'communication-channels'],
    ['双方同意恢复中美执法合作联络小组的工作。', 'zh', 'communication-channels'],
    ['双方同意在网络安全领域持续开展对话。', 'zh', 'communication-channels'],
    ['The ministers agreed to stay in close contact.', 'en', 'communication-channels'],
    ['Both sides will keep communicating through the working group.', 'en', 'communication-channels'],
    // round 3
    ['双方同意就此继续沟通。', 'zh', 'communication-channels'],
    ['两国外长同意下次通话时再作讨论。', 'zh', 'communication-channels'],
    ['双方同意择期举行新一轮战略安全磋商。', 'zh', 'communication-channels'],
    ['The two ministers agreed to continue their strategic communication.', 'en', 'communication-channels'],
    ['Both presidents said they would speak again soon.', 'en', 'communication-channels'],
    [
      'The officials welcomed sustained engagement through the trade working group.',
      'en',
      'communication-channels',
    ],
    // round 4
    ['两国外交部门举行了新一轮外交政策磋商。', 'zh', 'communication-channels'],
    ['双方同意保持这一磋商机制。', 'zh', 'communication-channels'],
    ['双方同意建立海关部门之间的联系机制。', 'zh', 'communication-channels'],
    ['双方同意在联合工作组框架下继续沟通。', 'zh', 'communication-channels'],
    ['The officials agreed to maintain these consultations.', 'en', 'communication-channels'],
    ['Both ministers stressed the value of continuing to communicate.', 'en', 'communication-channels'],
    ['Issues will be handled through existing channels.', 'en', 'communication-channels'],
    // round 5
    ['Both sides will keep talking through the commercial working group.', 'en', 'communication-channels'],
    // round 6
    ['双方同意在中美经济工作组框架内，就宏观经济政策等议题保持交流。', 'zh', 'communication-channels'],
    ['双方同意拓展在禁毒执法领域的沟通。', 'zh', 'communication-channels'],
    ['双方将通过既有渠道处理分歧。', 'zh', 'communication-channels'],
    [
      'The two teams agreed to convene another round of the climate dialogue.',
      'en',
      'communication-channels',
    ],
    [
      'The two sides will hold the next meeting of the Commercial Working Group in Beijing.',
      'en',
      'communication-channels',
    ],
    ['Officials welcomed the resumed counternarcotics dialogue.', 'en', 'communication-channels'],
    ['Leaders need to be able to pick up the phone in a crisis.', 'en', 'communication-channels'],
    // round 7
    ['双方同意于秋季举行中美金融工作组下一次会议。', 'zh', 'communication-channels'],
    ['The two countries agreed to reconvene after the holidays.', 'en', 'communication-channels'],
    // round 8 (real wording)
    [
      'The ministers agreed their teams should keep closely communicating about market turbulence.',
      'en',
      'communication-channels',
    ],
    ['The envoys agreed to communicate directly on specific concerns.', 'en', 'communication-channels'],
    [
      'The envoy hopes to deepen direct discussions between the economic teams.',
      'en',
      'communication-channels',
    ],
    ['双方表示要用好外交、两军等各领域沟通渠道。', 'zh', 'communication-channels'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('channels: wording that must not tag the topic', () => {
  it.each<Case>([
    // round 3
    ['双方就保持台海和平稳定进行了沟通。', 'zh', 'communication-channels'],
    ['双方同意保持高层外交接触。', 'zh', 'communication-channels'],
    ['The teams will continue talks on soybeans.', 'en', 'communication-channels'],
    // round 8 (real wording)
    ['The teams will deepen discussions on soybean purchases.', 'en', 'communication-channels'],
    ['The two sides held in-depth communication on trade issues.', 'en', 'communication-channels'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * High-level engagement: visits, leaders' calls and meetings, and (round 8) a planned meeting between the leaders
 * named, or principals who agree to meet regularly (两位部长每年至少会面一次). A working group's meeting is a channel.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('high level engagement: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['两国元首同意择机会晤。', 'zh', 'high-level-engagement'],
    // round 3
    ['双方同意为两国元首互动做好准备。', 'zh', 'high-level-engagement'],
    ['Trump said he plans to visit China next spring.', 'en', 'high-level-engagement'],
    // round 4
    ['The heads of state stay in touch through calls and meetings.', 'en', 'high-level-engagement'],
    // round 5
    ['两国元首今年以来多次通话、会晤，引领两国关系。', 'zh', 'high-level-engagement'],
    ['Both presidents value their leader-to-leader communication.', 'en', 'high-level-engagement'],
    ['The two leaders had a productive phone call in September.', 'en', 'high-level-engagement'],
    ['They discussed a potential visit by Vice President Vance to Beijing.', 'en', 'high-level-engagement'],
    // round 6
    [
      'The President said he looked forward to receiving Premier Li in Washington.',
      'en',
      'high-level-engagement',
    ],
    ['They discussed plans for a state visit next year.', 'en', 'high-level-engagement'],
    ['The ministers agreed to keep up exchanges at the ministerial level.', 'en', 'high-level-engagement'],
    // round 7
    ['两国元首掌舵领航，为中美关系指明方向。', 'zh', 'high-level-engagement'],
    ['The Secretary is expected to travel to Beijing next month.', 'en', 'high-level-engagement'],
    ['It was the most senior U.S. visit in two years.', 'en', 'high-level-engagement'],
    ['The two presidents have met repeatedly this year.', 'en', 'high-level-engagement'],
    // round 8 (real wording)
    [
      'They discussed preparations for the upcoming meeting between President Trump and President Xi.',
      'en',
      'high-level-engagement',
    ],
    [
      'The two sides discussed a possible call between President Biden and President Xi in the spring.',
      'en',
      'high-level-engagement',
    ],
    [
      'The Secretary and the Minister agreed to meet in person at least once a year.',
      'en',
      'high-level-engagement',
    ],
    [
      'The two ministers will hold regular meetings and meet at least annually.',
      'en',
      'high-level-engagement',
    ],
    [
      'Their respective senior officials should meet to follow up on these issues.',
      'en',
      'high-level-engagement',
    ],
    ['两位部长同意每年至少会面一次。', 'zh', 'high-level-engagement'],
    ['两国外长将定期会晤，保持沟通。', 'zh', 'high-level-engagement'],
    ['双方商定，两国元首年内择期再次会晤。', 'zh', 'high-level-engagement'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('high level engagement: wording that must not tag the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['China will pursue high-level opening up.', 'en', 'high-level-engagement'],
    // round 3
    ['American students are welcome to visit China.', 'en', 'high-level-engagement'],
    // round 4
    ['The trade working group will meet again in the autumn.', 'en', 'high-level-engagement'],
    // round 5
    ['双方工作团队将就落实元首会晤成果保持沟通。', 'zh', 'high-level-engagement'],
    // round 7
    ['The working group on payments will hold its next meeting in May.', 'en', 'high-level-engagement'],
    // round 8 (real wording)
    [
      'The two sides discussed plans for an in-person meeting of the working group.',
      'en',
      'high-level-engagement',
    ],
    ['The working group will meet twice a year at the vice-minister level.', 'en', 'high-level-engagement'],
    [
      'The two sides will continue to meet regularly under the trade consultation mechanism.',
      'en',
      'high-level-engagement',
    ],
    ['双方同意工作组每年举行两次会议。', 'zh', 'high-level-engagement'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('high-level engagement, round 9 (real readouts)', () => {
  it.each<Case>([
    ['访问期间，外长还同美方财政部长举行了会谈。', 'zh', 'high-level-engagement'],
    ['双方按照双方牵头人日内瓦会晤达成的重要共识，就宏观经济形势交换了意见。', 'zh', 'high-level-engagement'],
    ['During his visit, the Minister also met with the Commerce Secretary.', 'en', 'high-level-engagement'],
  ])('tags %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
  it.each<Case>([['中美经贸中方牵头人与美方牵头人在伦敦举行会谈。', 'zh', 'high-level-engagement']])(
    'does not tag %s (%s) with %s',
    (text, lang, topic) => {
      expect(tags(text, lang)).not.toContain(topic);
    },
  );
});

describe('high-level engagement, round 10 (real readouts, tuned on all 15 real pairs)', () => {
  it.each<Case>([
    // the leaders themselves keeping in contact
    ['特朗普表示愿同习近平主席保持密切联系。', 'zh', 'high-level-engagement'],
    ['两位元首表示，今后愿继续保持经常性沟通。', 'zh', 'high-level-engagement'],
    ['他期待再次同拜登总统通话。', 'zh', 'high-level-engagement'],
    [
      'Aides said they were preparing for a phone call between the two presidents.',
      'en',
      'high-level-engagement',
    ],
  ])('tags %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
  it.each<Case>([
    // teams keeping in touch at the leaders' behest are a channel; so is the labelled 同意保持经常性联系
    ['两国元首同意双方团队继续保持密切沟通。', 'zh', 'high-level-engagement'],
    ['两国元首同意保持经常性联系，继续通过多种方式保持沟通。', 'zh', 'high-level-engagement'],
    // a third country's president
    ['他表示愿同巴西总统保持沟通。', 'zh', 'high-level-engagement'],
    ['Staff are planning for a meeting between the working groups.', 'en', 'high-level-engagement'],
  ])('does not tag %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Implementing the leaders' consensus: the consensus and its venues (rounds 2-7), and the follow-ups on the
 * leaders' meeting or call without the noun "consensus" (round 8: building on / following up on / delivering on the
 * guidance, directive or announcement of the two presidents; 按照 / 沿着 两国元首 … 确定的方向). A summit named only as a
 * venue or a date is no topic.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('summit implementation: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    [
      'The leaders said they would implement the understandings reached in Lima.',
      'en',
      'summit-implementation',
    ],
    // round 3
    [
      'The President and President Xi agreed their teams would implement the deal.',
      'en',
      'summit-implementation',
    ],
    // round 5
    ['美方应将"四不一无意"承诺落到实处。', 'zh', 'summit-implementation'],
    [
      'The ministers took stock of the understandings reached at their summit in Gyeongju.',
      'en',
      'summit-implementation',
    ],
    [
      "Officials reviewed the deliverables from the leaders' meeting in San Francisco.",
      'en',
      'summit-implementation',
    ],
    [
      'The Chinese side urged Washington to honour the "four noes and one no intention".',
      'en',
      'summit-implementation',
    ],
    // round 6
    ['按照我们达成的共识，双方团队密切协作。', 'zh', 'summit-implementation'],
    // round 7
    ['国防部长表示，两国元首为两军关系提供了战略引领，双方要切实贯彻。', 'zh', 'summit-implementation'],
    ['双方团队将抓紧落实两国领导人达成的重要共识。', 'zh', 'summit-implementation'],
    ['双方回顾了元首会面时确定的成果落实情况。', 'zh', 'summit-implementation'],
    [
      'Both teams will carry out the truce the presidents agreed to last autumn.',
      'en',
      'summit-implementation',
    ],
    [
      'Officials reviewed the understandings reached by President Xi and President Trump.',
      'en',
      'summit-implementation',
    ],
    [
      'The pledges made during the state visit are being honored, an official said.',
      'en',
      'summit-implementation',
    ],
    [
      'The agenda follows the framework the two leaders set out in Washington.',
      'en',
      'summit-implementation',
    ],
    // round 8 (real wording)
    [
      'Negotiators are working to deliver on the directive of President Trump and President Xi to cut tariffs.',
      'en',
      'summit-implementation',
    ],
    [
      "The Secretary's visit builds on the guidance the two presidents gave their teams last autumn.",
      'en',
      'summit-implementation',
    ],
    [
      'As a follow-up to the call between President Biden and President Xi, the two ministers reviewed cooperation on climate.',
      'en',
      'summit-implementation',
    ],
    [
      'The meeting followed up on the summit between President Trump and President Xi in Gyeongju.',
      'en',
      'summit-implementation',
    ],
    [
      'The envoys reviewed where the key files stand since the meeting between President Biden and President Xi.',
      'en',
      'summit-implementation',
    ],
    [
      'The minister reaffirmed the announcement by the two presidents on reopening the crisis hotline.',
      'en',
      'summit-implementation',
    ],
    [
      'The admiral reaffirmed the announcement made by President Trump with his Chinese counterpart on naval safety.',
      'en',
      'summit-implementation',
    ],
    ['Officials praised the progress made on fentanyl at the summit.', 'en', 'summit-implementation'],
    [
      'Both delegations mapped out next steps on the cooperation agreed at the summit.',
      'en',
      'summit-implementation',
    ],
    [
      'Officials said the new channel was set up as directed by the two leaders.',
      'en',
      'summit-implementation',
    ],
    [
      "The teams will work in accordance with the guidance from the leaders' call.",
      'en',
      'summit-implementation',
    ],
    [
      "The envoys said the visit was in line with President Trump and President Xi's shared wish to expand exchanges.",
      'en',
      'summit-implementation',
    ],
    [
      "The minister urged officials to use the momentum from President Trump's spring meeting with President Xi.",
      'en',
      'summit-implementation',
    ],
    [
      'Officials said the talks aim to carry forward what the leaders of China and the United States agreed in Busan.',
      'en',
      'summit-implementation',
    ],
    [
      'The delegation worked to advance the agreements reached by U.S. and Chinese leaders at their last meeting.',
      'en',
      'summit-implementation',
    ],
    ['会谈旨在落实习近平主席和特朗普总统通话达成的重要共识。', 'zh', 'summit-implementation'],
    ['两国商务部门将按照两国元首会晤确定的方向推进合作。', 'zh', 'summit-implementation'],
    ['双方要沿着两国元首会晤指明的方向，推进各领域合作。', 'zh', 'summit-implementation'],
    ['两国财政部门要贯彻好习近平主席同拜登总统会晤精神。', 'zh', 'summit-implementation'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('summit implementation: wording that must not tag the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['旧金山会晤以来，两国关系有所改善。', 'zh', 'summit-implementation'],
    ['Since the meeting in Busan, trade has recovered.', 'en', 'summit-implementation'],
    // round 8 (real wording)
    [
      'Following up on their own meeting in the spring, the two ministers discussed the working group.',
      'en',
      'summit-implementation',
    ],
    ['The two leaders met for two hours at the airport.', 'en', 'summit-implementation'],
    [
      'President Trump told reporters he had a good relationship with President Xi.',
      'en',
      'summit-implementation',
    ],
    ['The meeting took place on the sidelines of the summit.', 'en', 'summit-implementation'],
    ['习近平主席同拜登总统去年在旧金山举行会晤。', 'zh', 'summit-implementation'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('summit implementation, round 9 (real readouts)', () => {
  it.each<Case>([
    [
      'Setting up this video link was a deliverable of the bilateral meeting held last autumn between the two presidents.',
      'en',
      'summit-implementation',
    ],
    [
      "This week's talks were an outcome of the in-person summit between the two leaders.",
      'en',
      'summit-implementation',
    ],
    ['双方牵头人将于近期举行视频通话，就落实两国元首会晤共识进行沟通。', 'zh', 'summit-implementation'],
  ])('tags %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
  it.each<Case>([
    ['双方按照双方牵头人日内瓦会晤达成的重要共识，就宏观经济形势交换了意见。', 'zh', 'summit-implementation'],
  ])('does not tag %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('summit implementation, round 10 (real readouts, tuned on all 15 real pairs)', () => {
  it.each<Case>([
    [
      'Building on their 2023 summit in Woodside, the ministers discussed fentanyl.',
      'en',
      'summit-implementation',
    ],
    ['Building on the Busan and Gyeongju meetings, the teams met again.', 'en', 'summit-implementation'],
    [
      'The leaders took stock of work on fentanyl and climate since the Busan summit last year.',
      'en',
      'summit-implementation',
    ],
    [
      'The two presidents directed their teams to follow up on the understandings.',
      'en',
      'summit-implementation',
    ],
    ['两国元首回顾了釜山会晤以来双方在经贸、禁毒等领域合作取得的积极成果。', 'zh', 'summit-implementation'],
    ['习近平主席要求双方团队跟进落实。', 'zh', 'summit-implementation'],
  ])('tags %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
  it.each<Case>([
    // "since" a summit dates a remark; a non-summit meeting; a visit to follow up is no implementation (real label)
    ['Since the Busan meeting, tariffs have risen.', 'en', 'summit-implementation'],
    ['釜山会晤以来，美方又出台了新的限制措施。', 'zh', 'summit-implementation'],
    [
      'Building on the momentum of the Paris climate meeting, they pledged more.',
      'en',
      'summit-implementation',
    ],
    [
      'The two leaders agreed that the Secretary of State will visit Beijing to follow up.',
      'en',
      'summit-implementation',
    ],
  ])('does not tag %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

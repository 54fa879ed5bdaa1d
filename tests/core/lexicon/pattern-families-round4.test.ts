import { describe, expect, it } from 'vitest';
import { tags } from './lexicon-helpers';

/*
 * Pattern families added in lexicon round 4 (tuned on blind4 and the labelled pairs p14–p16), and the false
 * positives it fixed, each in wording that appears in no labelled file. Texts are already normalised
 * (Simplified script, ASCII quotes).
 */

describe('round 4 families that should match (Chinese)', () => {
  it.each([
    ['两国外交部门举行了新一轮外交政策磋商。', 'communication-channels'],
    ['双方同意保持这一磋商机制。', 'communication-channels'],
    ['双方同意建立海关部门之间的联系机制。', 'communication-channels'],
    ['双方同意在联合工作组框架下继续沟通。', 'communication-channels'],
    ['中美关系一度陷入低谷。', 'stabilize-relations'],
    ['各方应以对话取代对抗。', 'guiding-principles'],
    ['中国发展是机遇而非威胁。', 'correct-perception'],
    ['美方称将帮助台湾提升自我防卫能力。', 'taiwan-arms'],
    ['美方要求取消“50%规则”。', 'export-controls'],
    ['美方称要防止芯片被转用于军事最终用途。', 'export-controls'],
    ['美方打击芯片走私行为。', 'export-controls'],
    ['中方暂停了非关税反制措施。', 'sanctions'],
  ])('%s → %s', (text, topic) => {
    expect(tags(text, 'zh')).toContain(topic);
  });
});

describe('round 4 families that should match (English)', () => {
  it.each([
    ['The officials agreed to maintain these consultations.', 'communication-channels'],
    ['Both ministers stressed the value of continuing to communicate.', 'communication-channels'],
    ['Issues will be handled through existing channels.', 'communication-channels'],
    ['The heads of state stay in touch through calls and meetings.', 'high-level-engagement'],
    ['China sees the United States as an opportunity, not a threat.', 'correct-perception'],
    ['The two countries should be partners.', 'correct-perception'],
    ['He said conflict between them would be catastrophic.', 'guiding-principles'],
    ['The relationship has hit a low point.', 'stabilize-relations'],
    ['Both want more predictable ties.', 'stabilize-relations'],
    ['Washington is committed to enforcing rules against chip smuggling.', 'export-controls'],
    ['The rule is meant to stop chips from being diverted to military end users.', 'export-controls'],
    [
      "Secretary Hegseth held a video call with Admiral Dong Jun, Minister of National Defense of the People's Republic of China.",
      'mil-mil-communication',
    ],
    ["The United States will support Taiwan's ability to defend itself.", 'taiwan-arms'],
    ['China agreed to suspend its retaliatory non-tariff measures.', 'sanctions'],
  ])('%s → %s', (text, topic) => {
    expect(tags(text, 'en')).toContain(topic);
  });
});

describe('round 4 false positives that must not come back', () => {
  it.each([
    ['美方同意接收遣返航班。', 'people-to-people'],
    ['中方将美国军工企业列入不可靠实体清单。', 'export-controls'],
    ['该实体是一家在香港注册的贸易公司。', 'human-rights'],
  ])('%s does not tag %s', (text, topic) => {
    expect(tags(text, 'zh')).not.toContain(topic);
  });

  it.each([
    ['The Secretary urged the swift removal of the export controls.', 'law-enforcement'],
    ['DHS welcomed the removal of illegal aliens on charter flights.', 'people-to-people'],
    ['Treasury sanctioned several Hong Kong-based front companies.', 'human-rights'],
    ["The President raised China's purchases of Iranian and Russian oil.", 'trade-commercial'],
    ['The leaders welcomed more visas for business travelers.', 'trade-commercial'],
    ['The trade working group will meet again in the autumn.', 'high-level-engagement'],
    ['Beijing placed the firms on its unreliable entity list.', 'export-controls'],
    ['The two leaders met at the Gyeongju summit venue.', 'summit-implementation'],
    ['The United States values the U.S.-Japan-Philippines trilateral partnership.', 'south-china-sea'],
  ])('%s does not tag %s', (text, topic) => {
    expect(tags(text, 'en')).not.toContain(topic);
  });
});

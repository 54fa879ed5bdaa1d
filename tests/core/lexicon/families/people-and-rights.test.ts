import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Detained citizens, human rights, people-to-people ties.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('people and rights: wording that tags the topic', () => {
  it.each<Case>([
    // round 3
    ['两国人民友好交往源远流长。', 'zh', 'people-to-people'],
    // round 5
    ['双方续签了中美科技合作协定。', 'zh', 'people-to-people'],
    ['The two sides renewed the Science and Technology Agreement.', 'en', 'people-to-people'],
    // round 6
    ['双方应多做增进两国人民相互了解和友谊的事情。', 'zh', 'people-to-people'],
    // round 7
    ['Agents were accused of harassing dissidents abroad.', 'en', 'human-rights'],
    // round 8 (real wording)
    ['双方同意为对方常驻记者提供便利。', 'zh', 'people-to-people'],
    ['The Secretary raised the cases of Americans wrongfully detained in China.', 'en', 'detained-citizens'],
    ['美方提出了在华被拘押美国公民的个案。', 'zh', 'detained-citizens'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('people and rights: wording that must not tag the topic', () => {
  it.each<Case>([
    // round 3
    ['中美关系发展得好，关乎两国人民福祉。', 'zh', 'people-to-people'],
    ['The policy serves the interests of the two peoples.', 'en', 'people-to-people'],
    // round 4
    ['美方同意接收遣返航班。', 'zh', 'people-to-people'],
    ['DHS welcomed the removal of illegal aliens on charter flights.', 'en', 'people-to-people'],
    // round 6
    ['美方宣布对三名中国官员实施签证限制。', 'zh', 'people-to-people'],
    ['Visa restrictions on Chinese officials were announced on Tuesday.', 'en', 'people-to-people'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('Hong Kong by its founding document, round 9 (real readouts)', () => {
  it.each<Case>([
    [
      'He called on the PRC to honour its obligations under the Sino-British Joint Declaration.',
      'en',
      'human-rights',
    ],
    ['中方指出，中英联合声明不能成为干涉香港事务的借口。', 'zh', 'human-rights'],
  ])('tags %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('people and rights, round 10 (real readouts, tuned on all 15 real pairs)', () => {
  it.each<Case>([
    ['The statement stressed the bonds between the American and Chinese peoples.', 'en', 'people-to-people'],
    [
      'Both presidents valued connections between the people of the United States and China.',
      'en',
      'people-to-people',
    ],
  ])('tags %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
  it.each<Case>([
    ['Ties between the peoples of India and Pakistan have suffered.', 'en', 'people-to-people'],
    ['The interests of the two peoples come first.', 'en', 'people-to-people'],
  ])('does not tag %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

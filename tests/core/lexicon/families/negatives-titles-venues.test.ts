import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Titles, venues, bylines, agencies and media are participants, not topics: 中美经贸中方牵头人, "Senior Director for
 * Technology and National Security", 新华社…电（记者 …）, "Busan, Republic of Korea", the DPRK's full name (round 8),
 * and the titles and venues of earlier rounds.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('negatives titles venues: wording that must not tag the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['外交部发言人在例行记者会上回答提问。', 'zh', 'people-to-people'],
    ['美国总统气候政策高级顾问出席会见。', 'zh', 'climate'],
    ['国家安全委员会印太事务主任陪同会见。', 'zh', 'allies'],
    ['The talks were held at the Filoli Estate.', 'en', 'summit-implementation'],
    ['The leaders agreed to meet at the APEC summit in South Korea.', 'en', 'allies'],
    ['Special Envoy for Climate Change Liu Zhenmin attended.', 'en', 'climate'],
    // round 3
    ['特朗普在社交媒体上发文称会谈很成功。', 'zh', 'people-to-people'],
    ['王毅在出席东盟系列外长会议期间会见美方代表。', 'zh', 'intl-regional-issues'],
    ['He said on social media that the call went well.', 'en', 'people-to-people'],
    ['They met on the sidelines of the ASEAN Regional Forum in Manila.', 'en', 'intl-regional-issues'],
    // round 4
    ['该实体是一家在香港注册的贸易公司。', 'zh', 'human-rights'],
    ['Treasury sanctioned several Hong Kong-based front companies.', 'en', 'human-rights'],
    ['The two leaders met at the Gyeongju summit venue.', 'en', 'summit-implementation'],
    // round 5
    ['两国领导人可在多边场合见面。', 'zh', 'intl-regional-issues'],
    ['The leaders met in Busan last October.', 'en', 'summit-implementation'],
    // round 6
    ['副部长随后向记者通报了会谈情况。', 'zh', 'people-to-people'],
    ['美方贸易谈判代表出席了会见。', 'zh', 'trade-commercial'],
    ['OFAC named Hong Kong- and Shenzhen-based firms.', 'en', 'human-rights'],
    // round 7
    ['中方代表团成员包括外交部、财政部等部门官员。', 'zh', 'financial-cooperation'],
    ['问：有媒体关注会谈是否谈及核问题？', 'zh', 'people-to-people'],
    ['Treasury named shell companies based in Hong Kong.', 'en', 'human-rights'],
    // round 8 (real wording)
    [
      "They discussed the Democratic People's Republic of Korea's ballistic missile launches.",
      'en',
      'allies',
    ],
    ['The two leaders met in Busan, Republic of Korea, on the margins of APEC.', 'en', 'allies'],
    ['The summit took place in Gyeongju, ROK.', 'en', 'allies'],
    ['新华社北京3月5日电（记者 王明 李华）国务院副总理会见美国财政部长。', 'zh', 'people-to-people'],
    ['本报记者获悉，双方代表团已抵达日内瓦。', 'zh', 'people-to-people'],
    ['中新社华盛顿5月9日电 (记者 陈立)美国国务卿当天会见中国外长。', 'zh', 'people-to-people'],
    ['据总台记者报道，双方举行了两个多小时会谈。', 'zh', 'people-to-people'],
    ['国务院副总理、中美经贸中方牵头人应约同美国财长通电话。', 'zh', 'trade-commercial'],
    [
      "The Vice Premier, China's lead person for China-U.S. economic and trade affairs, received the delegation.",
      'en',
      'trade-commercial',
    ],
    ['中央金融委员会办公室主任会见美方代表团。', 'zh', 'financial-cooperation'],
    [
      'The Under Secretary for Terrorism and Financial Intelligence joined the meeting.',
      'en',
      'financial-cooperation',
    ],
    [
      'The Special Presidential Envoy for Hostage Affairs accompanied the Secretary.',
      'en',
      'detained-citizens',
    ],
    ['An official from the Pentagon office for China, Taiwan and Mongolia took notes.', 'en', 'taiwan'],
    ['The Senior Director for Economic and National Security joined the talks.', 'en', 'national-security'],
    ['白宫国安会网络和国家安全高级主任出席会谈。', 'zh', 'national-security'],
    ['The Special Envoy for Emerging Technology attended.', 'en', 'export-controls'],
    [
      'An official from the Cybersecurity and Infrastructure Security Agency joined the talks.',
      'en',
      'surveillance-incidents',
    ],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('titles that name Taiwan, round 9 (real readouts)', () => {
  it.each<Case>([['The Secretary raised cross-Strait tensions and Taiwan.', 'en', 'taiwan']])(
    'tags %s (%s) with %s',
    (text, lang, topic) => {
      expect(tags(text, lang)).toContain(topic);
    },
  );
  it.each<Case>([
    [
      'The Deputy Assistant Secretary for China and Taiwan met the Director-General in Beijing.',
      'en',
      'taiwan',
    ],
  ])('does not tag %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

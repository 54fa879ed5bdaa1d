import { describe, expect, it } from 'vitest';
import { tags } from './lexicon-helpers';

/*
 * Pattern families added in the 2026-11-22 round, and the false positives it fixed, each in wording that
 * appears in no labelled file. Texts are already normalised (Simplified script, ASCII quotes).
 */

describe('families that should match (Chinese)', () => {
  it.each([
    ['两国外长同意保持密切联系。', 'communication-channels'],
    ['双方同意就两国关心的问题继续保持磋商。', 'communication-channels'],
    ['双方同意用好这一渠道。', 'communication-channels'],
    ['双方同意恢复中美执法合作联络小组的工作。', 'communication-channels'],
    ['双方同意在网络安全领域持续开展对话。', 'communication-channels'],
    ['双方要把稳舵，推动两国关系好起来。', 'stabilize-relations'],
    ['两国元首同意择机会晤。', 'high-level-engagement'],
    ['美方对中国籍船舶收取港口费。', 'tariffs-overcapacity'],
    ['双方讨论了赛拉嗪等物质的列管问题。', 'counternarcotics'],
    ['双方同意加强情报交流。', 'law-enforcement'],
    ['中方将加强对镓、锗相关物项的出口管理。', 'export-controls'],
    ['这有利于全球能源绿色转型。', 'climate'],
    ['仙宾礁是中国固有领土。', 'internal-affairs'],
    ['美方不应把中国视为主要对手。', 'correct-perception'],
  ])('%s → %s', (text, topic) => {
    expect(tags(text, 'zh')).toContain(topic);
  });
});

describe('families that should match (English)', () => {
  it.each([
    ['The ministers agreed to stay in close contact.', 'communication-channels'],
    ['Both sides will keep communicating through the working group.', 'communication-channels'],
    ['Xi said stability in the relationship is good for the world.', 'stabilize-relations'],
    ['The two sides took steps to mend ties.', 'stabilize-relations'],
    ['He said the Hong Kong question is an internal matter for China.', 'internal-affairs'],
    ['The Navy will sail and fly wherever international law permits.', 'fon-operational-safety'],
    ['China will suspend the additional duties for a year.', 'tariffs-overcapacity'],
    ['Beijing pledged to schedule more nitazenes.', 'counternarcotics'],
    ['The two sides discussed predictable licensing for exports of chip tools.', 'export-controls'],
    ['The envoys discussed a faster phase-down of fossil fuels.', 'climate'],
    ['Wang said Manila must stop its provocations at Xianbin Jiao.', 'south-china-sea'],
    ["The Secretary spoke with China's Minister of National Defense by phone.", 'mil-mil-communication'],
    ['Washington should not treat China as an adversary.', 'correct-perception'],
    ['The leaders said they would implement the understandings reached in Lima.', 'summit-implementation'],
  ])('%s → %s', (text, topic) => {
    expect(tags(text, 'en')).toContain(topic);
  });
});

describe('known false positives that must stay fixed', () => {
  it.each([
    ['外交部发言人在例行记者会上回答提问。', 'people-to-people'],
    ['中方将暂停非关税反制措施。', 'tariffs-overcapacity'],
    ['美国总统气候政策高级顾问出席会见。', 'climate'],
    ['国家安全委员会印太事务主任陪同会见。', 'allies'],
    ['美方重申对菲律宾的同盟承诺。', 'south-china-sea'],
    ['两军应当相互尊重、和平共处、保持经常性沟通。', 'communication-channels'],
    ['美方愿同中方保持防务领域的对话。', 'communication-channels'],
    ['旧金山会晤以来，两国关系有所改善。', 'summit-implementation'],
    ['中方主张通过对话谈判解决朝鲜半岛问题。', 'communication-channels'],
  ])('%s does not tag %s', (text, topic) => {
    expect(tags(text, 'zh')).not.toContain(topic);
  });

  it.each([
    ['He said the business climate in China keeps improving.', 'climate'],
    ['The Houthis keep attacking commercial shipping.', 'trade-commercial'],
    ['China will pursue high-level opening up.', 'high-level-engagement'],
    ['He reaffirmed the alliance with the Philippines.', 'south-china-sea'],
    ['The talks were held at the Filoli Estate.', 'summit-implementation'],
    ['Since the meeting in Busan, trade has recovered.', 'summit-implementation'],
    ['The leaders agreed to meet at the APEC summit in South Korea.', 'allies'],
    ['The two militaries agreed to keep talking.', 'communication-channels'],
    ['China will lift its non-tariff countermeasures.', 'tariffs-overcapacity'],
    ['Special Envoy for Climate Change Liu Zhenmin attended.', 'climate'],
    ['Ambassador Greer said the talks made progress on rebalancing trade.', 'financial-cooperation'],
  ])('%s does not tag %s', (text, topic) => {
    expect(tags(text, 'en')).not.toContain(topic);
  });
});

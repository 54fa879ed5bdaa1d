import { describe, expect, it } from 'vitest';
import { tags } from './lexicon-helpers';

/*
 * How the shipped lexicon generalises: inflections, abbreviations, paraphrases and set phrases of both
 * governments' readouts, plus negative cases that must not match. Texts are already normalised (the engine
 * converts Traditional Chinese and full-width forms before tagging).
 */

describe('English readouts', () => {
  it.each([
    ['The two sides sought to stabilize ties.', 'stabilize-relations'],
    ['Relations have stabilized since the summit.', 'stabilize-relations'],
    ['They noted the importance of stabilising the relationship.', 'stabilize-relations'],
    ['He warned against miscalculations and misunderstood signals.', 'avoid-miscalculation'],
    ['Competition must be managed responsibly.', 'manage-competition'],
    [
      'The President stressed the need to manage the competition between our countries responsibly.',
      'manage-competition',
    ],
    ['Both leaders want to keep competition from veering into conflict.', 'manage-competition'],
    ['China opposes interference in its internal affairs.', 'internal-affairs'],
    ['The Taiwan question is China’s internal affair.'.replace('’', "'"), 'internal-affairs'],
    ['The Secretary raised U.S. citizens detained in the PRC.', 'detained-citizens'],
    ['They discussed the DPRK.', 'dprk'],
    ['The MMCA working group met in Qingdao.', 'mil-mil-communication'],
    ['They discussed AI risk.', 'ai'],
    ['Chinese EVs and solar panels flood markets.', 'tariffs-overcapacity'],
    ['The SCS arbitral award is final.', 'south-china-sea'],
    ['The U.S. will keep conducting FONOPs.', 'fon-operational-safety'],
    ['The two sides agreed to keep lines of communication open.', 'communication-channels'],
    ['They pledged to put a floor under the relationship.', 'stabilize-relations'],
    [
      'Xi said mutual respect, peaceful coexistence and win-win cooperation are the right way forward.',
      'guiding-principles',
    ],
    ['The United States opposes unilateral changes to the status quo across the Strait.', 'taiwan'],
    ['The counter-narcotics working group discussed pill presses.', 'counternarcotics'],
    ['They agreed to resume law-enforcement cooperation on repatriations.', 'law-enforcement'],
    ['China opposes the US over-stretching the concept of national security.', 'national-security'],
  ])('%s → %s', (text, topic) => {
    expect(tags(text, 'en')).toContain(topic);
  });

  it.each([
    ['National Security Advisor Jake Sullivan met Director Wang Yi.', 'national-security'],
    ['Admiral Paparo, commander of U.S. Indo-Pacific Command, joined the call.', 'allies'],
    ['He said cross-Strait differences should be resolved peacefully.', 'manage-differences'],
    ['Competition between the two countries is intense.', 'manage-competition'],
    ['The Thai aide said the call went well.', 'ai'],
    ['The two sides discussed how to navigate the relationship.', 'fon-operational-safety'],
    ['The Secretary stressed peace and stability across the Taiwan Strait.', 'stabilize-relations'],
    ['The U.S. welcomed the PRC’s removal flights.'.replace('’', "'"), 'people-to-people'],
    ['China uses its tariffs as a bargaining chip.', 'chips-semiconductors'],
    ['The Secretary met the U.S. Trade Representative.', 'trade-commercial'],
  ])('%s does not tag %s', (text, topic) => {
    expect(tags(text, 'en')).not.toContain(topic);
  });

  it.each([
    'The two sides agreed to deepen cooperation.',
    'The two sides discussed security.',
    'The meeting was candid, substantive and constructive.',
    'Secretary Blinken thanked Foreign Minister Wang for his hospitality.',
  ])('tags no topic in "%s"', (text) => {
    expect(tags(text, 'en')).toEqual([]);
  });
});

describe('Chinese readouts', () => {
  it.each([
    ['美方不得以任何形式介入台湾地区领导人选举。', 'taiwan'],
    ['双方应秉持相互尊重、和平共处、合作共赢。', 'guiding-principles'],
    ['中美要合作共赢。', 'guiding-principles'],
    ['双方要管控好分歧。', 'manage-differences'],
    ['避免战略误判。', 'avoid-miscalculation'],
    ['推动落实两国元首旧金山会晤重要共识。', 'summit-implementation'],
    ['推动中美关系止跌企稳。', 'stabilize-relations'],
    ['推动两国关系健康、稳定、可持续发展。', 'stabilize-relations'],
    ['双方讨论了北韩问题。', 'dprk'],
    ['双方就人工智慧风险交换意见。', 'ai'],
    ['美方对华晶片禁令损害全球产业链。', 'chips-semiconductors'],
    ['中方坚决反对美方向台湾出售武器。', 'taiwan-arms'],
    ['中方坚决反对美方向台湾出售武器。', 'taiwan'],
    ['美方泛化国家安全概念，滥用出口管制。', 'national-security'],
    ['中方对美方以涉俄为由制裁中国企业表示不满。', 'sanctions'],
    ['双方同意恢复中美海上军事安全磋商机制会议。', 'mil-mil-communication'],
  ])('%s → %s', (text, topic) => {
    expect(tags(text, 'zh')).toContain(topic);
  });

  it.each([
    ['美国总统国家安全事务助理沙利文会见王毅。', 'national-security'],
    ['东部战区领导人同美印太司令部司令通话。', 'allies'],
    ['双方要维护台海和平稳定。', 'stabilize-relations'],
    ['商务部新闻发言人表示。', 'trade-commercial'],
    ['两岸分歧应以和平方式解决。', 'manage-differences'],
    ['双方同意恢复中美海上军事安全磋商机制会议。', 'communication-channels'],
    ['美国财政部表示。', 'financial-cooperation'],
  ])('%s does not tag %s', (text, topic) => {
    expect(tags(text, 'zh')).not.toContain(topic);
  });

  it.each([
    '双方进行了坦诚、深入、建设性的沟通。',
    '中方愿同各方加强安全合作。',
    '数字平台和电台。',
    '会谈结束后，双方共同会见了记者。'.replace('记者', '媒体人士').replace('媒体人士', '各方'),
  ])('tags no topic in "%s"', (text) => {
    expect(tags(text, 'zh')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Trade, tariffs and overcapacity, finance.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('economy: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['美方对中国籍船舶收取港口费。', 'zh', 'tariffs-overcapacity'],
    ['China will suspend the additional duties for a year.', 'en', 'tariffs-overcapacity'],
    // round 3
    ['双方讨论了打击地下钱庄问题。', 'zh', 'financial-cooperation'],
    ['美方关切中国低价商品冲击全球市场。', 'zh', 'tariffs-overcapacity'],
    ['They discussed the laundering of cartel proceeds.', 'en', 'financial-cooperation'],
    ['The statement criticised unfair economic practices.', 'en', 'trade-commercial'],
    ['Chinese overproduction floods world markets with cheap exports.', 'en', 'tariffs-overcapacity'],
    // round 5
    ['The President imposed Section 232 tariffs on steel.', 'en', 'tariffs-overcapacity'],
    // round 6
    ['美方以所谓"去风险"为名搞排华。', 'zh', 'trade-commercial'],
    // round 7
    ['He urged fair treatment of Chinese firms operating in America.', 'en', 'trade-commercial'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('economy: wording that must not tag the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['中方将暂停非关税反制措施。', 'zh', 'tariffs-overcapacity'],
    ['China will lift its non-tariff countermeasures.', 'en', 'tariffs-overcapacity'],
    ['Ambassador Greer said the talks made progress on rebalancing trade.', 'en', 'financial-cooperation'],
    // round 4
    ['The leaders welcomed more visas for business travelers.', 'en', 'trade-commercial'],
    // round 5
    ['商务部对美方232调查表示关切。', 'zh', 'tariffs-overcapacity'],
    ['Beijing added American defense firms to its unreliable entity list.', 'en', 'trade-commercial'],
    ['The department opened Section 232 investigations of chip imports.', 'en', 'tariffs-overcapacity'],
    // round 6
    ['中方反对美方限制对美投资的做法。', 'zh', 'trade-commercial'],
    ['Firms will have to obtain licenses for such sales.', 'en', 'trade-commercial'],
    ['They discussed financial services market access.', 'en', 'financial-cooperation'],
    // round 7
    ['中方将对美国大豆加征的关税下调一半。', 'zh', 'trade-commercial'],
    ['Beijing lifted duties on American farm goods.', 'en', 'trade-commercial'],
    ['Tariffs on U.S. pork and sorghum will be halved.', 'en', 'trade-commercial'],
    ['Scholars, tourists and business people will find it easier to get visas.', 'en', 'trade-commercial'],
    ['Commerce placed the firms on its trade blacklist.', 'en', 'trade-commercial'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('economy, round 10 (real readouts, tuned on all 15 real pairs)', () => {
  it('"non-market economic policies" is trade (and still tariffs / overcapacity)', () => {
    const found = tags("Officials criticised Beijing's non-market economic policies.", 'en');
    expect(found).toContain('trade-commercial');
    expect(found).toContain('tariffs-overcapacity');
  });
});

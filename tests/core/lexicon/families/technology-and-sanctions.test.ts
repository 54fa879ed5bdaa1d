import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Export controls, chips, sanctions on companies, AI.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('technology and sanctions: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['中方将加强对镓、锗相关物项的出口管理。', 'zh', 'export-controls'],
    ['The two sides discussed predictable licensing for exports of chip tools.', 'en', 'export-controls'],
    // round 3
    ['中方对此坚决反制。', 'zh', 'sanctions'],
    ['中方将依法加强两用物项的出口许可审批。', 'zh', 'export-controls'],
    ['Entities that help Russia evade sanctions will face serious consequences.', 'en', 'sanctions'],
    ['The Secretary raised raids on U.S. due diligence firms.', 'en', 'sanctions'],
    ['The rule tightens controls on dual-use items.', 'en', 'export-controls'],
    // round 4
    ['美方要求取消“50%规则”。', 'zh', 'export-controls'],
    ['美方称要防止芯片被转用于军事最终用途。', 'zh', 'export-controls'],
    ['美方打击芯片走私行为。', 'zh', 'export-controls'],
    ['中方暂停了非关税反制措施。', 'zh', 'sanctions'],
    ['Washington is committed to enforcing rules against chip smuggling.', 'en', 'export-controls'],
    ['The rule is meant to stop chips from being diverted to military end users.', 'en', 'export-controls'],
    ['China agreed to suspend its retaliatory non-tariff measures.', 'en', 'sanctions'],
    // round 5
    ['美方应停止打压中国企业。', 'zh', 'sanctions'],
    ['Exporters must prevent the re-export of controlled items to third countries.', 'en', 'export-controls'],
    ['BIS acted against the smuggling of Nvidia GPUs.', 'en', 'export-controls'],
    ['The rules cover high-end GPUs.', 'en', 'chips-semiconductors'],
    // round 6
    ['人为设置科技壁垒阻碍了合作。', 'zh', 'export-controls'],
    ['美方宣布对三名中国官员实施签证限制。', 'zh', 'sanctions'],
    ['Exporters will need a license to ship high-end GPUs to China.', 'en', 'export-controls'],
    ['The rule imposes a license requirement on advanced semiconductors.', 'en', 'export-controls'],
    [
      "The controls focus on technologies that would advance Beijing's military modernization.",
      'en',
      'export-controls',
    ],
    ['China agreed to tighten controls on exports of precursor chemicals.', 'en', 'export-controls'],
    ['He defended new restrictions on Chinese chipmakers.', 'en', 'export-controls'],
    ['The data-center accelerators are covered too.', 'en', 'chips-semiconductors'],
    ['Visa restrictions on Chinese officials were announced on Tuesday.', 'en', 'sanctions'],
    // round 7
    ['美方拟收紧对华存储芯片和制造设备出口。', 'zh', 'export-controls'],
    ['美方新规限制高带宽存储对华出口。', 'zh', 'chips-semiconductors'],
    ['美方以各种借口限制中国企业在美国投资。', 'zh', 'export-controls'],
    ['美方对中国光伏企业层层设限。', 'zh', 'sanctions'],
    ['美方对中方企业采取了歧视性措施。', 'zh', 'sanctions'],
    ['The Commerce Department blacklisted nine more Chinese firms.', 'en', 'export-controls'],
    ['Washington is broadening controls on chipmaking equipment.', 'en', 'export-controls'],
    ["The measure would choke off Beijing's access to advanced tools.", 'en', 'export-controls'],
    ['The rule covers HBM stacks.', 'en', 'chips-semiconductors'],
    ['Treasury designations targeted seven PRC-based entities.', 'en', 'sanctions'],
    // round 8 (real wording)
    [
      'Commerce will keep sensitive U.S. technologies from being used to threaten American national security.',
      'en',
      'export-controls',
    ],
    [
      'Washington will work to prevent the misuse of sensitive technologies by foreign armies.',
      'en',
      'export-controls',
    ],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('technology and sanctions: wording that must not tag the topic', () => {
  it.each<Case>([
    // round 3
    ['中方对美加征关税予以反制。', 'zh', 'sanctions'],
    // round 4
    ['中方将美国军工企业列入不可靠实体清单。', 'zh', 'export-controls'],
    ['Beijing placed the firms on its unreliable entity list.', 'en', 'export-controls'],
    // round 5
    ['美方不应打压中国半导体行业的发展。', 'zh', 'sanctions'],
    // round 7
    ['China ended probes targeting American chipmakers in the semiconductor sector.', 'en', 'sanctions'],
    ['Commerce placed the firms on its trade blacklist.', 'en', 'sanctions'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('technology suppression, round 10 (real readouts, tuned on all 15 real pairs)', () => {
  it('generic suppression of trade and technology together is trade, not export controls', () => {
    const text = '中方批评美方对华经贸科技打压措施不断加码。';
    expect(tags(text, 'zh')).not.toContain('export-controls');
    expect(tags(text, 'zh')).toContain('trade-commercial');
  });
  it('technology suppression on its own is still export controls', () => {
    expect(tags('中方反对美方对华科技打压。', 'zh')).toContain('export-controls');
  });
});

import { describe, expect, it } from 'vitest';
import { attributeSpeakers, inferSide, learnNames } from '../../../src/core/compare/speaker';
import type { Lang, Side } from '../../../src/core/model';

function speakers(sentences: string[], lang: Lang, side: Side, paragraphs?: number[]) {
  const text = sentences.join('');
  const out = attributeSpeakers(
    sentences.map((s, i) => ({ text: s, paragraph: paragraphs?.[i] ?? 0 })),
    lang,
    side,
    learnNames(text, lang),
  );
  return out.map((o) => o.speaker);
}

describe('attributeSpeakers on corpus sentences', () => {
  it('reads the Chinese-side readout of the Qin–Blinken call', () => {
    expect(
      speakers(
        [
          '国务委员兼外长秦刚应约同美国国务卿布林肯通电话。',
          '秦刚强调“美方应予尊重，停止干涉中国内政，停止以竞争为名损害中方主权、安全和发展利益”。',
        ],
        'zh',
        'cn',
        [0, 1],
      ),
    ).toEqual(['self', 'self']);
  });

  it('reads the White House readout in Chinese: the named US official is self, 双方 both', () => {
    expect(
      speakers(
        [
          '双方还讨论了全球和地区安全问题，包括中东地区的挑战、俄罗斯对乌克兰的战争以及海峡两岸问题。',
          '美国首席副国家安全顾问乔恩-费纳先生向刘建超强调了台湾海峡和南海和平与稳定的重要性。',
          '费纳先生和刘部长重申支持美国和中华人民共和国继续开展高层外交和互动。',
        ],
        'zh',
        'us',
        [0, 1, 2],
      ),
    ).toEqual(['both', 'self', 'both']);
  });

  it('tells the counterpart: what the Chinese-side readout reports the US side said', () => {
    expect(
      speakers(['美方表示，愿同中方保持沟通。', '王毅指出，美方应恪守一个中国原则。'], 'zh', 'cn'),
    ).toEqual(['counterpart', 'self']);
  });

  it('reads English subjects past time phrases and appositions', () => {
    expect(
      speakers(
        [
          'From the 8th to the 9th of this month, the 17th China–U.S. defense ministry working meeting was held in Washington.',
          'At the meeting the Chinese side stressed that it will never compromise on the Taiwan question.',
          'Wang Yi, Director of the Office of the Central Foreign Affairs Commission, said China is ready to work with the U.S.',
          'Mr. Finer and Minister Liu reaffirmed their support for continued high-level diplomacy.',
        ],
        'en',
        'cn',
        [0, 0, 1, 2],
      ),
    ).toEqual(['unstated', 'self', 'self', 'both']);
  });

  it('carries the speaker to a pronoun and to subjectless sentences after a statement', () => {
    expect(
      speakers(
        ['王毅表示，中美关系十分重要。', '双方同意加强沟通。', '他强调，台湾问题是中国核心利益中的核心。'],
        'zh',
        'cn',
      ),
    ).toEqual(['self', 'both', 'self']);
    expect(
      speakers(['王小洪表示，中方愿加强执法合作。', '中美关系健康、稳定发展符合两国利益。'], 'zh', 'cn'),
    ).toEqual(['self', 'self']);
  });

  it('reads "美方应……" as the speaker telling the other side what to do, not the other side speaking', () => {
    expect(speakers(['王毅指出，中美关系十分重要。', '美方应恪守一个中国原则。'], 'zh', 'cn')).toEqual([
      'self',
      'self',
    ]);
    expect(speakers(['应美方邀请，国务委员兼外长王毅访问美国。'], 'zh', 'cn')).toEqual(['self']);
  });

  it('does not carry a speaker who only met someone, nor across paragraphs', () => {
    expect(
      speakers(
        ['国务委员兼外长秦刚应约同美国国务卿布林肯通电话。', '年初以来，中美关系遭遇新的困难和挑战。'],
        'zh',
        'cn',
      ),
    ).toEqual(['self', 'unstated']);
    expect(
      speakers(['秦刚表示，责任是清楚的。', '年初以来，中美关系遭遇新的困难和挑战。'], 'zh', 'cn', [0, 1]),
    ).toEqual(['self', 'unstated']);
  });

  it('learns officials the text introduces with a nationality', () => {
    // 史密斯 is in no name list: the text's own "美国商务部长史密斯" tells whose he is.
    expect(speakers(['美国商务部长史密斯同王文涛通电话。', '史密斯表示，愿加强沟通。'], 'zh', 'cn')).toEqual([
      'both',
      'counterpart',
    ]);
    expect(
      speakers(
        [
          'The Secretary met PRC Vice Minister of Commerce Zhao Ming in Washington.',
          'Zhao said trade matters.',
        ],
        'en',
        'us',
      ),
    ).toEqual(['self', 'counterpart']);
  });

  it('gives a cue span that covers the subject and its verb', () => {
    const s = '此次会议上，中方强调，在台湾问题上绝不会丝毫妥协退让。';
    const [a] = attributeSpeakers([{ text: s, paragraph: 0 }], 'zh', 'cn');
    expect(a?.cue && s.slice(a.cue.start, a.cue.end)).toBe('中方强调');
  });
});

describe('inferSide', () => {
  it('reads the issuer from how the other side is named', () => {
    expect(inferSide('国务委员兼外长秦刚应约同美国国务卿布林肯通电话。', 'zh')).toBe('cn');
    expect(inferSide('Secretary Blinken met with PRC Director Wang Yi in Munich.', 'en')).toBe('us');
    expect(inferSide('双方讨论了经贸问题。', 'zh')).toBeNull();
  });
});

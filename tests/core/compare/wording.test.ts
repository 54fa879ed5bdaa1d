import { describe, expect, it } from 'vitest';
import { findAtmospherics } from '../../../src/core/compare/atmospherics';
import { findStrengthMarkers, strongestLevel } from '../../../src/core/compare/wording';

const words = (text: string, lang: 'zh' | 'en') =>
  findStrengthMarkers(text, lang).map((h) => `${h.word}:${h.level}`);

describe('findStrengthMarkers', () => {
  it('grades the Chinese reporting ladder on a corpus sentence', () => {
    const s =
      '中方强调，在台湾问题上绝不会丝毫妥协退让，要求美方恪守一个中国原则，切实将有关承诺落到实处，停止武装台湾，反对台湾“独立”。';
    expect(words(s, 'zh')).toEqual(['强调:strong', '绝不:strong', '要求:strong', '反对:strong']);
    expect(strongestLevel(findStrengthMarkers(s, 'zh'))).toBe('strong');
  });

  it('prefers the longer strong form (严重关切 over 关切, 交换了意见 as neutral)', () => {
    expect(words('中方表达严重关切', 'zh')).toEqual(['严重关切:strong']);
    expect(words('双方就国际问题交换了意见', 'zh')).toEqual(['交换了意见:neutral']);
  });

  it('grades English verbs: raised concerns and urged are strong, noted moderate, discussed neutral', () => {
    expect(words('The Secretary raised concerns and urged restraint.', 'en')).toEqual([
      'raised concerns:strong',
      'urged:strong',
    ]);
    expect(words('He noted progress.', 'en')).toEqual(['noted:moderate']);
    expect(words('The two sides discussed the current implementation.', 'en')).toEqual(['discussed:neutral']);
  });

  it('rates a sentence with no marker as neutral', () => {
    expect(strongestLevel(findStrengthMarkers('年初以来，中美关系遭遇新的困难和挑战。', 'zh'))).toBe(
      'neutral',
    );
  });
});

describe('findAtmospherics', () => {
  it('maps the Chinese adjectives for the talks to shared ids', () => {
    const hits = findAtmospherics('中国人民银行则用“专业、务实、坦诚和建设性的沟通”来形容这次会议', 'zh');
    expect(hits.map((h) => `${h.word}=${h.id}`)).toEqual([
      '专业=professional',
      '务实=pragmatic',
      '坦诚=candid',
      '建设性=constructive',
    ]);
  });

  it('reads English adjectives, adverbs and predicates', () => {
    const ids = (s: string) => findAtmospherics(s, 'en').map((h) => h.id);
    expect(ids('the two sides held candid and constructive discussions.')).toEqual([
      'candid',
      'constructive',
    ]);
    expect(
      ids('U.S. officials candidly raised areas where the two sides disagree during the talks.'),
    ).toEqual(['candid']);
    expect(ids('The talks were frank and in-depth.')).toEqual(['frank', 'in-depth']);
  });

  it('ignores the same words when they do not describe the talks', () => {
    expect(findAtmospherics('开展务实执法合作，为中美关系健康、稳定发展提供更多正能量', 'zh')).toEqual([]);
    expect(findAtmospherics('积极推动两国关系发展', 'zh')).toEqual([]);
    expect(findAtmospherics('a constructive role in the region', 'en')).toEqual([]);
  });

  it('gives offsets local to the sentence', () => {
    const s = '双方进行了深入、务实的沟通。';
    for (const h of findAtmospherics(s, 'zh')) expect(s.slice(h.start, h.end)).toBe(h.word);
  });
});

describe('findAtmospherics: candour adverbs', () => {
  it('reads 坦率地 as frank even before a verb that is not about talks', () => {
    // The Treasury readout as VOA rendered it (seed 004).
    expect(
      findAtmospherics('美国官员在对话中坦率地提出了双方存在分歧的领域。', 'zh').map((h) => h.id),
    ).toEqual(['frank']);
  });
});

import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { absenceReason, computeCoverage, expandTopics } from '../../../src/core/compare/coverage';
import type { CompareInput, TopicCoverage } from '../../../src/core/compare/types';
import { fakeLexicon } from './fake-lexicon';

const lexicon = fakeLexicon();
// The White House readout of the Finer–Liu meeting as RFI rendered it, and the IDCPC sentence 端传媒 quoted.
const US_ZH =
  '此次会晤是双方为保持开放的沟通渠道和负责任地管理竞争而持续努力的一部分。\n\n' +
  '双方讨论了目前落实那次峰会主要成果的情况，包括恢复军方之间的沟通以及合作打击非法毒品制造和贩运。\n\n' +
  '美国首席副国家安全顾问乔恩-费纳先生向刘建超强调了台湾海峡和南海和平与稳定的重要性。';
const CN_ZH = '双方认为，应继续共同努力，推动落实两国元首达成的重要共识和成果，并为此继续保持沟通交流合作';

function coverage(a: CompareInput, b: CompareInput): Map<string, TopicCoverage> {
  const c = compareReadouts(a, b, lexicon);
  return new Map(c.topics.map((t) => [t.id, t]));
}

describe('computeCoverage', () => {
  it('counts sentences and shares of each side, with status and first position', () => {
    const t = coverage({ text: CN_ZH, side: 'cn' }, { text: US_ZH, side: 'us' });
    const taiwan = t.get('taiwan');
    expect(taiwan?.counts).toEqual([0, 1]);
    expect(taiwan?.status).toBe('only-b');
    expect(taiwan?.firstPosition[0]).toBeNull();
    expect(taiwan?.firstPosition[1]).toBeGreaterThan(0.5);
    const third = US_ZH.split('\n\n')[2] as string;
    const total = US_ZH.replace(/\n/g, '').length;
    expect(taiwan?.shares[1]).toBeCloseTo(third.length / total, 5);
    expect(t.get('summit-implementation')?.status).toBe('both');
    expect(t.get('summit-implementation')?.counts).toEqual([1, 1]);
  });

  it('says "omitted" only for a full readout', () => {
    const full = coverage({ text: CN_ZH, side: 'cn', completeness: 'full' }, { text: US_ZH, side: 'us' });
    expect(full.get('south-china-sea')?.absence).toEqual(['omitted', null]);
  });

  it('says "not in the quoted excerpt" for an excerpt, never omitted', () => {
    const t = coverage({ text: CN_ZH, side: 'cn', completeness: 'excerpt' }, { text: US_ZH, side: 'us' });
    expect(t.get('south-china-sea')?.absence).toEqual(['not-in-excerpt', null]);
    expect(t.get('taiwan')?.absence).toEqual(['not-in-excerpt', null]);
  });

  it('says "readout missing" when a side has no text at all', () => {
    const t = coverage({ text: '', side: 'us', completeness: 'missing' }, { text: US_ZH, side: 'us' });
    for (const topic of t.values()) expect(topic.absence[0]).toBe('readout-missing');
    expect(
      absenceReason({
        lang: 'zh',
        completeness: 'missing',
        chars: 0,
        words: 0,
        sentences: [],
        atmospherics: [],
      }),
    ).toBe('readout-missing');
  });

  it('names the heavier side only past the tolerance, between full texts of three sentences or more', () => {
    const a = compareReadouts(
      {
        text: '双方讨论了台湾问题。双方讨论了南海问题。双方讨论了中东问题。双方讨论了乌克兰问题。',
        side: 'cn',
      },
      { text: '双方讨论了台湾问题和台海局势。双方讨论了经贸问题。双方讨论了金融问题。', side: 'us' },
      lexicon,
    );
    expect(a.comparable).toBe(true);
    expect(a.topics.find((x) => x.id === 'taiwan')?.heavier).toBe(1);
    const even = computeCoverage(a.sides[0], a.sides[0], lexicon);
    expect(even.every((x) => x.heavier === null)).toBe(true);
  });

  it('compares no shares when a text has fewer than three sentences or is an excerpt', () => {
    const cn = '双方讨论了台湾问题。双方讨论了南海问题。双方讨论了中东问题。双方讨论了乌克兰问题。';
    const short = compareReadouts(
      { text: cn, side: 'cn' },
      { text: '双方讨论了台湾问题和台海局势。', side: 'us' },
      lexicon,
    );
    expect(short.comparable).toBe(false);
    expect(short.topics.find((x) => x.id === 'taiwan')?.heavier).toBeNull();
    const excerpt = compareReadouts(
      { text: cn, side: 'cn' },
      {
        text: '双方讨论了台湾问题和台海局势。双方讨论了经贸问题。双方讨论了金融问题。',
        side: 'us',
        completeness: 'excerpt',
      },
      lexicon,
    );
    expect(excerpt.comparable).toBe(false);
    expect(excerpt.topics.every((x) => x.heavier === null)).toBe(true);
  });

  it('rolls a sub-topic up to its parent', () => {
    expect(expandTopics(['taiwan-arms'], lexicon)).toEqual(['taiwan-arms', 'taiwan']);
    const t = coverage(
      { text: '中方要求美方停止武装台湾。', side: 'cn' },
      { text: '双方讨论了经贸问题。', side: 'us' },
    );
    expect(t.get('taiwan-arms')?.counts).toEqual([1, 0]);
    expect(t.get('taiwan')?.counts).toEqual([1, 0]);
  });

  it('lists the sentence indices behind every count', () => {
    const t = coverage({ text: CN_ZH, side: 'cn' }, { text: US_ZH, side: 'us' });
    for (const topic of t.values()) {
      expect(topic.sentences?.[0]).toHaveLength(topic.counts[0]);
      expect(topic.sentences?.[1]).toHaveLength(topic.counts[1]);
    }
  });
});

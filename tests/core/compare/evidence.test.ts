import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { sureSide, wordingContrast } from '../../../src/core/compare/evidence';
import type { CompareInput, TopicCoverage } from '../../../src/core/compare/types';
import { fakeLexicon } from './fake-lexicon';

const lexicon = fakeLexicon();

function topics(a: CompareInput, b: CompareInput): Map<string, TopicCoverage> {
  return new Map(compareReadouts(a, b, lexicon).topics.map((t) => [t.id, t]));
}

const CN = '双方同意落实两国元首达成的共识。中方强调台湾问题是核心利益。双方讨论了南海局势。';

describe('topic evidence', () => {
  it('lists the sentences behind a one-sided claim and, with no looser hit, leaves it one-sided', () => {
    const t = topics(
      { text: CN, side: 'cn' },
      { text: 'The two sides discussed trade. They agreed to talk again.', side: 'us' },
    );
    const taiwan = t.get('taiwan');
    expect(taiwan?.status).toBe('only-a');
    expect(taiwan?.evidence.sentences).toEqual([[1], []]);
    expect(taiwan?.evidence.candidates).toEqual([[], []]);
    expect(sureSide(taiwan as TopicCoverage)).toBe(0);
  });

  it('calls a topic "possibly both" when the silent side has a sentence in the looser wording, with the cue', () => {
    const us =
      'Following the call between President Xi and President Biden, the two sides met. They discussed the Philippines.';
    const t = topics({ text: CN, side: 'cn' }, { text: us, side: 'us' });
    const summit = t.get('summit-implementation');
    expect(summit?.status).toBe('possibly-both');
    expect(summit?.counts).toEqual([1, 0]);
    expect(summit?.evidence.candidates).toEqual([[], [0]]);
    const cue = summit?.evidence.cues[1][0];
    expect(us.slice(cue?.start, cue?.end)).toBe('President Xi and President Biden');
    const scs = t.get('south-china-sea');
    expect(scs?.status).toBe('possibly-both');
    expect(scs?.evidence.candidates).toEqual([[], [1]]);
    expect(sureSide(scs as TopicCoverage)).toBe(0);
  });

  it('never calls a topic "possibly both" against a side with no readout', () => {
    const t = topics({ text: CN, side: 'cn' }, { text: '', side: 'us', completeness: 'missing' });
    for (const topic of t.values()) expect(topic.status).toBe('only-a');
  });

  it('a looser hit on a side that already mentions the topic is no candidate', () => {
    const t = topics(
      { text: CN, side: 'cn' },
      { text: 'Taiwan came up, and the island was named again.', side: 'us' },
    );
    const taiwan = t.get('taiwan');
    expect(taiwan?.status).toBe('both');
    expect(taiwan?.evidence.candidates).toEqual([[], []]);
  });
});

describe('wording contrast', () => {
  it('is given only when both sides have wording signals on the topic, with the words, strongest first', () => {
    const c = compareReadouts(
      { text: '中方强调台湾问题是核心利益。', side: 'cn' },
      { text: 'The two sides discussed Taiwan.', side: 'us' },
      lexicon,
    );
    const taiwan = c.topics.find((t) => t.id === 'taiwan');
    expect(taiwan?.wording?.words[0]).toContain('强调');
    expect(taiwan?.wording?.words[1]).toContain('discussed');
    expect(taiwan?.wording?.stronger).toBe(0);
  });

  it('is null when one side has no wording signal on the topic', () => {
    const c = compareReadouts(
      { text: '中方强调台湾问题是核心利益。', side: 'cn' },
      { text: 'Taiwan is important.', side: 'us' },
      lexicon,
    );
    expect(c.topics.find((t) => t.id === 'taiwan')?.wording).toBeNull();
    expect(wordingContrast(c.sides, [[0], [0]])).toBeNull();
  });
});

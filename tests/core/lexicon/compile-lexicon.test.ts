import { describe, expect, it } from 'vitest';
import { compileLexicon, topicIdsIn } from '../../../src/core/lexicon/compile-lexicon';
import type { LexiconData } from '../../../src/core/lexicon/lexicon-data';
import { LexiconError } from '../../../src/core/lexicon/lexicon-error';
import { parseLexicon } from '../../../src/core/lexicon/parse-lexicon';
import { LEXICON_PATH, readLexiconText } from './lexicon-helpers';

const data: LexiconData = {
  file: 'test.yaml',
  topics: [
    {
      id: 'taiwan',
      label: { en: 'Taiwan', zh: '台湾问题' },
      patterns: { zh: ['台湾', '台海'], en: ['Taiwan', 'Taiwan Strait'] },
      exclude: { zh: [], en: [] },
    },
    {
      id: 'taiwan-arms',
      label: { en: 'Arms to Taiwan', zh: '对台军售' },
      implies: ['taiwan'],
      patterns: { zh: ['售台武器'], en: ['arms sale*'] },
      exclude: { zh: [], en: [] },
    },
    {
      id: 'national-security',
      label: { en: 'National security', zh: '国家安全' },
      parent: 'taiwan',
      patterns: { zh: ['国家安全'], en: ['national security'] },
      exclude: { zh: ['国家安全事务助理'], en: ['National Security Advis*'] },
    },
  ],
};

describe('compileLexicon', () => {
  const lexicon = compileLexicon(data);

  it('exposes topic definitions by id, with parents', () => {
    expect(lexicon.topics.map((t) => t.id)).toEqual(['taiwan', 'taiwan-arms', 'national-security']);
    expect(lexicon.topicById.get('national-security')).toEqual({
      id: 'national-security',
      label: { en: 'National security', zh: '国家安全' },
      parent: 'taiwan',
    });
  });

  it('returns offsets into the given text, sorted by position', () => {
    const text = 'On national security and the Taiwan Strait.';
    expect(lexicon.matchTopics(text, 'en')).toEqual([
      { topicId: 'national-security', start: 3, end: 20 },
      { topicId: 'taiwan', start: 29, end: 42 },
    ]);
    expect(text.slice(29, 42)).toBe('Taiwan Strait');
  });

  it('drops a match that overlaps an exclude match', () => {
    expect(lexicon.matchTopics('National Security Advisor Sullivan', 'en')).toEqual([]);
    expect(lexicon.matchTopics('美国总统国家安全事务助理表示，维护国家安全', 'zh')).toEqual([
      { topicId: 'national-security', start: 17, end: 21 },
    ]);
  });

  it('still finds a shorter match that a dropped longer one hid at the same place', () => {
    const channels = compileLexicon({
      file: 'test.yaml',
      topics: [
        {
          id: 'communication-channels',
          label: { en: 'Lines of communication', zh: '沟通渠道' },
          patterns: {
            zh: ['保持沟通', '保持...对话'],
            en: ['lines of communication', 'maintain* ... lines'],
          },
          exclude: { zh: ['两军对话'], en: ['communication between the two militaries'] },
        },
      ],
    });
    // 保持…对话 runs to 两军对话 and is dropped; 保持沟通, outside the exclude, is a channel of its own.
    expect(channels.matchTopics('双方同意保持沟通，加强两军对话。', 'zh')).toEqual([
      { topicId: 'communication-channels', start: 4, end: 8 },
    ]);
    expect(channels.matchTopics('双方同意加强两军对话。', 'zh')).toEqual([]);
    expect(
      channels.matchTopics(
        'They agreed to maintain open lines of communication between the two militaries.',
        'en',
      ),
    ).toEqual([{ topicId: 'communication-channels', start: 15, end: 34 }]); // "maintain open lines"
  });

  it('applies excludes paragraph by paragraph in a long text', () => {
    const text = [
      'They discussed Taiwan.',
      'National Security Advisor Sullivan attended.',
      'Both stressed national security.',
    ].join('\n\n');
    const found = lexicon.matchTopics(text, 'en').filter((m) => m.topicId === 'national-security');
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['national security']);
    expect(found[0]?.start).toBe(text.lastIndexOf('national security'));
  });

  it('adds implied topics at the same span', () => {
    expect(lexicon.matchTopics('停止售台武器', 'zh')).toEqual([
      { topicId: 'taiwan', start: 2, end: 6 },
      { topicId: 'taiwan-arms', start: 2, end: 6 },
    ]);
  });

  it('matches each language with its own patterns', () => {
    expect(lexicon.matchTopics('Taiwan', 'zh')).toEqual([]);
    expect(topicIdsIn(lexicon, '台海和平', 'zh')).toEqual(['taiwan']);
  });

  it('returns nothing for an empty text', () => {
    expect(lexicon.matchTopics('', 'en')).toEqual([]);
  });

  it('is stateless across calls (global regexes are reset)', () => {
    const text = 'Taiwan and Taiwan';
    expect(lexicon.matchTopics(text, 'en')).toHaveLength(2);
    expect(lexicon.matchTopics(text, 'en')).toHaveLength(2);
  });

  it('throws a LexiconError naming the field for unvalidated bad data', () => {
    const bad: LexiconData = {
      file: 'user.yaml',
      topics: [
        { ...data.topics[0], patterns: { zh: ['台湾'], en: ['/(x/'] } } as LexiconData['topics'][number],
      ],
    };
    expect(() => compileLexicon(bad)).toThrow(LexiconError);
    expect(() => compileLexicon(bad)).toThrow(
      /^user\.yaml: topics\[0\]\.patterns\.en\[0\]: invalid regular expression/,
    );
  });

  it('compiles the shipped lexicon after a JSON round trip (what the browser receives)', () => {
    const parsed = parseLexicon(readLexiconText(), LEXICON_PATH);
    const fromJson = compileLexicon(JSON.parse(JSON.stringify(parsed)) as LexiconData);
    expect(topicIdsIn(fromJson, 'Both sides discussed the Taiwan Strait.', 'en')).toEqual(['taiwan']);
  });
});

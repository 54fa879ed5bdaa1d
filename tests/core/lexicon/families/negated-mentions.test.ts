import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { shippedLexicon, tags } from '../lexicon-helpers';

/*
 * A report that a topic was not mentioned tags nothing (round 6 exclude of every topic).
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('negated mentions: wording that must not tag the topic', () => {
  it.each<Case>([
    // round 5
    ['声明并未提及台湾问题。', 'zh', 'taiwan'],
    ['The statement made no mention of Taiwan.', 'en', 'taiwan'],
    // round 6
    ['美方新闻稿只字未提南海问题。', 'zh', 'south-china-sea'],
    ['声明没有提到出口管制。', 'zh', 'export-controls'],
    ['声明未提及朝鲜问题。', 'zh', 'dprk'],
    ['The statement did not mention export controls.', 'en', 'export-controls'],
    ['The readout made no mention of the South China Sea.', 'en', 'south-china-sea'],
    // round 7
    ['声明并未提及美国商务部工业与安全局上周宣布的针对中国企业的出口管制新规。', 'zh', 'export-controls'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('negated-mention exclude (round 6)', () => {
  it('is an exclude of every topic in both languages (a report that X was not mentioned tags nothing)', () => {
    const text = '声明并未提及台湾问题和出口管制。';
    expect(tags(text, 'zh')).toEqual([]);
    expect(tags('The statement did not mention Taiwan or fentanyl.', 'en')).toEqual([]);
    expect(shippedLexicon().topics.length).toBeGreaterThan(30);
  });

  it('stops at a comma, so a topic raised after the negated one is still found', () => {
    expect(tags('声明未提及朝鲜问题，但双方讨论了南海问题。', 'zh')).toContain('south-china-sea');
    expect(tags('The statement did not mention Iran, but the leaders discussed Taiwan.', 'en')).toContain(
      'taiwan',
    );
  });
});

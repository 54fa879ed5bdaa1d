import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { shippedLexicon, tags } from '../lexicon-helpers';

/*
 * Taiwan and arms to Taiwan, including whole-phrase highlights.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('taiwan: wording that tags the topic', () => {
  it.each<Case>([
    // round 3
    ['解放军战机近日绕台飞行。', 'zh', 'taiwan'],
    // round 4
    ['美方称将帮助台湾提升自我防卫能力。', 'zh', 'taiwan-arms'],
    ["The United States will support Taiwan's ability to defend itself.", 'en', 'taiwan-arms'],
    // round 5
    ['两岸同胞希望台湾海峡保持和平。', 'zh', 'taiwan'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('taiwan: highlights cover the whole phrase (round 5)', () => {
  it('matches 台湾海峡 as one span, not only 台湾', () => {
    const spans = shippedLexicon()
      .matchTopics('美方重申台湾海峡和平稳定的重要性。', 'zh')
      .filter((m) => m.topicId === 'taiwan');
    expect(spans.map((m) => m.end - m.start)).toEqual([4]);
  });

  it('matches "Taiwan Strait" as one span in English', () => {
    const text = 'Peace across the Taiwan Strait matters.';
    const spans = shippedLexicon()
      .matchTopics(text, 'en')
      .filter((m) => m.topicId === 'taiwan')
      .map((m) => text.slice(m.start, m.end));
    expect(spans).toContain('Taiwan Strait');
  });
});

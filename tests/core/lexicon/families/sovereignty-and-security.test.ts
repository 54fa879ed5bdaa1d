import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Sovereignty and internal affairs, core interests, national security.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('sovereignty and security: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['仙宾礁是中国固有领土。', 'zh', 'internal-affairs'],
    ['He said the Hong Kong question is an internal matter for China.', 'en', 'internal-affairs'],
    // round 3
    ['美方无权对中国内部事务指手画脚。', 'zh', 'internal-affairs'],
    // round 8 (real wording)
    ['中方坚决维护国家主权和领土完整。', 'zh', 'internal-affairs'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('sovereignty and security: wording that must not tag the topic', () => {
  it.each<Case>([
    // round 3
    ['他借所谓人权问题说三道四。', 'zh', 'internal-affairs'],
    // round 6
    ['两国社会制度不同，但可以和平共处。', 'zh', 'internal-affairs'],
    // round 8 (real wording)
    [
      "The ships were accused of interfering with other states' exercise of navigational rights.",
      'en',
      'internal-affairs',
    ],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

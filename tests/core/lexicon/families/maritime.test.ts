import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * South China Sea and navigation / operational safety; the Philippines as an ally is allies only.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('maritime: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['The Navy will sail and fly wherever international law permits.', 'en', 'fon-operational-safety'],
    ['Wang said Manila must stop its provocations at Xianbin Jiao.', 'en', 'south-china-sea'],
    // round 3
    ['美方应要求其飞机以安全、专业的方式飞行。', 'zh', 'fon-operational-safety'],
    ['美舰过航台湾海峡。', 'zh', 'fon-operational-safety'],
    ['The destroyer transited the Taiwan Strait on Tuesday.', 'en', 'fon-operational-safety'],
    [
      'He called for professional conduct by ships operating in close proximity.',
      'en',
      'fon-operational-safety',
    ],
    // round 5
    ['China Coast Guard vessels blocked a Philippine resupply mission.', 'en', 'south-china-sea'],
    // round 7
    ["He objected to the PLA's dangerous maneuvers toward the Philippines.", 'en', 'south-china-sea'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('maritime: wording that must not tag the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['美方重申对菲律宾的同盟承诺。', 'zh', 'south-china-sea'],
    ['He reaffirmed the alliance with the Philippines.', 'en', 'south-china-sea'],
    // round 4
    ['The United States values the U.S.-Japan-Philippines trilateral partnership.', 'en', 'south-china-sea'],
    // round 5
    [
      'He reaffirmed U.S. commitments to allies such as Australia and the Philippines.',
      'en',
      'south-china-sea',
    ],
    ['Japan, Australia and the Philippines joined the exercise.', 'en', 'south-china-sea'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('dangerous moves, round 9 (real readouts)', () => {
  it.each<Case>([['中方要求美方避免采取可能激化局势的危险举动。', 'zh', 'fon-operational-safety']])(
    'tags %s (%s) with %s',
    (text, lang, topic) => {
      expect(tags(text, lang)).toContain(topic);
    },
  );
  it.each<Case>([['双方同意管控海上风险。', 'zh', 'fon-operational-safety']])(
    'does not tag %s (%s) with %s',
    (text, lang, topic) => {
      expect(tags(text, lang)).not.toContain(topic);
    },
  );
});

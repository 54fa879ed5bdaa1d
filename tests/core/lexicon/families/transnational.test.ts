import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Counternarcotics, law enforcement, climate, surveillance incidents.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('transnational: wording that tags the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['双方讨论了赛拉嗪等物质的列管问题。', 'zh', 'counternarcotics'],
    ['双方同意加强情报交流。', 'zh', 'law-enforcement'],
    ['这有利于全球能源绿色转型。', 'zh', 'climate'],
    ['Beijing pledged to schedule more nitazenes.', 'en', 'counternarcotics'],
    ['The envoys discussed a faster phase-down of fossil fuels.', 'en', 'climate'],
    // round 3
    ['双方同意及时通报重大案件线索。', 'zh', 'law-enforcement'],
    ['美方关切针对关键基础设施的网络入侵。', 'zh', 'surveillance-incidents'],
    ['The two sides agreed to share information on priority cases.', 'en', 'law-enforcement'],
    // round 6
    [
      'Treasury and Beijing discussed disrupting the laundering of fentanyl proceeds.',
      'en',
      'law-enforcement',
    ],
    ['Chinese money-laundering networks move cartel cash.', 'en', 'law-enforcement'],
    // round 7
    ['美方关闭了一处所谓海外警务站。', 'zh', 'surveillance-incidents'],
    ['The report details secret police stations in New York.', 'en', 'surveillance-incidents'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('transnational: wording that must not tag the topic', () => {
  it.each<Case>([
    // 2026-11-22 round
    ['He said the business climate in China keeps improving.', 'en', 'climate'],
    // round 3
    ['The working group exchanged information on drug shipments.', 'en', 'law-enforcement'],
    // round 4
    ['The Secretary urged the swift removal of the export controls.', 'en', 'law-enforcement'],
    // round 6
    ['美方无端遣返中国留学生。', 'zh', 'law-enforcement'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

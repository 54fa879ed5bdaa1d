import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/model';
import { tags } from '../lexicon-helpers';

/*
 * Allies, Russia and Ukraine, the Middle East, the Red Sea, the Korean Peninsula, international and regional issues.
 * Wording in no labelled file and no real readout; texts are already normalised (Simplified script, ASCII
 * quotes). Each row: text, language, topic. Rows are grouped by the lexicon round that added them.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

describe('regional and global: wording that tags the topic', () => {
  it.each<Case>([
    // round 3
    ['The United States will stand with its Philippine allies.', 'en', 'allies'],
    // round 5
    ['双方同意在公共卫生、粮食安全等领域开展合作。', 'zh', 'intl-regional-issues'],
    // round 6
    ['双方就地区和全球热点问题交换了意见。', 'zh', 'intl-regional-issues'],
    ['双方讨论了委内瑞拉局势。', 'zh', 'intl-regional-issues'],
    ['Both sides exchanged views on Venezuela.', 'en', 'intl-regional-issues'],
    // round 7
    ['双方表示将共同维护以世贸组织为核心的多边贸易体制。', 'zh', 'intl-regional-issues'],
    ['Both sides pledged to defend the multilateral trading system.', 'en', 'intl-regional-issues'],
    ['Beijing denies supplying lethal aid to Russia.', 'en', 'ukraine'],
    // round 8 (real wording)
    ["They discussed the Democratic People's Republic of Korea's ballistic missile launches.", 'en', 'dprk'],
    ['The United States stands with its ally the Republic of Korea.', 'en', 'allies'],
    [
      'Cheaper vaccines would help developing and developed countries alike, the ministers said.',
      'en',
      'intl-regional-issues',
    ],
    ['The envoys hope to forge an international consensus on ocean plastics.', 'en', 'intl-regional-issues'],
    ['双方同意以负责任的态度加强国际协调。', 'zh', 'intl-regional-issues'],
  ])('%s (%s) → %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
});

describe('regional and global: wording that must not tag the topic', () => {
  it.each<Case>([
    // round 5
    ['芬太尼问题是美国自身的公共卫生问题。', 'zh', 'intl-regional-issues'],
    // round 6
    ['这种做法有损地区和平稳定。', 'zh', 'intl-regional-issues'],
    ['Such steps threaten regional peace and stability.', 'en', 'intl-regional-issues'],
  ])('%s (%s) does not tag %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

describe('the international order; regional peace alone, round 9 (real readouts)', () => {
  it.each<Case>([
    ['He urged Beijing to abide by international laws, rules, and norms.', 'en', 'intl-regional-issues'],
    ['双方就国际和地区问题交换了意见。', 'zh', 'intl-regional-issues'],
  ])('tags %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).toContain(topic);
  });
  it.each<Case>([
    [
      'The admiral urged compliance with international laws and norms to keep pilots safe.',
      'en',
      'intl-regional-issues',
    ],
    ['中方敦促美方停止在海上的挑衅，为地区和平稳定发挥建设性作用。', 'zh', 'intl-regional-issues'],
  ])('does not tag %s (%s) with %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
  });
});

import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../../src/core/compare/compare-readouts';
import { parseLexicon } from '../../../../src/core/lexicon/parse-lexicon';
import type { Lang } from '../../../../src/core/model';
import { LEXICON_PATH, readLexiconText, shippedLexicon, tags } from '../lexicon-helpers';

/*
 * The `related` field (round 8): looser wording of a topic that never tags a sentence. When one side mentions a
 * topic and the other has no mention, the engine searches the silent side with it; a hit turns "only X mentions
 * it" into "possibly both", with the candidate shown for the reader to settle. It must find near-misses, stay
 * quiet on unrelated text (or every claim becomes "possibly both"), and respect the topic's excludes (titles,
 * venues, third parties). Wording in no labelled file and no real readout; texts are already normalised.
 */

type Case = readonly [text: string, lang: Lang, topic: string];

const relatedIds = (text: string, lang: Lang) =>
  new Set(
    shippedLexicon()
      .matchRelated(text, lang)
      .map((m) => m.topicId),
  );

describe('related: a near-miss the strict patterns do not tag gets a candidate', () => {
  it.each<Case>([
    ['The two presidents agreed last year to restart the dialogue.', 'en', 'summit-implementation'],
    ['两国元首同意重启对话。', 'zh', 'summit-implementation'],
    ['The Financial Working Group held its fourth session in Washington.', 'en', 'communication-channels'],
    ['China is not seeking a new Cold War.', 'en', 'guiding-principles'],
    ['台湾问题是中美关系中最重要、最敏感的问题。', 'zh', 'core-interests'],
    ['Beijing warned against separatist activities on the island.', 'en', 'taiwan'],
    ['Coast guard vessels used water cannons near a disputed shoal.', 'en', 'south-china-sea'],
    ['The Pentagon said it wants more predictable contact.', 'en', 'mil-mil-communication'],
    ['They discussed the war in Europe.', 'en', 'ukraine'],
    ['They called for a ceasefire and the release of all hostages.', 'en', 'middle-east'],
    ['双方讨论了美方的限制措施。', 'zh', 'export-controls'],
  ])('%s (%s) → candidate for %s', (text, lang, topic) => {
    expect(tags(text, lang)).not.toContain(topic);
    expect(relatedIds(text, lang)).toContain(topic);
  });
});

describe('related: unrelated text gets no candidate', () => {
  it.each([
    ['The meeting lasted two hours.', 'en'],
    ['Secretary of the Treasury met with the Vice Premier in Washington.', 'en'],
    ['会见在人民大会堂举行。', 'zh'],
  ] as const)('%s (%s)', (text, lang) => {
    expect([...relatedIds(text, lang)]).toEqual([]);
  });

  it('does not take a title or an agency in a delegation list for a topic', () => {
    const text =
      'The Senior Director for Technology and National Security led a delegation with officials from the Department of Commerce.';
    expect(relatedIds(text, 'en')).not.toContain('export-controls');
    expect(relatedIds(text, 'en')).not.toContain('national-security');
  });
});

describe("related: the topic's excludes apply to candidates too", () => {
  it('escalation of a third-party war is no candidate for avoiding miscalculation', () => {
    expect(relatedIds('Both sides said conflict would serve no one.', 'en')).toContain(
      'avoid-miscalculation',
    );
    expect(relatedIds('They urged efforts to prevent escalation of the conflict.', 'en')).not.toContain(
      'avoid-miscalculation',
    );
  });

  it('hostages of a war are no candidate for detained citizens', () => {
    const text = 'They called for a ceasefire and the release of all hostages.';
    expect(relatedIds(text, 'en')).not.toContain('detained-citizens');
    expect(relatedIds('双方呼吁立即停火，释放全部人质。', 'zh')).not.toContain('detained-citizens');
  });

  it('a negated mention is no candidate', () => {
    expect(relatedIds('They praised the Busan package.', 'en')).toContain('summit-implementation');
    expect(relatedIds('The statement did not mention the Busan package.', 'en')).not.toContain(
      'summit-implementation',
    );
  });
});

describe('related: every topic declares looser wording in both languages', () => {
  it('has related patterns for each topic, zh and en', () => {
    const data = parseLexicon(readLexiconText(), LEXICON_PATH);
    const missing = data.topics
      .filter((t) => (t.related?.zh.length ?? 0) === 0 || (t.related?.en.length ?? 0) === 0)
      .map((t) => t.id);
    expect(missing).toEqual([]);
  });
});

describe('related: what the reader sees', () => {
  const cn = { text: '双方同意落实两国元首会晤达成的重要共识。', lang: 'zh', completeness: 'full' } as const;

  it('turns a one-sided claim into "possibly both" with the candidate sentence', () => {
    const us = {
      text: 'The Secretary met the Vice Premier. The two presidents agreed last year to restart the dialogue.',
      lang: 'en',
      completeness: 'full',
    } as const;
    const topic = compareReadouts(cn, us, shippedLexicon()).topics.find(
      (t) => t.id === 'summit-implementation',
    );
    expect(topic?.status).toBe('possibly-both');
    expect(topic?.evidence.candidates[1]).toEqual([1]);
  });

  it('leaves the claim one-sided when the silent side has nothing near it', () => {
    const us = {
      text: 'The Secretary met the Vice Premier. They discussed soybean purchases.',
      lang: 'en',
      completeness: 'full',
    } as const;
    const topic = compareReadouts(cn, us, shippedLexicon()).topics.find(
      (t) => t.id === 'summit-implementation',
    );
    expect(topic?.status).toBe('only-a');
    expect(topic?.evidence.candidates[1]).toEqual([]);
  });
});

describe("related, round 10: narrower wording on long leaders' readouts (tuned on all 15 real pairs)", () => {
  it.each<Case>([
    ['The two presidents had agreed in November to reopen the channel.', 'en', 'summit-implementation'],
    ['They hope ties will improve.', 'en', 'stabilize-relations'],
    ['He raised the rule of law in Hong Kong.', 'en', 'human-rights'],
    ['Competition must not veer into a new Cold War.', 'en', 'guiding-principles'],
  ])('%s (%s) → still a candidate for %s', (text, lang, topic) => {
    expect(relatedIds(text, lang)).toContain(topic);
  });
  it.each<Case>([
    // the leaders' agreement at the meeting itself, not a recalled one
    [
      'President Biden and President Xi agreed that their ministers would talk next week.',
      'en',
      'summit-implementation',
    ],
    ['The world wants global macroeconomic stability.', 'en', 'stabilize-relations'],
    ['The program will improve the lives of workers.', 'en', 'stabilize-relations'],
    ['He stressed the rule of law and freedom of navigation at sea.', 'en', 'human-rights'],
    ['实现中华民族伟大复兴。', 'zh', 'human-rights'],
    ['The leaders set out their priorities and intentions across many issues.', 'en', 'correct-perception'],
    ['Competition must not veer into a new Cold War.', 'en', 'correct-perception'],
    [
      'The leaders stressed preventing conflict and cooperating where interests align.',
      'en',
      'avoid-miscalculation',
    ],
    ['The Israel-Hamas conflict was discussed at length.', 'en', 'avoid-miscalculation'],
  ])('%s (%s) is no candidate for %s', (text, lang, topic) => {
    expect(relatedIds(text, lang)).not.toContain(topic);
  });
});

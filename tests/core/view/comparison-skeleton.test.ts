import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { anchorNotes } from '../../../src/core/notes/anchor';
import { correctionNote } from '../../../src/core/notes/corrections';
import {
  comparisonOfSkeleton,
  skeletonOf,
  topicsOnlyLexicon,
} from '../../../src/core/view/comparison-skeleton';
import { entryCorrections, judgedEntry } from '../../../src/core/view/entry-corrections';
import { meetingEntry } from '../../../src/core/view/meeting-index';
import { meeting, readout } from './fixtures';
import { CN_TEXT, lexicon, trustComparison, US_TEXT } from './trust-fixtures';

const essentials = (c: ReturnType<typeof trustComparison>) =>
  c.topics.map(({ id, status, counts, shares, absence, evidence, checked }) => ({
    id,
    status,
    counts,
    shares,
    absence,
    evidence,
    checked,
  }));

describe('the comparison skeleton', () => {
  it('gives back every topic’s status, counts, shares and evidence without the texts', () => {
    const comparison = trustComparison();
    const skeleton = skeletonOf(comparison, ['cn-zh', 'us-en']);
    const again = comparisonOfSkeleton(skeleton, topicsOnlyLexicon(lexicon.topics));
    expect(essentials(again)).toEqual(essentials(comparison));
    expect(again.comparable).toBe(true);
  });

  it('keeps the text of the quoted sentences only', () => {
    const skeleton = skeletonOf(trustComparison(), ['cn-zh', 'us-en']);
    const texts = skeleton.sides.map((s) => s.sentences.map((x) => x.text ?? null));
    // Sentence 2 of each side is about shared topics only (Taiwan, trade): no claim quotes it.
    expect(texts[0]).toEqual([
      '双方同意落实两国元首达成的重要共识。',
      '中方强调，台湾问题是核心利益。',
      null,
    ]);
    expect(texts[1]?.[2]).toBeNull();
  });
});

describe('entry corrections', () => {
  const trust = meeting({
    id: '2024-02-01-trust',
    readouts: [
      readout({ id: 'cn-zh', side: 'cn', lang: 'zh', text: CN_TEXT }),
      readout({ id: 'us-en', side: 'us', lang: 'en', text: US_TEXT }),
    ],
  });
  const entry = meetingEntry(trust, lexicon, compareReadouts);
  const note = (
    readoutId: 'cn-zh' | 'us-en',
    sentence: number,
    topicId: string,
    verdict: 'present' | 'absent',
  ) => {
    const side = readoutId === 'cn-zh' ? 0 : 1;
    const s = entry.compared?.sides[side].sentences[sentence];
    const text = readoutId === 'cn-zh' ? CN_TEXT : US_TEXT;
    if (!s) throw new Error('sentence');
    return correctionNote({
      id: `n-${readoutId}-${sentence}-${topicId}`,
      meetingId: trust.id,
      now: new Date('2024-03-01T00:00:00Z'),
      readout: { id: readoutId, side: side === 0 ? 'cn' : 'us', text },
      sentence: { start: s.start, end: s.end },
      topicId,
      verdict,
    });
  };

  it('places corrections anchored in the texts on the skeleton’s sentences and applies them', () => {
    const anchored = anchorNotes([note('cn-zh', 1, 'core-interests', 'absent')], trust.readouts);
    const placed = entryCorrections(entry, anchored, lexicon);
    expect(
      placed.map(({ side, sentence, topicId, verdict }) => ({ side, sentence, topicId, verdict })),
    ).toEqual([{ side: 0, sentence: 1, topicId: 'core-interests', verdict: 'absent' }]);
    const judged = judgedEntry(entry, placed, lexicon, [CN_TEXT, US_TEXT]);
    expect(judged.sides.cn.topicIds).not.toContain('core-interests');
    expect(judged.compared?.sides[0].sentences[1]?.verdicts).toEqual({ 'core-interests': 'absent' });
  });

  it('quotes, from the texts, a sentence that a correction makes evidence', () => {
    // Taking trade off the Chinese sentence 2 makes US sentence 2 the evidence of a US-only topic: its text,
    // which the index did not carry, comes from the readout.
    const placed = [
      { side: 0 as const, sentence: 2, topicId: 'trade-commercial', verdict: 'absent' as const },
    ];
    const without = judgedEntry(entry, placed, lexicon);
    expect(without.compared?.sides[1].sentences[2]?.text).toBeUndefined();
    const withTexts = judgedEntry(entry, placed, lexicon, [CN_TEXT, US_TEXT]);
    expect(withTexts.compared?.sides[1].sentences[2]?.text).toBe('They discussed trade and Taiwan.');
  });

  it('ignores corrections on another text of the meeting', () => {
    const other = { ...note('us-en', 1, 'counternarcotics', 'absent') };
    other.targets = [{ ...other.targets[0], readoutId: 'us-zh' }];
    const anchored = anchorNotes([other], [...trust.readouts, { id: 'us-zh', text: US_TEXT }]);
    expect(entryCorrections(entry, anchored, lexicon)).toEqual([]);
  });
});

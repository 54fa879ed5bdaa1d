import { describe, expect, it } from 'vitest';
import { parseLabelledSentences } from '../../../scripts/eval-topics-data';
import { exportLabelled, labelledSentences, READER_STYLE } from '../../../src/core/notes/export-labelled';
import {
  correction,
  correctionsMeeting,
  engineComparison,
  judgedComparison,
  lexicon,
  readerCorrections,
} from './corrections-fixture';
import { finerNotes } from './notes-fixture';

const now = new Date('2026-01-07T08:00:00.000Z');
const known = new Set(lexicon.topics.map((t) => t.id));
const meeting = correctionsMeeting;

describe('labelled examples from the reader’s corrections', () => {
  it('gives one example per corrected sentence, with its topics after the reader’s verdicts', () => {
    const items = labelledSentences({ meeting, notes: readerCorrections(), comparison: engineComparison });
    expect(items).toEqual([
      {
        id: `reader-${meeting.id}-cn-mfa-zh-s2`,
        lang: 'zh',
        style: READER_STYLE,
        text: '中方强调台湾问题是核心利益。',
        // The tagger's taiwan stays; the reader took core-interests away.
        topics: ['taiwan'],
      },
      {
        id: `reader-${meeting.id}-us-state-en-s1`,
        lang: 'en',
        style: READER_STYLE,
        text: 'Following the call between President Xi and President Biden, the two sides met.',
        topics: ['summit-implementation'],
      },
    ]);
  });

  it('is the same whether the comparison shown already has the verdicts applied or not', () => {
    const notes = readerCorrections();
    expect(labelledSentences({ meeting, notes, comparison: judgedComparison(notes) })).toEqual(
      labelledSentences({ meeting, notes, comparison: engineComparison }),
    );
  });

  it('lets a later verdict on the same sentence and topic win, and merges topics of one sentence', () => {
    const notes = [
      correction('c-1', 1, 2, 'taiwan', 'present', '2026-01-06T09:00:00.000Z'),
      correction('c-2', 1, 2, 'sanctions', 'present', '2026-01-06T09:01:00.000Z'),
      correction('c-3', 1, 2, 'taiwan', 'absent', '2026-01-06T09:02:00.000Z'),
      correction('c-4', 1, 2, 'trade-commercial', 'absent', '2026-01-06T09:03:00.000Z'),
    ];
    const [only, ...rest] = labelledSentences({ meeting, notes, comparison: engineComparison });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ text: 'They discussed trade.', topics: ['sanctions'] });
  });

  it('leaves out comments, other meetings’ corrections and corrections on texts not shown', () => {
    const elsewhere = { ...correction('c-x', 0, 0, 'taiwan', 'present'), meetingId: 'another-meeting' };
    const otherText = correction('c-y', 1, 0, 'taiwan', 'present');
    otherText.targets[0].readoutId = 'us-state-zh';
    const notes = [...finerNotes(), elsewhere, otherText];
    expect(labelledSentences({ meeting, notes, comparison: engineComparison })).toEqual([]);
  });

  it('downloads JSON Lines that the project’s own loader reads back as the same examples', () => {
    const file = exportLabelled(
      { meeting, notes: readerCorrections(), comparison: engineComparison },
      { now },
    );
    expect(file.fileName).toBe(`reader-labelled-${meeting.id}-20260107.jsonl`);
    expect(file.count).toBe(2);
    const lines = file.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    // Spaced like the fixture files, so lines can be pasted into them.
    expect(lines[0]).toBe(
      `{"id": "reader-${meeting.id}-cn-mfa-zh-s2", "lang": "zh", "style": "reader-correction", "text": "中方强调台湾问题是核心利益。", "topics": ["taiwan"]}`,
    );
    const parsed = parseLabelledSentences(file.text, file.fileName, known);
    expect(parsed).toEqual(
      labelledSentences({ meeting, notes: readerCorrections(), comparison: engineComparison }),
    );
  });

  it('escapes quotes and line breaks in a sentence, and the loader still reads it', () => {
    const tricky = { ...engineComparison, sides: [...engineComparison.sides] } as typeof engineComparison;
    const side = tricky.sides[1];
    tricky.sides[1] = {
      ...side,
      sentences: side.sentences.map((s) => (s.index === 0 ? { ...s, text: 'He said "no"\nand left.' } : s)),
    };
    const file = exportLabelled({ meeting, notes: readerCorrections(), comparison: tricky }, { now });
    expect(file.text.split('\n').filter(Boolean)).toHaveLength(2);
    expect(parseLabelledSentences(file.text, 'x.jsonl', known)[1]?.text).toBe('He said "no"\nand left.');
  });

  it('is refused by the loader when a topic is unknown to the lexicon (the loader checks, it does not trust)', () => {
    const notes = [correction('c-z', 1, 2, 'not-a-topic', 'present')];
    const file = exportLabelled({ meeting, notes, comparison: engineComparison }, { now });
    expect(() => parseLabelledSentences(file.text, 'x.jsonl', known)).toThrow(
      'x.jsonl:1: unknown topic ids not-a-topic',
    );
  });
});

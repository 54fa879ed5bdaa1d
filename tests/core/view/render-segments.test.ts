import { describe, expect, it } from 'vitest';
import type { AnalyzedSentence } from '../../../src/core/compare/types';
import { type Decoration, renderSegments, sentenceDecorations } from '../../../src/core/view/render-segments';

const text = '秦刚强调，美方应停止干涉中国内政。';

describe('renderSegments', () => {
  it('tiles the range exactly, so the segment texts join to the raw slice', () => {
    const decorations: Decoration[] = [
      { kind: 'marker', start: 2, end: 4, level: 'strong', word: '强调' },
      { kind: 'topic', start: 11, end: 16, topicId: 'internal-affairs' },
    ];
    const segments = renderSegments(text, { start: 0, end: text.length }, decorations);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 4],
      [4, 11],
      [11, 16],
      [16, 17],
    ]);
    expect(segments[1]?.marker).toEqual({ level: 'strong', word: '强调' });
    expect(segments[3]?.topicIds).toEqual(['internal-affairs']);
    expect(segments[0]?.topicIds).toEqual([]);
  });

  it('splits overlapping decorations so each segment carries all that cover it', () => {
    const decorations: Decoration[] = [
      { kind: 'topic', start: 0, end: 6, topicId: 'a' },
      { kind: 'note', start: 4, end: 10, noteId: 'n1' },
      { kind: 'diff', start: 5, end: 8, op: 'delete' },
    ];
    const segments = renderSegments(text, { start: 0, end: 10 }, decorations);
    expect(segments.map((s) => [s.start, s.end, s.topicIds.join(), s.noteIds.join(), s.diff])).toEqual([
      [0, 4, 'a', '', null],
      [4, 5, 'a', 'n1', null],
      [5, 6, 'a', 'n1', 'delete'],
      [6, 8, '', 'n1', 'delete'],
      [8, 10, '', 'n1', null],
    ]);
  });

  it('clips decorations to the range and ignores those outside it', () => {
    const decorations: Decoration[] = [
      { kind: 'cue', start: 0, end: 4 },
      { kind: 'topic', start: 15, end: 20, topicId: 'x' },
    ];
    const segments = renderSegments(text, { start: 2, end: 8 }, decorations);
    expect(segments.map((s) => [s.start, s.end, s.cue])).toEqual([
      [2, 4, true],
      [4, 8, false],
    ]);
  });

  it('keeps the strongest of overlapping markers', () => {
    const decorations: Decoration[] = [
      { kind: 'marker', start: 0, end: 4, level: 'moderate', word: '表示' },
      { kind: 'marker', start: 0, end: 4, level: 'strong', word: '强调' },
    ];
    expect(renderSegments(text, { start: 0, end: 4 }, decorations)[0]?.marker?.level).toBe('strong');
  });

  it('returns nothing for an empty range', () => {
    expect(renderSegments(text, { start: 3, end: 3 }, [])).toEqual([]);
  });
});

describe('sentenceDecorations', () => {
  it('turns topics, markers and the speaker cue of a sentence into decorations', () => {
    const sentence: AnalyzedSentence = {
      index: 0,
      paragraph: 0,
      start: 0,
      end: text.length,
      text,
      topics: [{ topicId: 'internal-affairs', start: 11, end: 16 }],
      topicIds: ['internal-affairs'],
      related: [],
      speaker: 'self',
      speakerCue: { start: 0, end: 4 },
      strength: 'strong',
      markers: [{ word: '强调', level: 'strong', start: 2, end: 4 }],
    };
    expect(sentenceDecorations(sentence).map((d) => d.kind)).toEqual(['topic', 'marker', 'cue']);
  });
});

import type { AnalyzedSentence, Span, StrengthLevel } from '../compare/types';

/*
 * Splits a range of a readout into leaf segments, each carrying every decoration that covers it. The reader
 * renders one element per segment with one text node (the raw slice), which is the DOM contract notes rely on.
 */

export type Decoration =
  | { kind: 'topic'; start: number; end: number; topicId: string }
  | { kind: 'marker'; start: number; end: number; level: StrengthLevel; word: string }
  | { kind: 'cue'; start: number; end: number }
  | { kind: 'note'; start: number; end: number; noteId: string }
  | { kind: 'diff'; start: number; end: number; op: 'insert' | 'delete' }
  /** A set phrase of the ledger (`markId` names the match, see core/view/ledger-phrase-marks). */
  | { kind: 'phrase'; start: number; end: number; markId: string };

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Topics mentioned here, in the order their decorations were given. */
  topicIds: string[];
  /** The strongest strength marker covering the segment. */
  marker: { level: StrengthLevel; word: string } | null;
  /** Part of the words that say who speaks. */
  cue: boolean;
  noteIds: string[];
  diff: 'insert' | 'delete' | null;
  /** Set phrase matches covering the segment (their `markId`s). */
  phrases: string[];
}

const LEVEL_RANK: Record<StrengthLevel, number> = { strong: 2, moderate: 1, neutral: 0 };

/** The decorations the engine found in one sentence: topic mentions, strength markers, the speaker cue. */
export function sentenceDecorations(sentence: AnalyzedSentence): Decoration[] {
  const out: Decoration[] = sentence.topics.map((m) => ({
    kind: 'topic',
    start: m.start,
    end: m.end,
    topicId: m.topicId,
  }));
  for (const m of sentence.markers)
    out.push({ kind: 'marker', start: m.start, end: m.end, level: m.level, word: m.word });
  if (sentence.speakerCue)
    out.push({ kind: 'cue', start: sentence.speakerCue.start, end: sentence.speakerCue.end });
  return out;
}

/** Every decoration boundary inside `range`, plus the range's own ends, sorted and distinct. */
function boundaries(range: Span, decorations: readonly Decoration[]): number[] {
  const cuts = new Set<number>([range.start, range.end]);
  for (const d of decorations) {
    if (d.start > range.start && d.start < range.end) cuts.add(d.start);
    if (d.end > range.start && d.end < range.end) cuts.add(d.end);
  }
  return [...cuts].sort((a, b) => a - b);
}

function segmentOf(text: string, start: number, end: number, covering: readonly Decoration[]): Segment {
  const segment: Segment = {
    start,
    end,
    text: text.slice(start, end),
    topicIds: [],
    marker: null,
    cue: false,
    noteIds: [],
    diff: null,
    phrases: [],
  };
  for (const d of covering) {
    switch (d.kind) {
      case 'topic':
        if (!segment.topicIds.includes(d.topicId)) segment.topicIds.push(d.topicId);
        break;
      case 'marker':
        if (!segment.marker || LEVEL_RANK[d.level] > LEVEL_RANK[segment.marker.level]) {
          segment.marker = { level: d.level, word: d.word };
        }
        break;
      case 'cue':
        segment.cue = true;
        break;
      case 'note':
        if (!segment.noteIds.includes(d.noteId)) segment.noteIds.push(d.noteId);
        break;
      case 'diff':
        segment.diff = d.op;
        break;
      case 'phrase':
        if (!segment.phrases.includes(d.markId)) segment.phrases.push(d.markId);
        break;
    }
  }
  return segment;
}

/**
 * Leaf segments of `text` over `range`. Segments tile the range exactly (no gaps, no overlaps) so the
 * concatenated segment texts equal `text.slice(range.start, range.end)`.
 */
export function renderSegments(text: string, range: Span, decorations: readonly Decoration[]): Segment[] {
  if (range.end <= range.start) return [];
  const relevant = decorations.filter((d) => d.end > range.start && d.start < range.end && d.end > d.start);
  const cuts = boundaries(range, relevant);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const covering = relevant.filter((d) => d.start <= start && d.end >= end);
    segments.push(segmentOf(text, start, end, covering));
  }
  return segments;
}

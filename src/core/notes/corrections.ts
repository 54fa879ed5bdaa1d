/**
 * The reader's corrections of the topic tagger, kept as notes (one sentence, one topic, a verdict) so they
 * share the notes' storage, sync, export and import. This module turns a verdict into a note and a meeting's
 * anchored corrections back into verdicts on the sentences of a comparison.
 */

import type { Comparison, SideAnalysis, Span, Verdict } from '../compare/types';
import type { SentenceVerdict } from '../compare/verdicts';
import type { Side } from '../model';
import { byCodeUnits } from '../text/code-unit-order';
import type { AnchoredNote } from './anchor';
import { describeRange } from './describe';
import { type CorrectionKind, type CorrectionNote, isCorrection } from './types';

const VERDICT_KIND: Record<Verdict, CorrectionKind> = {
  present: 'topic-present',
  absent: 'topic-absent',
};

export function verdictOf(kind: CorrectionKind): Verdict {
  return kind === 'topic-present' ? 'present' : 'absent';
}

export interface CorrectionInput {
  id: string;
  meetingId: string;
  now: Date;
  readout: { id: string; side: Side; text: string };
  /** The sentence, as offsets into the readout's text. */
  sentence: Span;
  topicId: string;
  verdict: Verdict;
}

/** The note that records a verdict on a sentence (its whole text is the quoted passage). */
export function correctionNote(input: CorrectionInput): CorrectionNote {
  const stamp = input.now.toISOString();
  return {
    id: input.id,
    meetingId: input.meetingId,
    created: stamp,
    modified: stamp,
    kind: VERDICT_KIND[input.verdict],
    topicId: input.topicId,
    body: '',
    targets: [
      {
        readoutId: input.readout.id,
        side: input.readout.side,
        selectors: describeRange(input.readout.text, input.sentence.start, input.sentence.end),
      },
    ],
  };
}

/** The sentence of `side` that a placed passage belongs to: the one holding most of it. */
export function sentenceOf(side: SideAnalysis, span: Span): number | null {
  let best: number | null = null;
  let bestOverlap = 0;
  for (const s of side.sentences) {
    if (s.end <= span.start) continue;
    if (s.start >= span.end) break;
    const overlap = Math.min(s.end, span.end) - Math.max(s.start, span.start);
    if (overlap > bestOverlap) {
      best = s.index;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** A correction placed on a sentence of the comparison shown. */
export interface PlacedCorrection extends SentenceVerdict {
  note: CorrectionNote;
}

/**
 * The corrections that apply to this comparison: those written on the text shown on each side
 * (`readoutIds[i]`), placed on the sentence that holds their passage, oldest first (a later verdict wins).
 * Corrections on another text of the meeting, or whose passage is gone, do not apply.
 */
export function placeCorrections(
  comparison: Comparison,
  anchored: readonly AnchoredNote[],
  readoutIds: readonly [string | null, string | null],
): PlacedCorrection[] {
  const placed: PlacedCorrection[] = [];
  for (const a of anchored) {
    const note = a.note;
    if (!isCorrection(note)) continue;
    const target = a.targets[0];
    if (!target?.match) continue;
    const side = readoutIds.indexOf(target.target.readoutId);
    if (side !== 0 && side !== 1) continue;
    const sentence = sentenceOf(comparison.sides[side], target.match);
    if (sentence === null) continue;
    placed.push({ side, sentence, topicId: note.topicId, verdict: verdictOf(note.kind), note });
  }
  return placed.sort(
    (x, y) => byCodeUnits(x.note.modified, y.note.modified) || byCodeUnits(x.note.id, y.note.id),
  );
}

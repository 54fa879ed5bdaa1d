/**
 * The note model: a reader's annotation on one or two readout passages, shaped after the W3C Web Annotation
 * model (https://www.w3.org/TR/annotation-model/) so the JSON-LD export is a direct mapping.
 * Plain serialisable data: offsets and quotes, never DOM nodes.
 */
import type { Side } from '../model';

/** What the reader says the passage shows, as a comparison of the two sides. */
export type CommentKind = 'added' | 'omitted' | 'softened' | 'hardened' | 'reframed' | 'other';

/**
 * The reader's correction of the topic tagger on one sentence: it does (`topic-present`) or does not
 * (`topic-absent`) mention the note's topic, whatever the tagger said.
 */
export type CorrectionKind = 'topic-present' | 'topic-absent';

export type NoteKind = CommentKind | CorrectionKind;

/** The kinds a reader picks for a note in the form. */
export const NOTE_KINDS: readonly CommentKind[] = [
  'added',
  'omitted',
  'softened',
  'hardened',
  'reframed',
  'other',
];

const CORRECTION_KINDS: readonly CorrectionKind[] = ['topic-present', 'topic-absent'];

export function isCorrectionKind(value: unknown): value is CorrectionKind {
  return typeof value === 'string' && (CORRECTION_KINDS as readonly string[]).includes(value);
}

export function isNoteKind(value: unknown): value is NoteKind {
  return (
    isCorrectionKind(value) ||
    (typeof value === 'string' && (NOTE_KINDS as readonly string[]).includes(value))
  );
}

/**
 * The quoted passage with ~32 characters of context either side. Text is the readout's raw `text`, not
 * normalised: the W3C model leaves Chinese whitespace rules undefined, so this project defines "no change".
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** UTF-16 offsets into the readout's `text` (start inclusive, end exclusive). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface NoteSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** One passage of one readout text. */
export interface NoteTarget {
  readoutId: string;
  side: Side;
  selectors: NoteSelectors;
}

/** One target, or two when the note links a passage on one side with a passage on the other. */
export type NoteTargets = [NoteTarget] | [NoteTarget, NoteTarget];

export interface Note {
  id: string;
  meetingId: string;
  /** ISO 8601 timestamps (UTC, with milliseconds). */
  created: string;
  modified: string;
  kind: NoteKind;
  /** A topic id of the lexicon, when the note is about one topic. */
  topicId?: string;
  /** The reader's own words (plain text, never rendered as HTML). */
  body: string;
  targets: NoteTargets;
}

/** A correction: one sentence, one topic, the reader's verdict. */
export interface CorrectionNote extends Note {
  kind: CorrectionKind;
  topicId: string;
  targets: [NoteTarget];
}

export function isCorrection(note: Note): note is CorrectionNote {
  return isCorrectionKind(note.kind) && typeof note.topicId === 'string' && note.targets.length === 1;
}

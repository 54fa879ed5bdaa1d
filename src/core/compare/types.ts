import type { Completeness, Lang, Side } from '../model';

/** What the engine needs to know about one text. */
export interface CompareInput {
  text: string;
  /** Detected from the text when absent. */
  lang?: Lang;
  side?: Side;
  /** `missing`: the side's readout is not available (text is empty). */
  completeness?: Completeness | 'missing';
  /** A label for messages and exports (file name or readout id). */
  label?: string;
}

export interface Span {
  start: number; // UTF-16 offset into the original text, inclusive
  end: number; // exclusive
}

export interface TopicMention extends Span {
  topicId: string;
}

/** Who a sentence reports as speaking. `self` = the side that issued this readout. */
export type Speaker = 'self' | 'counterpart' | 'both' | 'unstated';

export type StrengthLevel = 'strong' | 'moderate' | 'neutral';

export interface MarkerHit extends Span {
  /** The marker as written, e.g. 强调, "underscored". */
  word: string;
  level: StrengthLevel;
}

export interface AnalyzedSentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  topics: TopicMention[];
  /** Distinct topic ids, in order of first mention. */
  topicIds: string[];
  speaker: Speaker;
  /** The words that told who speaks (e.g. 美方表示, "Minister Liu said"), if any. */
  speakerCue?: Span;
  /** Who speaks in absolute terms (`cn`, `us`, `both`); absent when unstated. */
  speakerParty?: Side | 'both';
  strength: StrengthLevel;
  markers: MarkerHit[];
}

export interface AtmosphericHit extends Span {
  /** Canonical id shared across languages, e.g. `candid`, `constructive`, `in-depth`, `pragmatic`. */
  id: string;
  word: string;
}

export interface SideAnalysis {
  label?: string;
  side?: Side;
  /** How `side` was known: from the input, inferred from the text, or assumed (a = cn, b = us). */
  sideBasis?: 'given' | 'inferred' | 'assumed';
  lang: Lang;
  completeness: Completeness | 'missing';
  chars: number;
  sentences: AnalyzedSentence[];
  atmospherics: AtmosphericHit[];
}

export type TopicStatus = 'both' | 'only-a' | 'only-b';

/**
 * Why a side has no mention of a topic: `omitted` (a full readout leaves it out),
 * `not-in-excerpt` (only an excerpt is quoted), `readout-missing` (no text at all).
 */
export type AbsenceReason = 'omitted' | 'not-in-excerpt' | 'readout-missing';

export interface TopicCoverage {
  id: string;
  counts: [number, number];
  shares: [number, number];
  /** Relative position (0..1) of the first mention in each side's text, null when absent. */
  firstPosition: [number | null, number | null];
  /** Strongest wording around the topic on each side, null when absent. */
  strength: [StrengthLevel | null, StrengthLevel | null];
  status: TopicStatus;
  /** For a one-sided topic: why the other side has no mention. */
  absence: [AbsenceReason | null, AbsenceReason | null];
  /** Which side gives the topic more weight (0 = a, 1 = b), null when even or one-sided. */
  heavier: 0 | 1 | null;
  /** Indices of the sentences of each side that mention the topic (or one of its sub-topics). */
  sentences?: [number[], number[]];
}

export type AlignmentRow =
  | { kind: 'pair'; a: number[]; b: number[]; sharedTopics: string[]; score: number }
  | { kind: 'only-a'; a: number[]; b: []; sharedTopics: []; score: 0 }
  | { kind: 'only-b'; a: []; b: number[]; sharedTopics: []; score: 0 };

/**
 * One diff operation. `text` is as displayed: from side a for equal/delete, from side b for insert. `a` / `b`
 * locate the operation in each side's original text (equal has both, delete only `a`, insert only `b`).
 */
export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string; a?: Span; b?: Span };

/** Word-level differences of one aligned row (only when both sides share a language). */
export interface RowDiff {
  row: number;
  ops: DiffOp[];
  /** Fraction (0..1) of the pair's characters that are equal: near 0, the two are different sentences. */
  equalShare?: number;
}

export interface Comparison {
  sides: [SideAnalysis, SideAnalysis];
  topics: TopicCoverage[];
  alignment: AlignmentRow[];
  /** Present only when both texts are in one language. */
  diffs: RowDiff[] | null;
}

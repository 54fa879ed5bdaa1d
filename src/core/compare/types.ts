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

/** The reader's verdict on one topic in one sentence: it overrides the tagger. */
export type Verdict = 'present' | 'absent';

export interface AnalyzedSentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  topics: TopicMention[];
  /** Distinct topic ids, in order of first mention (the tagger's, with the reader's verdicts applied). */
  topicIds: string[];
  /** Looser wording (the lexicon's `related` patterns) of topics this sentence is not tagged with. */
  related: TopicMention[];
  /** The reader's verdicts on this sentence, by topic id (absent when the reader has said nothing). */
  verdicts?: Readonly<Record<string, Verdict>>;
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
  /** Words of the whole text by the platform's word segmenter (see core/text/count-words.ts). */
  words: number;
  sentences: AnalyzedSentence[];
  atmospherics: AtmosphericHit[];
}

/**
 * `possibly-both`: one side mentions the topic and the other has no mention the tagger is sure of, but a looser
 * search found a candidate sentence there (see `TopicEvidence.candidates`): for the reader to confirm or reject.
 */
export type TopicStatus = 'both' | 'only-a' | 'only-b' | 'possibly-both';

/**
 * Why a side has no mention of a topic: `omitted` (a full readout leaves it out),
 * `not-in-excerpt` (only an excerpt is quoted), `readout-missing` (no text at all).
 */
export type AbsenceReason = 'omitted' | 'not-in-excerpt' | 'readout-missing';

/** What a topic's status rests on, sentence by sentence. */
export interface TopicEvidence {
  /** Indices of the sentences of each side that mention the topic (or one of its sub-topics). */
  sentences: [number[], number[]];
  /** On a side with no mention: sentences the looser search found (reader-rejected ones left out). */
  candidates: [number[], number[]];
  /** For each candidate, in the same order: where the looser wording is (offsets into that side's text). */
  cues: [Span[], Span[]];
}

/** How each side words a topic, where both sides have wording signals on it. */
export interface WordingContrast {
  /** The signal words in each side's sentences on the topic, as written, strongest first, distinct. */
  words: [string[], string[]];
  levels: [StrengthLevel, StrengthLevel];
  /** The side with the stronger wording; null when both are on the same rung. */
  stronger: 0 | 1 | null;
}

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
  /**
   * Which side gives the topic more weight (0 = a, 1 = b); null when even, one-sided, or when the two texts
   * cannot be compared (see `Comparison.comparable`).
   */
  heavier: 0 | 1 | null;
  /** Indices of the sentences of each side that mention the topic (or one of its sub-topics). */
  sentences?: [number[], number[]];
  evidence: TopicEvidence;
  /** Wording on both sides, only where both have wording signals on the topic. */
  wording: WordingContrast | null;
  /** Present (true) when the reader has given a verdict on this topic in either text. */
  checked?: true;
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
  /**
   * Whether shares and "more room" compare like with like: both sides are full texts of at least
   * `MIN_COMPARABLE_SENTENCES` sentences. An excerpt's or a one-sentence text's numbers are no comparison.
   */
  comparable: boolean;
  topics: TopicCoverage[];
  alignment: AlignmentRow[];
  /** Present only when both texts are in one language. */
  diffs: RowDiff[] | null;
}

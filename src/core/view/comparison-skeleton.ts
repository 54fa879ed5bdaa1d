import { computeCoverage, isComparable } from '../compare/coverage';
import type {
  AnalyzedSentence,
  Comparison,
  SideAnalysis,
  StrengthLevel,
  TopicMention,
  Verdict,
} from '../compare/types';
import type { CompiledLexicon, TopicDefinition } from '../lexicon/types';
import type { Completeness, Lang } from '../model';
import { evidenceSentences } from './claim-evidence';

/*
 * A comparison without its texts, for the meeting list: per side, each sentence's place, topics and looser-
 * wording hits; the text only of the few sentences the one-sided claims rest on (for their evidence). From it
 * the browser recomputes every topic's status with the engine's own coverage, and with the reader's verdicts
 * applied, without shipping or re-analysing the readouts.
 */

interface SkeletonSentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  topics: TopicMention[];
  /** Left out when it is just the distinct ids of `topics` (the tagger's own). */
  topicIds?: string[];
  related: TopicMention[];
  verdicts?: Record<string, Verdict>;
  /** Left out when neutral. */
  strength?: StrengthLevel;
  /** Only for sentences some claim's evidence quotes. */
  text?: string;
}

interface SkeletonSide {
  /** The readout shown on this side (corrections are written on it); null when the side has no text. */
  readoutId: string | null;
  lang: Lang;
  completeness: Completeness | 'missing';
  chars: number;
  words: number;
  sentences: SkeletonSentence[];
}

export interface ComparisonSkeleton {
  sides: [SkeletonSide, SkeletonSide];
}

function distinct(mentions: readonly TopicMention[]): string[] {
  return [...new Set(mentions.map((m) => m.topicId))];
}

const sameIds = (x: readonly string[], y: readonly string[]) =>
  x.length === y.length && x.every((id, i) => id === y[i]);

function skeletonSentence(s: AnalyzedSentence, text: string | undefined): SkeletonSentence {
  const out: SkeletonSentence = {
    index: s.index,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    topics: s.topics.map((m) => ({ topicId: m.topicId, start: m.start, end: m.end })),
    related: s.related.map((m) => ({ topicId: m.topicId, start: m.start, end: m.end })),
  };
  if (!sameIds(s.topicIds, distinct(s.topics))) out.topicIds = [...s.topicIds];
  if (s.verdicts && Object.keys(s.verdicts).length > 0) out.verdicts = { ...s.verdicts };
  if (s.strength !== 'neutral') out.strength = s.strength;
  if (text) out.text = text;
  return out;
}

/** Where a sentence's text comes from when the comparison's own is empty (a skeleton's). */
export type TextSource = (side: 0 | 1, sentence: AnalyzedSentence) => string | undefined;

/**
 * The skeleton of `comparison` (whose sides show the readouts `readoutIds`), with the text of the sentences
 * the one-sided claims quote: the comparison's own, else from `textOf`.
 */
export function skeletonOf(
  comparison: Comparison,
  readoutIds: readonly [string | null, string | null],
  textOf?: TextSource,
): ComparisonSkeleton {
  const quoted = evidenceSentences(comparison.topics);
  const side = (i: 0 | 1): SkeletonSide => {
    const s = comparison.sides[i];
    return {
      readoutId: readoutIds[i],
      lang: s.lang,
      completeness: s.completeness,
      chars: s.chars,
      words: s.words,
      sentences: s.sentences.map((x) =>
        skeletonSentence(x, quoted[i].has(x.index) ? x.text || textOf?.(i, x) : undefined),
      ),
    };
  };
  return { sides: [side(0), side(1)] };
}

function sideAnalysis(side: SkeletonSide, which: 'cn' | 'us'): SideAnalysis {
  return {
    side: which,
    lang: side.lang,
    completeness: side.completeness,
    chars: side.chars,
    words: side.words,
    atmospherics: [],
    sentences: side.sentences.map(
      (s): AnalyzedSentence => ({
        index: s.index,
        paragraph: s.paragraph,
        start: s.start,
        end: s.end,
        text: s.text ?? '',
        topics: s.topics,
        topicIds: s.topicIds ?? distinct(s.topics),
        related: s.related,
        ...(s.verdicts ? { verdicts: s.verdicts } : {}),
        speaker: 'unstated',
        strength: s.strength ?? 'neutral',
        markers: [],
      }),
    ),
  };
}

/**
 * The skeleton as a comparison the engine's coverage and `applyVerdicts` work on: topics recomputed (statuses,
 * evidence, checked), no alignment, no diffs, no wording (the list shows none). Sentence texts are empty where
 * the skeleton has none.
 */
export function comparisonOfSkeleton(skeleton: ComparisonSkeleton, lexicon: CompiledLexicon): Comparison {
  const a = sideAnalysis(skeleton.sides[0], 'cn');
  const b = sideAnalysis(skeleton.sides[1], 'us');
  return {
    sides: [a, b],
    comparable: isComparable(a, b),
    topics: computeCoverage(a, b, lexicon),
    alignment: [],
    diffs: null,
  };
}

/**
 * A lexicon that knows the topics (order, labels, parents) but matches nothing: what coverage needs to
 * recompute statuses from a skeleton's already-tagged sentences.
 */
export function topicsOnlyLexicon(topics: readonly TopicDefinition[]): CompiledLexicon {
  return {
    topics: [...topics],
    topicById: new Map(topics.map((t) => [t.id, t])),
    matchTopics: () => [],
    matchRelated: () => [],
  };
}

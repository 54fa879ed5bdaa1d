import type { CompiledLexicon } from '../lexicon/types';
import { type CoverageConfig, computeCoverage, defaultCoverageConfig } from './coverage';
import type { AnalyzedSentence, Comparison, SideAnalysis, Verdict } from './types';

/** The reader's verdict on one topic in one sentence of one side of a comparison. */
export interface SentenceVerdict {
  side: 0 | 1;
  sentence: number;
  topicId: string;
  verdict: Verdict;
}

function judged(sentence: AnalyzedSentence, verdicts: readonly SentenceVerdict[]): AnalyzedSentence {
  const byTopic: Record<string, Verdict> = { ...sentence.verdicts };
  for (const v of verdicts) byTopic[v.topicId] = v.verdict;
  const present = Object.keys(byTopic).filter((id) => byTopic[id] === 'present');
  const absent = new Set(Object.keys(byTopic).filter((id) => byTopic[id] === 'absent'));
  const topicIds = sentence.topicIds.filter((id) => !absent.has(id));
  for (const id of present) if (!topicIds.includes(id)) topicIds.push(id);
  return {
    ...sentence,
    topics: sentence.topics.filter((m) => !absent.has(m.topicId)),
    topicIds,
    related: sentence.related.filter((m) => !topicIds.includes(m.topicId)),
    verdicts: byTopic,
  };
}

function judgedSide(side: SideAnalysis, verdicts: readonly SentenceVerdict[]): SideAnalysis {
  if (verdicts.length === 0) return side;
  const bySentence = new Map<number, SentenceVerdict[]>();
  for (const v of verdicts) bySentence.set(v.sentence, [...(bySentence.get(v.sentence) ?? []), v]);
  return {
    ...side,
    sentences: side.sentences.map((s) => {
      const own = bySentence.get(s.index);
      return own ? judged(s, own) : s;
    }),
  };
}

/**
 * The comparison with the reader's verdicts applied: a sentence gains or loses a topic, and every topic's
 * counts, status and evidence follow (topics the reader judged are marked `checked`). Alignment and diffs stay
 * as they were. Verdicts are applied in order, so a later one on the same sentence and topic wins; verdicts on
 * sentences that do not exist are ignored. Pure: the input comparison is not changed.
 */
export function applyVerdicts(
  comparison: Comparison,
  verdicts: readonly SentenceVerdict[],
  lexicon: CompiledLexicon,
  config: CoverageConfig = defaultCoverageConfig,
): Comparison {
  const valid = verdicts.filter((v) => comparison.sides[v.side].sentences[v.sentence] !== undefined);
  if (valid.length === 0) return comparison;
  const a = judgedSide(
    comparison.sides[0],
    valid.filter((v) => v.side === 0),
  );
  const b = judgedSide(
    comparison.sides[1],
    valid.filter((v) => v.side === 1),
  );
  return { ...comparison, sides: [a, b], topics: computeCoverage(a, b, lexicon, config) };
}

import type { CompiledLexicon } from '../lexicon/types';
import type { MarkerHit, SideAnalysis, Span, StrengthLevel, TopicCoverage, WordingContrast } from './types';
import { strengthRank } from './wording';

/*
 * What a topic's claim rests on. A "only one side mentions it" claim is the sentence an analyst quotes in print,
 * so the silent side gets a second, looser search (the lexicon's `related` wording): where it finds something,
 * the claim becomes "possibly both" with the candidate shown, and the reader settles it.
 */

/** A topic id and its ancestors: a mention of a sub-topic also counts for its parent. */
export function withAncestors(id: string, lexicon: CompiledLexicon): string[] {
  const out: string[] = [];
  for (
    let cur: string | undefined = id;
    cur && !out.includes(cur);
    cur = lexicon.topicById.get(cur)?.parent
  ) {
    out.push(cur);
  }
  return out;
}

export interface Candidates {
  sentences: number[];
  cues: Span[];
}

/**
 * Sentences of `side` where the looser search found `topicId` (or one of its sub-topics), leaving out those the
 * reader has said do not mention it. One cue per sentence: its first related hit for the topic.
 */
export function candidatesOn(side: SideAnalysis, topicId: string, lexicon: CompiledLexicon): Candidates {
  const out: Candidates = { sentences: [], cues: [] };
  for (const s of side.sentences) {
    if (s.verdicts?.[topicId] === 'absent') continue;
    const hit = s.related.find((m) => withAncestors(m.topicId, lexicon).includes(topicId));
    if (!hit) continue;
    out.sentences.push(s.index);
    out.cues.push({ start: hit.start, end: hit.end });
  }
  return out;
}

/** Topic ids (with their ancestors) on which the reader has given a verdict anywhere in these texts. */
export function checkedTopics(sides: readonly SideAnalysis[], lexicon: CompiledLexicon): Set<string> {
  const checked = new Set<string>();
  for (const side of sides) {
    for (const s of side.sentences) {
      if (!s.verdicts) continue;
      for (const id of Object.keys(s.verdicts)) for (const up of withAncestors(id, lexicon)) checked.add(up);
    }
  }
  return checked;
}

function signalWords(side: SideAnalysis, indexes: readonly number[]): MarkerHit[] {
  const markers: MarkerHit[] = [];
  for (const i of indexes) markers.push(...(side.sentences[i]?.markers ?? []));
  return markers;
}

function strongest(markers: readonly MarkerHit[]): StrengthLevel {
  return markers.reduce<StrengthLevel>(
    (best, m) => (strengthRank(m.level) > strengthRank(best) ? m.level : best),
    'neutral',
  );
}

/** Distinct words, strongest rung first, then in reading order. */
function orderedWords(markers: readonly MarkerHit[]): string[] {
  const sorted = [...markers].sort(
    (x, y) => strengthRank(y.level) - strengthRank(x.level) || x.start - y.start,
  );
  return [...new Set(sorted.map((m) => m.word))];
}

/**
 * The two sides' wording of a topic, or null unless both sides have wording signals in the sentences that
 * mention it: "stronger wording" is only a comparison when there is wording on both sides to compare.
 */
export function wordingContrast(
  sides: readonly [SideAnalysis, SideAnalysis],
  sentences: readonly [readonly number[], readonly number[]],
): WordingContrast | null {
  const a = signalWords(sides[0], sentences[0]);
  const b = signalWords(sides[1], sentences[1]);
  if (a.length === 0 || b.length === 0) return null;
  const levels: [StrengthLevel, StrengthLevel] = [strongest(a), strongest(b)];
  const diff = strengthRank(levels[0]) - strengthRank(levels[1]);
  return {
    words: [orderedWords(a), orderedWords(b)],
    levels,
    stronger: diff === 0 ? null : diff > 0 ? 0 : 1,
  };
}

/** The side sure of a topic that is not in both texts (only-a, only-b, possibly-both); null for `both`. */
export function sureSide(topic: Pick<TopicCoverage, 'status' | 'counts'>): 0 | 1 | null {
  if (topic.status === 'both') return null;
  return topic.counts[0] > 0 ? 0 : 1;
}

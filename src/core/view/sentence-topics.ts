import type { AnalyzedSentence } from '../compare/types';
import type { TopicDefinition } from '../lexicon/types';

/*
 * The topics of one sentence as the reader corrects them: the ones it has now (the tagger's, with the reader's
 * verdicts applied), which of those the reader added, the ones the reader took off (to put back), and the
 * lexicon's other topics, to add.
 */

export interface SentenceTopics {
  /** The sentence's topics now, in order of mention; `byReader` when the reader added it. */
  current: { id: string; byReader: boolean }[];
  /**
   * Topics the reader said this sentence does not mention: taken off the tagger's, or a looser-search
   * candidate rejected (`candidate`).
   */
  removed: { id: string; candidate: boolean }[];
  /** The lexicon's topics the sentence does not have, in lexicon order. */
  addable: string[];
}

export function sentenceTopics(
  sentence: Pick<AnalyzedSentence, 'topicIds' | 'topics' | 'related' | 'verdicts'>,
  topics: readonly TopicDefinition[],
): SentenceTopics {
  const verdicts = sentence.verdicts ?? {};
  const tagged = new Set(sentence.topics.map((m) => m.topicId));
  const current = sentence.topicIds.map((id) => ({
    id,
    byReader: verdicts[id] === 'present' && !tagged.has(id),
  }));
  const removed = Object.keys(verdicts)
    .filter((id) => verdicts[id] === 'absent' && !sentence.topicIds.includes(id))
    .map((id) => ({ id, candidate: sentence.related.some((m) => m.topicId === id) }));
  const has = new Set(sentence.topicIds);
  return { current, removed, addable: topics.map((t) => t.id).filter((id) => !has.has(id)) };
}

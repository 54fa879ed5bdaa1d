import type { Bilingual, Lang } from '../../core/model';
import { corpusIndex } from '../app/corpus';

export interface TopicOption {
  id: string;
  label: Bilingual;
  parent?: string;
}

/** The lexicon's topics (ids and both labels), as shipped with the corpus's index (no patterns). */
export const corpusTopics: readonly TopicOption[] = corpusIndex().topics.map((t) => ({
  id: t.id,
  label: t.label,
  ...(t.parent ? { parent: t.parent } : {}),
}));

export function topicLabel(topics: readonly TopicOption[], id: string, lang: Lang): string {
  return topics.find((t) => t.id === id)?.label[lang] ?? id;
}

import { lexicon } from 'virtual:readouts';
import type { Bilingual, Lang } from '../../core/model';

export interface TopicOption {
  id: string;
  label: Bilingual;
  parent?: string;
}

/** The lexicon's topics (ids and both labels), as shipped with the corpus. */
export const corpusTopics: readonly TopicOption[] = lexicon.topics.map((t) => ({
  id: t.id,
  label: t.label,
  ...(t.parent ? { parent: t.parent } : {}),
}));

export function topicLabel(topics: readonly TopicOption[], id: string, lang: Lang): string {
  return topics.find((t) => t.id === id)?.label[lang] ?? id;
}

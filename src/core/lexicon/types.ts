import type { Bilingual, Lang } from '../model';

/** A topic as the lexicon file declares it (ids of shared/spec/topics.md, plus any the project adds). */
export interface TopicDefinition {
  id: string;
  label: Bilingual;
  /** Optional parent topic id (sub-topics roll up for display). */
  parent?: string;
}

/** One place in a (normalised) text where a topic pattern matched. Offsets are into the text given to the tagger. */
export interface TopicMatch {
  topicId: string;
  start: number;
  end: number;
}

/** The lexicon after validation and compilation: built once, reused for every text. */
export interface CompiledLexicon {
  topics: TopicDefinition[];
  topicById: ReadonlyMap<string, TopicDefinition>;
  /** Every topic match in a normalised, Simplified-Chinese or English text. */
  matchTopics(text: string, lang: Lang): TopicMatch[];
  /**
   * The looser search of the `related` patterns (minus the topic's excludes): candidates for a topic on a side
   * the strict patterns call silent. Never used to tag.
   */
  matchRelated(text: string, lang: Lang): TopicMatch[];
}

import type { Bilingual } from '../model';

/**
 * The lexicon file after parsing and validation: plain JSON-serialisable data, so the build can hand it to the
 * browser bundle without `yaml` or `zod`. Pattern strings keep the user-facing syntax (see
 * readouts/README-lexicon.md); `compileLexicon` turns them into regular expressions.
 */
interface LexiconPatterns {
  zh: string[];
  en: string[];
}

export interface LexiconTopicData {
  id: string;
  label: Bilingual;
  /** Sub-topic of this topic id (for display roll-up). */
  parent?: string;
  /** Topic ids that are also tagged wherever this topic matches (e.g. taiwan-arms implies taiwan). */
  implies?: string[];
  /** Patterns that mark the topic. */
  patterns: LexiconPatterns;
  /** Negative context: a pattern match overlapping one of these is dropped. */
  exclude: LexiconPatterns;
  /**
   * Looser wording of the same topic (near-misses, named entities, related phrasing). Never tags a sentence:
   * it finds candidates on a side the strict patterns call silent, for the reader to confirm or reject.
   */
  related?: LexiconPatterns;
}

export interface LexiconData {
  /** Path of the file the data came from, for messages. */
  file: string;
  topics: LexiconTopicData[];
}

import type { Bilingual } from '../model';

/**
 * The set phrases file (phrases.yaml) after parsing and validation: plain JSON-serialisable data, so a build
 * can hand it to the browser without `yaml` or `zod`. Patterns use the lexicon's syntax
 * (readouts/README-lexicon.md); `compilePhrases` turns them into regular expressions.
 */
export interface PhraseFormData {
  /** Kebab-case, unique within its phrase, e.g. `principle`, `policy`. */
  id: string;
  label: Bilingual;
  zh: string[];
  en: string[];
  /** Why this form does not mean what the phrase's first (reference) form means; absent when it does. */
  nonEquivalent?: Bilingual;
}

export interface PhraseData {
  /** Shared by a phrase and its renderings in the other language, e.g. `one-china`. */
  id: string;
  label: Bilingual;
  /** One line on why readers track it. */
  why: Bilingual;
  /** The first form is the reference; the others are variants or renderings that do not say the same. */
  forms: PhraseFormData[];
}

export interface PhrasesData {
  /** Path of the file the data came from, for messages. */
  file: string;
  phrases: PhraseData[];
}

import { FileFieldError } from './file-field-error';

/** Why a lexicon was rejected. */
export type LexiconErrorCode = 'LEXICON_YAML' | 'LEXICON_SCHEMA' | 'LEXICON_PATTERN' | 'LEXICON_TOPICS';

/** A lexicon that cannot be used, e.g. `readouts/topics.yaml: topics[3].patterns.en[2]: invalid regular expression …`. */
export class LexiconError extends FileFieldError<LexiconErrorCode> {
  override readonly name = 'LexiconError';
}

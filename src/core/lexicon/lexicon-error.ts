/** Why a lexicon was rejected. */
export type LexiconErrorCode = 'LEXICON_YAML' | 'LEXICON_SCHEMA' | 'LEXICON_PATTERN' | 'LEXICON_TOPICS';

/**
 * A lexicon that cannot be used. The message names the file and the field path, e.g.
 * `readouts/topics.yaml: topics[3].patterns.en[2]: invalid regular expression …`.
 */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
  readonly code: LexiconErrorCode;
  readonly file: string;
  /** Field path inside the file, e.g. `topics[3].patterns.en[2]`; empty when the whole file is at fault. */
  readonly path: string;

  constructor(code: LexiconErrorCode, file: string, path: string, detail: string) {
    super(path ? `${file}: ${path}: ${detail}` : `${file}: ${detail}`);
    this.code = code;
    this.file = file;
    this.path = path;
  }
}

/** Why a corpus file was rejected. */
export type CorpusErrorCode =
  | 'CORPUS_LAYOUT' // folder or file name / placement
  | 'CORPUS_YAML' // YAML syntax
  | 'CORPUS_FILE' // not readable as text: binary, bytes not valid in their encoding, too large
  | 'CORPUS_FRONT_MATTER' // no `---` block at the top of a readout file, or one never closed
  | 'CORPUS_SCHEMA' // a field has the wrong type, value or is missing
  | 'CORPUS_DUPLICATE' // two texts share an id
  | 'CORPUS_REFERENCE' // translationOf points nowhere or to the wrong side
  | 'CORPUS_TEXT' // empty text, or text not in the declared language
  | 'CORPUS_COVERAGE'; // a side has neither a text nor a `missing` entry

/**
 * One problem in one corpus file. The message names the file and the field, e.g.
 * `readouts/2024-01-10-liu-finer/us-wh-zh-rfi.md: field "side": expected "cn" or "us", got "usa"`.
 */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
  readonly code: CorpusErrorCode;
  readonly file: string;
  /** Field path inside the file, e.g. `translator.outlet.en` or `quotedIn[0].seed`; empty for the whole file. */
  readonly field: string;
  /** The message without the file and field prefix. */
  readonly detail: string;

  /** `cause`: the IngestError of the shared ingestion checks, when one of them refused the file. */
  constructor(
    code: CorpusErrorCode,
    file: string,
    field: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(field ? `${file}: field "${field}": ${detail}` : `${file}: ${detail}`, options);
    this.code = code;
    this.file = file;
    this.field = field;
    this.detail = detail;
  }
}

/** Thrown by loadCorpus when any file has a problem: carries every problem, not only the first. */
export class CorpusValidationError extends Error {
  override readonly name = 'CorpusValidationError';
  readonly code = 'CORPUS_INVALID';
  readonly errors: readonly CorpusError[];

  constructor(errors: readonly CorpusError[]) {
    const noun = errors.length === 1 ? 'problem' : 'problems';
    super(`readout corpus has ${errors.length} ${noun}:\n${errors.map((e) => e.message).join('\n')}`);
    this.errors = errors;
  }
}

/**
 * Typed errors of ingestion. The core throws them; the UI turns `code` into a translated message
 * (`byo:errors.<code>`) that names the file, using `file` and the numbers in `details`.
 */

export type IngestErrorCode =
  /** More characters than the per-side limit (or more bytes than the file limit). */
  | 'too-large'
  /** Nothing but whitespace. */
  | 'empty'
  /** Only punctuation, symbols or digits-free noise: no letter at all. */
  | 'punctuation-only'
  /** A binary file (NUL or control bytes, or a known binary signature such as PDF or ZIP). */
  | 'binary'
  /** Bytes that are not valid in the detected encoding. */
  | 'bad-encoding'
  /** YAML front matter that does not parse or is not a mapping. */
  | 'bad-front-matter'
  /** A file type the app does not read (e.g. .docx, .pdf by extension). */
  | 'unsupported-type';

export interface IngestErrorDetails {
  /** The limit that was exceeded (characters, or bytes for a raw file). */
  limit?: number;
  /** The measured size. */
  actual?: number;
  /** For `binary`: a recognised format, e.g. `pdf`, `zip`, `png`. */
  format?: string;
  /** For `bad-encoding`: the encoding that was tried. */
  encoding?: string;
  /** For `bad-front-matter`: 1-based line within the file. */
  line?: number;
  /** For `bad-front-matter`: 1-based column on that line, when the YAML parser says where. */
  column?: number;
  /** For `bad-front-matter`: the key whose value is wrong (e.g. `date`, `source.url`), when one is. */
  field?: string;
  /** For `bad-front-matter`: the parser's own reason (English, for the detail line). */
  reason?: string;
}

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  /** The file name as the reader knows it (or a label such as "Chinese side (pasted)"). */
  readonly file: string | undefined;
  readonly details: IngestErrorDetails;

  constructor(code: IngestErrorCode, file: string | undefined, details: IngestErrorDetails = {}) {
    super(`${file ? `${file}: ` : ''}${describeIngestError(code, details)}`);
    this.name = 'IngestError';
    this.code = code;
    this.file = file;
    this.details = details;
  }
}

/** An English one-liner for logs and the command line; the UI uses translated messages instead. */
export function describeIngestError(code: IngestErrorCode, d: IngestErrorDetails): string {
  switch (code) {
    case 'too-large':
      return `too large (${d.actual ?? '?'} > ${d.limit ?? '?'})`;
    case 'empty':
      return 'the text is empty';
    case 'punctuation-only':
      return 'the text has no letters, only punctuation or symbols';
    case 'binary':
      return `binary file${d.format ? ` (${d.format})` : ''}, not text`;
    case 'bad-encoding':
      return `bytes that are not valid ${(d.encoding ?? 'utf-8').toUpperCase()}`;
    case 'bad-front-matter':
      return `broken front matter${d.line ? ` at line ${d.line}` : ''}${d.reason ? `: ${d.reason}` : ''}`;
    case 'unsupported-type':
      return `unsupported file type${d.format ? ` (${d.format})` : ''}`;
  }
}

export function isIngestError(value: unknown): value is IngestError {
  return value instanceof IngestError;
}

/** Plain-data form, for crossing a worker boundary (class identity does not survive structured clone). */
export interface IngestErrorData {
  code: IngestErrorCode;
  file?: string;
  details: IngestErrorDetails;
}

export function toIngestErrorData(error: IngestError): IngestErrorData {
  return error.file === undefined
    ? { code: error.code, details: error.details }
    : { code: error.code, file: error.file, details: error.details };
}

export function fromIngestErrorData(data: IngestErrorData): IngestError {
  return new IngestError(data.code, data.file, data.details);
}

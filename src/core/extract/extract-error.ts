/**
 * Typed errors of extraction and of adding a page to a corpus. The message is one English line (the CLI
 * prints it as is); `code` lets a UI translate it.
 */

export type ExtractErrorCode =
  /** No block of the page reads like a readout (an index page, an error page, an empty body). */
  | 'no-readout'
  /** A `.mhtml` file without a readable HTML part. */
  | 'bad-mhtml'
  /** A data file (issuers, officials) that does not parse or fails its schema. */
  | 'bad-data'
  /** A file type that is not a web page or text. */
  | 'unsupported-type'
  /** Bytes that do not decode in the declared or detected encoding. */
  | 'bad-encoding'
  /** Which office published the text cannot be told (no address, no known site name). */
  | 'unknown-issuer'
  /** The participants of both sides cannot be recognised, so no meeting file can be written. */
  | 'unknown-participants'
  /** The text does not say whether it was a call, a video call, a meeting or talks. */
  | 'unknown-format'
  /** No date for the meeting in the page or the text. */
  | 'unknown-date'
  /** `--meeting ID` names something that is not a meeting id. */
  | 'bad-meeting-id'
  /** The corpus would not pass readouts:check after the change. */
  | 'invalid-result';

export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  readonly code: ExtractErrorCode;

  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

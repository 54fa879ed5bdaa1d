/**
 * Typed errors of the notes path. Low-level code throws them; the UI turns `code` into a translated message
 * (`notes:errors.<code>`). `message` is an English one-liner for tests and logs only.
 */

export type NotesErrorCode =
  /** A range outside the readout text, reversed, or empty. */
  | 'invalid-range'
  /** An import file that is not JSON at all. */
  | 'invalid-json'
  /** JSON that is not an annotation, an array of them, an AnnotationPage or an AnnotationCollection. */
  | 'not-annotations'
  /** IndexedDB is missing or refused to open (private mode, disabled storage). */
  | 'store-unavailable'
  /** The database was created by a newer version of the app (another tab or a later visit). */
  | 'store-too-new'
  /** Another tab upgraded the database; this tab closed its connection and must reload. */
  | 'store-closed'
  /** The browser's storage quota is full: nothing was written. */
  | 'quota-exceeded'
  /** Another tab saved this note since it was loaded here; nothing was overwritten. */
  | 'conflict'
  /** Another tab deleted this note since it was loaded here. */
  | 'deleted-elsewhere'
  /** Any other failed write (the transaction aborted); nothing was written. */
  | 'write-failed';

export class NotesError extends Error {
  override readonly name = 'NotesError';
  readonly code: NotesErrorCode;

  constructor(code: NotesErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.code = code;
  }
}

export function isNotesError(value: unknown): value is NotesError {
  return value instanceof NotesError;
}

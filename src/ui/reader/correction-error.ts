import type { NotesErrorCode } from '../../core/notes/notes-errors';

/** The codes a correction's write can fail with that the reader can act on; any other is a failed write. */
const SAID = ['store-unavailable', 'store-too-new', 'store-closed', 'quota-exceeded'] as const;

type Said = (typeof SAID)[number] | 'write-failed';

/** The `common` key of the message for a failed correction. */
export function correctionErrorKey(code: NotesErrorCode): `corrections.errors.${Said}` {
  const said: Said = (SAID as readonly string[]).includes(code) ? (code as Said) : 'write-failed';
  return `corrections.errors.${said}`;
}

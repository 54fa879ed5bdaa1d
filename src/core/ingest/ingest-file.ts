/**
 * A dropped or opened file (name + bytes) → an ingested text: the type from the extension, bytes decoded
 * strictly (decode-file.ts), then the same checks as pasted text (ingest-text.ts).
 */
import type { Side } from '../model';
import { decodeFile } from './decode-file';
import { IngestError } from './ingest-errors';
import {
  type CheckedText,
  checkText,
  type IngestedText,
  type IngestOptions,
  ingestChecked,
  type SourceKind,
} from './ingest-text';

/** Office, PDF and image files: refused by name with a message that says what to do instead. */
const REFUSED = /\.(pdf|docx?|odt|rtf|pages|xlsx?|pptx?|png|jpe?g|gif|webp|zip|gz)$/i;

export function kindFromName(name: string): SourceKind | null {
  const lower = name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (/\.txt$/.test(lower)) return 'text';
  return null;
}

/**
 * The checks of a file: refused by name (office, PDF, images), decoded strictly, then `checkText`. What the
 * app's drop and open and the `compare` command both run, so they refuse the same files. Throws IngestError.
 */
export function checkFile(
  bytes: Uint8Array,
  name: string,
  options: Pick<IngestOptions, 'maxChars'> = {},
): CheckedText {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (REFUSED.test(name)) throw new IngestError('unsupported-type', name, ext ? { format: ext } : {});
  const kind = kindFromName(name);
  const { text } = decodeFile(bytes, name, { html: kind === 'html' });
  return checkText(text, kind ? { ...options, file: name, kind } : { ...options, file: name });
}

export function ingestFile(
  bytes: Uint8Array,
  name: string,
  options: Omit<IngestOptions, 'file' | 'kind'> & { side?: Side } = {},
): IngestedText {
  return ingestChecked(checkFile(bytes, name, options), { ...options, file: name });
}

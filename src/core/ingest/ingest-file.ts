/**
 * A dropped or opened file (name + bytes) → an ingested text: the type from the extension, bytes decoded
 * strictly (decode-file.ts), then the same checks as pasted text (ingest-text.ts). The `compare` command and
 * the corpus loader read files through the same functions.
 */
import type { Side } from '../model';
import { decodeFile } from './decode-file';
import { IngestError } from './ingest-errors';
import {
  type CheckedText,
  checkBody,
  type IngestedText,
  type IngestOptions,
  ingestChecked,
  type SourceKind,
  type SplitInput,
  splitInput,
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
 * The first half of a file's checks: refused by name (office, PDF, images), decoded strictly, then
 * `splitInput`. Throws IngestError.
 */
export function splitFile(
  bytes: Uint8Array,
  name: string,
  options: Pick<IngestOptions, 'maxChars'> = {},
): SplitInput {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (REFUSED.test(name)) throw new IngestError('unsupported-type', name, ext ? { format: ext } : {});
  const kind = kindFromName(name);
  const { text } = decodeFile(bytes, name, { html: kind === 'html' });
  return splitInput(text, kind ? { ...options, file: name, kind } : { ...options, file: name });
}

/**
 * The checks of a file: `splitFile`, then `checkBody`. What the app's drop and open, the `compare` command and
 * the corpus loader all run, so they refuse the same files. Throws IngestError.
 */
export function checkFile(
  bytes: Uint8Array,
  name: string,
  options: Pick<IngestOptions, 'maxChars'> = {},
): CheckedText {
  const { body, ...parts } = splitFile(bytes, name, options);
  return { ...parts, text: checkBody(body, { ...options, file: name }) };
}

export function ingestFile(
  bytes: Uint8Array,
  name: string,
  options: Omit<IngestOptions, 'file' | 'kind'> & { side?: Side } = {},
): IngestedText {
  return ingestChecked(checkFile(bytes, name, options), { ...options, file: name });
}

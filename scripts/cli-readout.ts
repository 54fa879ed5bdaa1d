/**
 * One readout file read for the `compare` command: through the app's own checks (src/core/ingest: decoding,
 * front matter, empty or letterless text, the shared front-matter keys; a saved page's readout extracted as
 * the app extracts it, cli-page.ts), so the command refuses what the app and the corpus refuse; only the size
 * limit is the command's own (2 MB a file). Bad input throws InputError or IngestError (exit 2, one line).
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_ALIGN_SENTENCES } from '../src/core/compare/align-band';
import type { ReadoutMeta } from '../src/core/compare/comparison-report';
import type { CompareInput } from '../src/core/compare/types';
import { detectLangGuess } from '../src/core/ingest/detect';
import { readReadoutFields } from '../src/core/ingest/front-matter-fields';
import { IngestError } from '../src/core/ingest/ingest-errors';
import { checkFile } from '../src/core/ingest/ingest-file';
import type { IngestedText } from '../src/core/ingest/ingest-text';
import type { Lang } from '../src/core/model';
import { normalizeText } from '../src/core/text/normalize';
import { segmentSentences } from '../src/core/text/segment';
import { InputError } from './cli-args';
import { pageFileKind, readPage } from './cli-page';

export const MAX_BYTES = 2 * 1024 * 1024;

function readBytes(file: string): Uint8Array {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError(`${file}: not a regular file`);
    size = st.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `${file}: ${code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? 'error'})`}`,
    );
  }
  if (size > MAX_BYTES) throw new InputError(`${file}: file is ${size} bytes, over the 2 MB size limit`);
  return readFileSync(file);
}

/** A front-matter value as one line: strings as is, `{ en, zh }` as "en / zh", `{ title, url, date }` joined. */
function asText(value: unknown, depth = 0): string | undefined {
  if (value === undefined || value === null || depth > 2) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>)
      .slice(0, 10)
      .map((v) => asText(v, depth + 1))
      .filter(Boolean);
    return parts.length > 0 ? parts.join(' / ') : undefined;
  }
  return String(value);
}

export interface Readout {
  /** The engine's input; `input.text` is the text every offset of the output points into. */
  input: CompareInput;
  meta: ReadoutMeta;
}

/** The language the engine compares a text in: the given one, else the project's one detector. */
export function readoutLang(input: CompareInput): Lang {
  return input.lang ?? detectLangGuess(input.text).lang;
}

/** A saved page: its readout's body and what the page itself states (title, address, date). */
function pageReadout(file: string, page: IngestedText, langOverride: Lang | undefined): Readout {
  const input: CompareInput = { text: page.text, label: file };
  if (langOverride) input.lang = langOverride;
  const { sourceTitle, title, sourceDate, sourceUrl } = page.meta;
  const meta: ReadoutMeta = { file, title: sourceTitle ?? title, date: sourceDate, source: sourceUrl };
  return { input, meta };
}

export function readReadout(file: string, langOverride: Lang | undefined): Readout {
  const bytes = readBytes(file);
  const page = pageFileKind(file);
  if (page) return pageReadout(file, readPage(bytes, file, page), langOverride);
  // The app's checks, with the command's own size limit (a 2 MB file has at most 2 M characters).
  const checked = checkFile(bytes, file, { maxChars: MAX_BYTES });
  const fm = checked.frontMatter ?? {};
  // The keys every reader shares, checked as the app and the corpus check them; the command refuses the
  // file over a wrong value (the app leaves it for the reader to fill in). --lang-a/-b replaces `lang`.
  const { fields, problems } = readReadoutFields(fm, langOverride ? undefined : checked.text);
  const problem = problems.find((p) => !(langOverride && p.field === 'lang'));
  if (problem)
    throw new IngestError('bad-front-matter', file, { field: problem.field, reason: problem.detail });
  const input: CompareInput = { text: checked.text, label: file };
  const lang = langOverride ?? fields.lang;
  if (fields.side) input.side = fields.side;
  if (lang) input.lang = lang;
  if (fields.completeness) input.completeness = fields.completeness;
  const meta: ReadoutMeta = {
    file,
    issuer: asText(fm.issuer),
    title: asText(fm.title) ?? checked.html.title,
    date: fields.date ?? fields.sourceDate,
    source: asText(fm.source) ?? checked.html.url,
  };
  return { input, meta };
}

/**
 * Sentences as the engine will count them (its language guess, normalisation and segmenter), so a text over
 * the aligner's limit is refused before the costly analysis rather than after it.
 */
export function checkSentences(file: string, input: CompareInput): void {
  const count = segmentSentences(normalizeText(input.text).text, readoutLang(input)).length;
  if (count > MAX_ALIGN_SENTENCES) {
    throw new InputError(
      `${file}: too many sentences to compare (${count}; the limit is ${MAX_ALIGN_SENTENCES})`,
    );
  }
}

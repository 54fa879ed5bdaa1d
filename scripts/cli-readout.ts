/**
 * One readout file read for the `compare` command: through the app's own checks (src/core/ingest: decoding,
 * front matter, empty or letterless text), so the command refuses what the app refuses; only the size limit is
 * the command's own (2 MB a file). Bad input throws InputError or IngestError (exit 2, one line).
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_ALIGN_SENTENCES } from '../src/core/compare/align-band';
import type { ReadoutMeta } from '../src/core/compare/comparison-report';
import type { CompareInput } from '../src/core/compare/types';
import { checkFile } from '../src/core/ingest/ingest-file';
import type { Lang } from '../src/core/model';
import { detectLang } from '../src/core/text/detect-lang';
import { normalizeText } from '../src/core/text/normalize';
import { segmentSentences } from '../src/core/text/segment';
import { InputError, shown } from './cli-args';

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

function oneOf<T extends string>(
  file: string,
  fm: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const v = fm[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(
    `${file}: broken front matter: ${key} must be ${allowed.join(' or ')}, not ${shown(v)}`,
  );
}

export interface Readout {
  /** The engine's input; `input.text` is the text every offset of the output points into. */
  input: CompareInput;
  meta: ReadoutMeta;
}

export function readReadout(file: string, langOverride: Lang | undefined): Readout {
  // The app's checks, with the command's own size limit (a 2 MB file has at most 2 M characters).
  const checked = checkFile(readBytes(file), file, { maxChars: MAX_BYTES });
  const fm = checked.frontMatter ?? {};
  const input: CompareInput = { text: checked.text, label: file };
  const side = oneOf(file, fm, 'side', ['cn', 'us'] as const);
  const lang = langOverride ?? oneOf(file, fm, 'lang', ['zh', 'en'] as const);
  const completeness = oneOf(file, fm, 'completeness', ['full', 'excerpt'] as const);
  if (side) input.side = side;
  if (lang) input.lang = lang;
  if (completeness) input.completeness = completeness;
  const source = fm.source;
  const meta: ReadoutMeta = {
    file,
    issuer: asText(fm.issuer),
    title: asText(fm.title) ?? checked.html.title,
    date: asText(
      fm.date ?? (source && typeof source === 'object' ? (source as { date?: unknown }).date : undefined),
    ),
    source: asText(source) ?? checked.html.url,
  };
  return { input, meta };
}

/**
 * Sentences as the engine will count them (its language guess, normalisation and segmenter), so a text over
 * the aligner's limit is refused before the costly analysis rather than after it.
 */
export function checkSentences(file: string, input: CompareInput): void {
  const lang = input.lang ?? detectLang(input.text) ?? 'en';
  const count = segmentSentences(normalizeText(input.text).text, lang).length;
  if (count > MAX_ALIGN_SENTENCES) {
    throw new InputError(
      `${file}: too many sentences to compare (${count}; the limit is ${MAX_ALIGN_SENTENCES})`,
    );
  }
}

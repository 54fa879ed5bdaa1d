/**
 * The `compare` command's work, as a function (scripts/compare.ts runs it; tests call it in-process).
 * Compares two readout files (plain text or Markdown with optional YAML front matter) with the engine in
 * src/core. Contract: ../shared/spec/compare-cli.md. Exit 0 on success, 2 with one line on stderr naming the
 * file and the problem for bad input, 1 when the project's own lexicon cannot be loaded (or on a bug).
 * Files are read through the app's own checks (src/core/ingest: decoding, front matter, empty or letterless
 * text), so the command refuses what the app refuses; only the size limit is the command's own (2 MB a file).
 */
import { readFileSync, statSync } from 'node:fs';
import { isAlignLimitError, MAX_ALIGN_SENTENCES } from '../src/core/compare/align-band';
import type { ReadoutMeta } from '../src/core/compare/comparison-report';
import type { CompareInput } from '../src/core/compare/types';
import { isIngestError } from '../src/core/ingest/ingest-errors';
import { checkFile } from '../src/core/ingest/ingest-file';
import type { CompiledLexicon } from '../src/core/lexicon/types';
import type { Lang } from '../src/core/model';
import { detectLang } from '../src/core/text/detect-lang';
import { normalizeText } from '../src/core/text/normalize';
import { segmentSentences } from '../src/core/text/segment';

const MAX_BYTES = 2 * 1024 * 1024;
const USAGE = 'usage: compare A B [--format json|md] [--lang-a zh|en] [--lang-b zh|en]';

/** Bad input: exit 2 with this one-line message. */
class InputError extends Error {}

interface Args {
  files: [string, string];
  format: 'json' | 'md';
  langs: [Lang | undefined, Lang | undefined];
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!['format', 'lang-a', 'lang-b'].includes(name))
      throw new InputError(`unknown option --${name}; ${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new InputError(`--${name} needs a value; ${USAGE}`);
    opts[name] = value;
  }
  if (files.length !== 2) throw new InputError(`expected two readout files, got ${files.length}; ${USAGE}`);
  const format = opts.format ?? 'md';
  if (format !== 'json' && format !== 'md')
    throw new InputError(`--format must be json or md, not ${shown(format)}`);
  const lang = (name: string): Lang | undefined => {
    const v = opts[name];
    if (v === undefined) return undefined;
    if (v !== 'zh' && v !== 'en') throw new InputError(`--${name} must be zh or en, not ${shown(v)}`);
    return v;
  };
  return { files: [files[0] as string, files[1] as string], format, langs: [lang('lang-a'), lang('lang-b')] };
}

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

/** A value from an input file, quoted and short, for a message. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
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

function readReadout(
  file: string,
  langOverride: Lang | undefined,
): { input: CompareInput; meta: ReadoutMeta } {
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
function checkSentences(file: string, input: CompareInput): void {
  const lang = input.lang ?? detectLang(input.text) ?? 'en';
  const count = segmentSentences(normalizeText(input.text).text, lang).length;
  if (count > MAX_ALIGN_SENTENCES) {
    throw new InputError(
      `${file}: too many sentences to compare (${count}; the limit is ${MAX_ALIGN_SENTENCES})`,
    );
  }
}

/** One line, whatever a file name or a parser's reason holds (control characters escaped, length capped). */
function oneLine(message: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
  const flat = message.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return flat.length > 500 ? `${flat.slice(0, 499)}…` : flat;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** What the command prints and its exit status. */
export interface CompareRun {
  status: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

function fail(message: string, status: 1 | 2): CompareRun {
  return { status, stdout: '', stderr: `compare: ${oneLine(message)}\n` };
}

let lexiconOnce: Promise<CompiledLexicon> | null = null;

// The engine and the lexicon load only once the inputs are known to be good, so bad input fails fast.
function loadLexicon(): Promise<CompiledLexicon> {
  lexiconOnce ??= compileProjectLexicon();
  return lexiconOnce;
}

async function compileProjectLexicon(): Promise<CompiledLexicon> {
  const [{ parseLexicon }, { compileLexicon }] = await Promise.all([
    import('../src/core/lexicon/parse-lexicon'),
    import('../src/core/lexicon/compile-lexicon'),
  ]);
  const url = new URL('../readouts/topics.yaml', import.meta.url);
  return compileLexicon(parseLexicon(readFileSync(url, 'utf8'), 'readouts/topics.yaml'));
}

export async function runCompare(argv: string[]): Promise<CompareRun> {
  let args: Args;
  let sides: Array<{ input: CompareInput; meta: ReadoutMeta }>;
  try {
    args = parseArgs(argv);
    sides = [readReadout(args.files[0], args.langs[0]), readReadout(args.files[1], args.langs[1])];
    for (const [k, side] of sides.entries()) checkSentences(args.files[k as 0 | 1], side.input);
  } catch (error) {
    if (error instanceof InputError || isIngestError(error)) return fail(error.message, 2);
    return fail(`internal error (${describe(error)})`, 1);
  }
  let lexicon: CompiledLexicon;
  try {
    lexicon = await loadLexicon();
  } catch (error) {
    return fail(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error), 1);
  }
  const [{ prepareCompare }, { renderComparisonMarkdown }, { comparisonReport }] = await Promise.all([
    import('../src/core/compare/compare-readouts'),
    import('../src/core/compare/comparison-markdown'),
    import('../src/core/compare/comparison-report'),
  ]);
  const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
  let output: string;
  try {
    const comparison = await prepareCompare(a.input, b.input, lexicon);
    const labelOf = (id: string) => lexicon.topicById.get(id)?.label;
    const meta: [ReadoutMeta, ReadoutMeta] = [a.meta, b.meta];
    output =
      args.format === 'json'
        ? `${JSON.stringify(comparisonReport(comparison, meta, labelOf), null, 2)}\n`
        : renderComparisonMarkdown(comparison, meta, labelOf);
  } catch (error) {
    if (isAlignLimitError(error)) return fail(`${args.files[0]}, ${args.files[1]}: ${error.message}`, 2);
    // A bug, not the input's fault: still one line, with the files it happened on.
    return fail(`${args.files[0]}, ${args.files[1]}: internal error (${describe(error)})`, 1);
  }
  return { status: 0, stdout: output, stderr: '' };
}

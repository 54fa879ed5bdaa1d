/**
 * `npm run --silent compare -- A B [--format json|md] [--lang-a zh|en] [--lang-b zh|en]`
 * Compares two readout files (plain text or Markdown with optional YAML front matter) with the engine in
 * src/core. Contract: ../shared/spec/compare-cli.md. Exit 0 on success, 2 with one line on stderr naming the
 * file and the problem for bad input, 1 when the project's own lexicon cannot be loaded.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { ReadoutMeta } from '../src/core/compare/comparison-report';
import type { CompareInput } from '../src/core/compare/types';
import { normaliseNewlines, splitFrontMatter } from '../src/core/corpus/front-matter';
import type { CompiledLexicon } from '../src/core/lexicon/types';
import type { Lang } from '../src/core/model';

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
    throw new InputError(`--format must be json or md, not "${format}"`);
  const lang = (name: string): Lang | undefined => {
    const v = opts[name];
    if (v === undefined) return undefined;
    if (v !== 'zh' && v !== 'en') throw new InputError(`--${name} must be zh or en, not "${v}"`);
    return v;
  };
  return { files: [files[0] as string, files[1] as string], format, langs: [lang('lang-a'), lang('lang-b')] };
}

function readBytes(file: string): Buffer {
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

function decode(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: undecodable bytes (the file is not valid UTF-8 text)`);
  }
}

/** A front-matter value as one line: strings as is, `{ en, zh }` as "en / zh", `{ title, url, date }` joined. */
function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>)
      .map(asText)
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
    `${file}: broken front matter: ${key} must be ${allowed.join(' or ')}, not ${JSON.stringify(v)}`,
  );
}

function frontMatter(file: string, yaml: string): Record<string, unknown> {
  const doc = parseDocument(yaml, { prettyErrors: false });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line;
    const where = line ? ` (line ${line + 1})` : '';
    throw new InputError(`${file}: broken front matter${where}: ${err.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${file}: broken front matter: expected "key: value" lines`);
  }
  return data as Record<string, unknown>;
}

function readReadout(
  file: string,
  langOverride: Lang | undefined,
): { input: CompareInput; meta: ReadoutMeta } {
  const content = normaliseNewlines(decode(file, readBytes(file)));
  let body = content;
  let fm: Record<string, unknown> = {};
  if (/^---[ \t]*\n/.test(content)) {
    const split = splitFrontMatter(content);
    if (!split) throw new InputError(`${file}: broken front matter: no closing --- line`);
    fm = frontMatter(file, split.yaml);
    body = split.body;
  }
  if (body.trim() === '')
    throw new InputError(`${file}: empty text (nothing to compare after the front matter)`);
  const input: CompareInput = { text: body, label: file };
  const side = oneOf(file, fm, 'side', ['cn', 'us'] as const);
  const lang = langOverride ?? oneOf(file, fm, 'lang', ['zh', 'en'] as const);
  const completeness = oneOf(file, fm, 'completeness', ['full', 'excerpt'] as const);
  if (side) input.side = side;
  if (lang) input.lang = lang;
  if (completeness) input.completeness = completeness;
  const meta: ReadoutMeta = {
    file,
    issuer: asText(fm.issuer),
    title: asText(fm.title),
    date: asText(fm.date ?? (fm.source as Record<string, unknown> | undefined)?.date),
    source: asText(fm.source),
  };
  return { input, meta };
}

// The engine and the lexicon load only once the inputs are known to be good, so bad input fails fast.
async function loadLexicon(): Promise<CompiledLexicon> {
  const [{ parseLexicon }, { compileLexicon }] = await Promise.all([
    import('../src/core/lexicon/parse-lexicon'),
    import('../src/core/lexicon/compile-lexicon'),
  ]);
  const url = new URL('../readouts/topics.yaml', import.meta.url);
  return compileLexicon(parseLexicon(readFileSync(url, 'utf8'), 'readouts/topics.yaml'));
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  let sides: Array<{ input: CompareInput; meta: ReadoutMeta }>;
  try {
    args = parseArgs(argv);
    sides = [readReadout(args.files[0], args.langs[0]), readReadout(args.files[1], args.langs[1])];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`compare: ${error.message}\n`);
    return 2;
  }
  let lexicon: CompiledLexicon;
  try {
    lexicon = await loadLexicon();
  } catch (error) {
    process.stderr.write(
      `compare: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
    );
    return 1;
  }
  const [{ prepareCompare }, { renderComparisonMarkdown }, { comparisonReport }] = await Promise.all([
    import('../src/core/compare/compare-readouts'),
    import('../src/core/compare/comparison-markdown'),
    import('../src/core/compare/comparison-report'),
  ]);
  const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
  const comparison = await prepareCompare(a.input, b.input, lexicon);
  const labelOf = (id: string) => lexicon.topicById.get(id)?.label;
  const meta: [ReadoutMeta, ReadoutMeta] = [a.meta, b.meta];
  process.stdout.write(
    args.format === 'json'
      ? `${JSON.stringify(comparisonReport(comparison, meta, labelOf), null, 2)}\n`
      : renderComparisonMarkdown(comparison, meta, labelOf),
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

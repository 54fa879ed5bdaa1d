/**
 * The `compare` command's arguments and its one-line messages. Two modes: a pair of readout files, or a whole
 * corpus folder (`--corpus DIR`). Bad arguments throw InputError (exit 2, one line).
 */
import { shown } from '../src/core/ingest/shown-value';
import type { Lang } from '../src/core/model';

export const USAGE = 'usage: compare A B [--format json|md] [--lang-a zh|en] [--lang-b zh|en]';
export const BATCH_USAGE = 'usage: compare --corpus DIR [--format csv|json]';

/** Bad input: exit 2 with this one-line message. */
export class InputError extends Error {}

export interface PairArgs {
  mode: 'pair';
  files: [string, string];
  format: 'json' | 'md';
  langs: [Lang | undefined, Lang | undefined];
}

export interface BatchArgs {
  mode: 'batch';
  dir: string;
  format: 'csv' | 'json';
}

export type Args = PairArgs | BatchArgs;

const OPTIONS = ['format', 'lang-a', 'lang-b', 'corpus'];

/** One line, whatever a file name or a parser's reason holds (control characters escaped, length capped). */
export function oneLine(message: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
  const flat = message.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return flat.length > 500 ? `${flat.slice(0, 499)}…` : flat;
}

function batchArgs(files: string[], opts: Record<string, string>): BatchArgs {
  if (files.length > 0)
    throw new InputError(`--corpus compares a folder: no readout files with it (got ${files.length})`);
  for (const name of ['lang-a', 'lang-b']) {
    if (opts[name] !== undefined)
      throw new InputError(`--${name} does not apply to --corpus; ${BATCH_USAGE}`);
  }
  const format = opts.format ?? 'csv';
  if (format !== 'csv' && format !== 'json')
    throw new InputError(`--format must be csv or json with --corpus, not ${shown(format)}`);
  return { mode: 'batch', dir: opts.corpus as string, format };
}

export function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!OPTIONS.includes(name)) throw new InputError(`unknown option --${name}; ${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined)
      throw new InputError(`--${name} needs a value; ${name === 'corpus' ? BATCH_USAGE : USAGE}`);
    opts[name] = value;
  }
  if (opts.corpus !== undefined) return batchArgs(files, opts);
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
  return {
    mode: 'pair',
    files: [files[0] as string, files[1] as string],
    format,
    langs: [lang('lang-a'), lang('lang-b')],
  };
}

/**
 * YAML front matter (`---` … `---` at the very top of a .md or .txt file) → a plain mapping and the body.
 * Uses `yaml` with a regex split (gray-matter needs Node's Buffer). Only the `#/new` route and the worker
 * load this module, so `yaml` stays out of the first page load.
 */
import { parse, YAMLError } from 'yaml';
import { IngestError } from './ingest-errors';

export interface FrontMatterSplit {
  /** The mapping, or null when the file has no front matter. */
  data: Record<string, unknown> | null;
  body: string;
  /** Number of lines before the body (so error lines in the body can be reported in file terms). */
  bodyLine: number;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function hasFrontMatter(text: string): boolean {
  return OPEN.test(text);
}

export function splitFrontMatter(text: string, file?: string): FrontMatterSplit {
  const open = OPEN.exec(text);
  if (!open) return { data: null, body: text, bodyLine: 0 };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    throw new IngestError('bad-front-matter', file, { line: 1, reason: 'no closing --- line' });
  }
  const yamlText = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const bodyLine = 1 + countLines(yamlText) + 1;
  let data: unknown;
  try {
    data = parse(yamlText, { uniqueKeys: true, maxAliasCount: 50 });
  } catch (error) {
    if (error instanceof YAMLError) {
      const line = (error.linePos?.[0]?.line ?? 0) + 1; // +1 for the opening --- line
      throw new IngestError('bad-front-matter', file, { line, reason: firstLine(error.message) });
    }
    throw new IngestError('bad-front-matter', file, { reason: 'unreadable YAML' });
  }
  if (data === null || data === undefined) return { data: {}, body: afterClose, bodyLine };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError('bad-front-matter', file, {
      line: 2,
      reason: 'front matter is not a key: value mapping',
    });
  }
  return { data: data as Record<string, unknown>, body: afterClose, bodyLine };
}

function countLines(text: string): number {
  if (text.length === 0) return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

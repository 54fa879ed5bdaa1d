/**
 * YAML front matter (`---` … `---` at the very top of a .md or .txt file) → a plain mapping and the body.
 * Uses `yaml` (through untrusted-yaml.ts: no aliases, keys checked in linear time) with a regex split
 * (gray-matter needs Node's Buffer). Only the `#/new` route, the worker and the `compare` command load this
 * module, so `yaml` stays out of the first page load.
 */
import { IngestError } from './ingest-errors';
import { parseUntrustedYaml } from './untrusted-yaml';

export interface FrontMatterSplit {
  /** The mapping, or null when the file has no front matter. */
  data: Record<string, unknown> | null;
  body: string;
  /** Number of lines before the body (so error lines in the body can be reported in file terms). */
  bodyLine: number;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

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
  const parsed = parseUntrustedYaml(yamlText);
  if (!parsed.ok) {
    // Lines of the YAML are lines of the file after the opening --- line.
    const where = parsed.line === undefined ? {} : { line: parsed.line + 1 };
    throw new IngestError('bad-front-matter', file, { ...where, reason: parsed.reason });
  }
  const data = parsed.data;
  if (data === null || data === undefined) return { data: {}, body: afterClose, bodyLine };
  // A mapping becomes a plain object; anything else (a list, a scalar, !!binary bytes) is no front matter.
  if (typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype) {
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

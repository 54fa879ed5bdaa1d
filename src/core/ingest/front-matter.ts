/**
 * YAML front matter (`---` … `---` or `...` at the very top of a .md or .txt file) → a plain mapping and the
 * body: the one split of the app, the `compare` command and the corpus loader. Line ends are made `\n` first,
 * so CRLF and CR-only files split like any other. Uses `yaml` (through untrusted-yaml.ts: no aliases, keys
 * checked in linear time) with a regex split (gray-matter needs Node's Buffer). Only the `#/new` route, the
 * worker, the corpus loader and the commands load this module, so `yaml` stays out of the first page load.
 */
import { IngestError } from './ingest-errors';
import { parseUntrustedYaml } from './untrusted-yaml';

export interface FrontMatterSplit {
  /** The mapping, or null when the file has no front matter. */
  data: Record<string, unknown> | null;
  /** The text after the closing line, with `\n` line ends. */
  body: string;
  /** Number of lines before the body (so error lines in the body can be reported in file terms). */
  bodyLine: number;
}

/** The `reason` of the two refusals that are about the block itself rather than its YAML. */
export const UNCLOSED_FRONT_MATTER = 'no closing --- line';
export const NOT_A_MAPPING = 'front matter is not a key: value mapping';

const OPEN = /^\uFEFF?---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(raw: string, file?: string): FrontMatterSplit {
  const text = raw.replace(/\r\n?/g, '\n');
  const open = OPEN.exec(text);
  if (!open) return { data: null, body: text, bodyLine: 0 };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new IngestError('bad-front-matter', file, { line: 1, reason: UNCLOSED_FRONT_MATTER });
  const yamlText = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  const bodyLine = 1 + countLines(yamlText) + 1;
  const parsed = parseUntrustedYaml(yamlText);
  if (!parsed.ok) {
    // Lines of the YAML are lines of the file after the opening --- line.
    const where =
      parsed.line === undefined
        ? {}
        : { line: parsed.line + 1, ...(parsed.column ? { column: parsed.column } : {}) };
    throw new IngestError('bad-front-matter', file, { ...where, reason: parsed.reason });
  }
  const data = parsed.data;
  if (data === null || data === undefined) return { data: {}, body: afterClose, bodyLine };
  // A mapping becomes a plain object; anything else (a list, a scalar, !!binary bytes) is no front matter.
  if (typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype) {
    throw new IngestError('bad-front-matter', file, { line: 2, reason: NOT_A_MAPPING });
  }
  return { data: data as Record<string, unknown>, body: afterClose, bodyLine };
}

function countLines(text: string): number {
  if (text.length === 0) return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

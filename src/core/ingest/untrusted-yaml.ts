/**
 * YAML from a file we did not write (front matter of a dropped or opened file, the `compare` command's
 * inputs) → plain data, or the reason it is refused. Never throws and never logs: each caller turns a refusal
 * into its own typed error. Linear in the size of the text: the `yaml` package's own duplicate-key check
 * compares every key with every other (40,000 keys took 30 s), so keys are checked here with a set instead.
 */
import { type Document, isScalar, parseDocument, visit } from 'yaml';

export type UntrustedYaml =
  | { ok: true; data: unknown }
  | { ok: false; reason: string; line?: number; column?: number };

/**
 * Aliases (`*name`) are refused outright (`maxAliasCount: 0`, the `yaml` package's own guard): readout
 * metadata never needs them, and they are how alias bombs, undefined aliases and self-references (a value
 * that contains itself) get in. `line` and `column` are 1-based within `text`.
 */
export function parseUntrustedYaml(text: string): UntrustedYaml {
  const refuse = (reason: string, offset?: number): UntrustedYaml =>
    offset === undefined ? { ok: false, reason } : { ok: false, reason, ...positionOf(text, offset) };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, logLevel: 'silent' });
  } catch (error) {
    return refuse(reasonOf(error));
  }
  const parseError = doc.errors[0];
  if (parseError) return refuse(reasonOf(parseError), parseError.pos[0]);
  try {
    const keyProblem = checkKeys(doc);
    if (keyProblem) return refuse(keyProblem.reason, keyProblem.offset);
    return { ok: true, data: doc.toJS({ maxAliasCount: 0 }) };
  } catch (error) {
    if (error instanceof ReferenceError) return refuse('aliases (*name) are not allowed', firstAlias(doc));
    return refuse(reasonOf(error));
  }
}

/** The first key that repeats in its mapping, or that is not plain text (a list, a mapping, an alias). */
function checkKeys(doc: Document.Parsed): { reason: string; offset?: number } | null {
  let problem: { reason: string; offset?: number } | null = null;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) {
          problem = { reason: 'a key that is not plain text', offset: rangeStart(key) };
          return visit.BREAK;
        }
        const name = String(key.value);
        if (seen.has(name)) {
          problem = { reason: `duplicate key "${clip(name, 40)}"`, offset: key.range?.[0] };
          return visit.BREAK;
        }
        seen.add(name);
      }
      return undefined;
    },
  });
  return problem;
}

/** Where the first alias is (for the message: `toJS` refuses it without saying where). */
function firstAlias(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** An error as a reason; the parser reports a stack overflow on absurd nesting as a parse error of its own. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return 'unreadable YAML';
  if (error instanceof RangeError || /call stack/i.test(error.message)) return 'nested too deeply';
  return clip(error.message.split('\n')[0]?.trim() || 'unreadable YAML', 200);
}

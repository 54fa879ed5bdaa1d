import type { z } from 'zod';

/** A schema problem as a field path and a sentence, ready for a CorpusError. */
export interface FieldProblem {
  field: string;
  detail: string;
}

/** `quotedIn[0].outlet.en` style path. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** How a YAML value reads in a message: strings quoted, containers named. */
function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

function listChoices(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  if (quoted.length <= 2) return quoted.join(' or ');
  return `one of ${quoted.join(', ')}`;
}

const EXPECTED: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

/** Turn one zod issue into field problems with plain messages that show the offending value. */
export function formatIssue(issue: z.core.$ZodIssue, raw: unknown): FieldProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      field: formatPath([...issue.path, key]),
      detail: 'unknown field (misspelt, or not part of the schema)',
    }));
  }
  const field = formatPath(issue.path);
  const value = valueAt(raw, issue.path);
  if (value === undefined) return [{ field, detail: 'is required but missing' }];
  switch (issue.code) {
    case 'invalid_type':
      return [
        {
          field,
          detail: `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}`,
        },
      ];
    case 'invalid_value':
      return [{ field, detail: `expected ${listChoices(issue.values)}, got ${describeValue(value)}` }];
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      const expected = options.length > 0 ? listChoices(options) : 'a valid value';
      return [{ field, detail: `expected ${expected}, got ${describeValue(value)}` }];
    }
    case 'invalid_format':
    case 'custom':
      return [{ field, detail: `${issue.message}, got ${describeValue(value)}` }];
    default:
      return [{ field, detail: issue.message }];
  }
}

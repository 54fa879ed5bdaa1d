/**
 * Shared by the two data files of extraction (issuers, officials): YAML → plain data with hostile input
 * bounded (no aliases, a size cap), then a zod schema; every problem is one ExtractError naming file and field.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ExtractError } from './extract-error';

const MAX_DATA_CHARS = 2_000_000;

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

export function parseDataFile<T>(text: string, file: string, schema: z.ZodType<T>): T {
  if (text.length > MAX_DATA_CHARS) throw new ExtractError('bad-data', `${file}: the file is too large`);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const reason = (doc.errors[0]?.message ?? '').split('\n')[0];
    throw new ExtractError('bad-data', `${file}: invalid YAML: ${reason}`);
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 0 });
  } catch {
    throw new ExtractError('bad-data', `${file}: YAML aliases (*name) are not allowed in this file`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? fieldPath(issue.path) : '';
    throw new ExtractError('bad-data', `${file}: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { checkPattern, PatternSyntaxError } from '../lexicon/pattern-syntax';
import type { Lang } from '../model';
import { LedgerDataError } from './ledger-error';

/*
 * Shared by the ledger's two data files (phrases.yaml, commitments.yaml): YAML → plain data with hostile input
 * bounded (size cap, no aliases), then a zod schema, then pattern syntax. Only this module and the two
 * parsers import `yaml` and `zod`; the browser gets the parsed data as JSON and compiles it.
 */

const MAX_DATA_CHARS = 1_000_000;

/* The fields both files are made of. */
const nonEmpty = z.string().trim().min(1, 'must be a non-empty string');
export const bilingual = z.strictObject({ en: nonEmpty, zh: nonEmpty });
export const kebab = z
  .string({ error: 'must be a string' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits, hyphens)');
export const patterns = z.array(z.string({ error: 'must be a string (a pattern)' })).default([]);

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

/** YAML text → data checked against `schema`; throws LedgerDataError naming `file` and the field. */
export function parseDataFile<T>(text: string, file: string, schema: z.ZodType<T>): T {
  if (text.length > MAX_DATA_CHARS) {
    throw new LedgerDataError(
      'LEDGER_YAML',
      file,
      '',
      `the file is too large (over ${MAX_DATA_CHARS} characters)`,
    );
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = lineCounter.linePos(yamlError.pos[0]);
    const detail = `invalid YAML: ${yamlError.message.split('\n')[0]}`;
    throw new LedgerDataError('LEDGER_YAML', file, `line ${pos.line}, column ${pos.col}`, detail);
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 0 });
  } catch {
    throw new LedgerDataError('LEDGER_YAML', file, '', 'YAML aliases (*name) are not allowed in this file');
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new LedgerDataError(
      'LEDGER_SCHEMA',
      file,
      fieldPath(issue?.path ?? []),
      issue?.message ?? 'invalid',
    );
  }
  return result.data;
}

/** Patterns of one language at `where` (e.g. `phrases[2].forms[0]`): each must compile (same syntax as topics.yaml). */
export function checkPatternList(file: string, where: string, lang: Lang, patterns: readonly string[]): void {
  patterns.forEach((pattern, i) => {
    try {
      checkPattern(pattern, lang);
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      throw new LedgerDataError('LEDGER_PATTERN', file, `${where}.${lang}[${i}]`, error.message);
    }
  });
}

/** Throws for the second use of an id in `ids`, naming both places. */
export function checkUniqueIds(file: string, ids: readonly string[], pathOf: (i: number) => string): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) {
      throw new LedgerDataError(
        'LEDGER_REFS',
        file,
        pathOf(i),
        `duplicate id "${id}" (also ${pathOf(first)})`,
      );
    }
    seen.set(id, i);
  });
}

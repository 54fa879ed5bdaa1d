import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { CorpusError } from './corpus-error';
import { formatIssue } from './format-issue';
import { normaliseNewlines, splitFrontMatter } from './front-matter';
import {
  type MeetingFile,
  meetingFileSchema,
  type ReadoutFrontMatter,
  readoutFrontMatterSchema,
} from './schemas';

/** A parse result: the value when the file is valid, and every problem found in it. */
export interface Parsed<T> {
  value?: T;
  errors: CorpusError[];
}

export interface ParsedReadout {
  frontMatter: ReadoutFrontMatter;
  /** The body with line endings normalised and surrounding blank lines removed. */
  text: string;
}

/** Parse YAML into plain data; `firstLine` is the file line the YAML starts on, for error positions. */
function parseYaml(yamlText: string, file: string, firstLine: number): Parsed<unknown> {
  // prettyErrors computes line positions (and appends them to the message, which is cut off again here).
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => {
        const pos = error.linePos?.[0];
        const where = pos ? ` at line ${pos.line + firstLine - 1}, column ${pos.col}` : '';
        const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        return new CorpusError('CORPUS_YAML', file, '', `invalid YAML${where}: ${reason}`);
      }),
    };
  }
  return { value: doc.toJS(), errors: [] };
}

function validate<T>(schema: z.ZodType<T>, raw: unknown, file: string): Parsed<T> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      errors: [new CorpusError('CORPUS_SCHEMA', file, '', 'expected a mapping of fields (key: value)')],
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { value: result.data, errors: [] };
  const errors = result.error.issues.flatMap((issue) =>
    formatIssue(issue, raw).map(({ field, detail }) => new CorpusError('CORPUS_SCHEMA', file, field, detail)),
  );
  return { errors };
}

/** Parse and validate a `meeting.yaml`. */
export function parseMeetingFile(file: string, content: string): Parsed<MeetingFile> {
  const yaml = parseYaml(normaliseNewlines(content), file, 1);
  if (yaml.errors.length > 0) return { errors: yaml.errors };
  return validate(meetingFileSchema, yaml.value, file);
}

/** Parse and validate a readout `.md` file: YAML front matter, then the text itself. */
export function parseReadoutFile(file: string, content: string): Parsed<ParsedReadout> {
  const split = splitFrontMatter(content);
  if (!split) {
    const detail = 'must start with a YAML front-matter block between two "---" lines';
    return { errors: [new CorpusError('CORPUS_FRONT_MATTER', file, '', detail)] };
  }
  const yaml = parseYaml(split.yaml, file, split.yamlLine);
  if (yaml.errors.length > 0) return { errors: yaml.errors };
  const parsed = validate(readoutFrontMatterSchema, yaml.value, file);
  if (!parsed.value) return { errors: parsed.errors };
  return { value: { frontMatter: parsed.value, text: split.body.trim() }, errors: [] };
}

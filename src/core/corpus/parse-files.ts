/**
 * The two kinds of corpus file, parsed and validated. A readout file goes through the app's and the `compare`
 * command's own ingestion (src/core/ingest: strict decoding, the one front-matter split, YAML read as untrusted,
 * empty or letterless text refused), so a file has one verdict wherever it is read; the corpus then asks for
 * more (front matter, and every field of its schema). `meeting.yaml` is decoded and parsed the same way.
 */
import type { z } from 'zod';
import { decodeFile } from '../ingest/decode-file';
import { isIngestError } from '../ingest/ingest-errors';
import { splitFile } from '../ingest/ingest-file';
import { checkBody, type SplitInput } from '../ingest/ingest-text';
import { parseUntrustedYaml } from '../ingest/untrusted-yaml';
import { CorpusError } from './corpus-error';
import { formatIssue } from './format-issue';
import { corpusErrorOf, yamlDetail } from './ingest-problem';
import {
  type MeetingFile,
  meetingFileSchema,
  type ReadoutFrontMatter,
  readoutFrontMatterSchema,
} from './schemas';

/** A file as read from disk (bytes), or as text already in memory (a fixture, a folder about to be exported). */
export type CorpusFileContent = string | Uint8Array;

/** A parse result: the value when the file is valid, and every problem found in it. */
export interface Parsed<T> {
  value?: T;
  errors: CorpusError[];
}

export interface ParsedReadout {
  frontMatter: ReadoutFrontMatter;
  /** The text as the app stores a pasted or opened one (ingest's normalizeText). */
  text: string;
}

// Text in memory goes through the same decoder as bytes from disk, so both get the same checks.
const bytesOf = (content: CorpusFileContent) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content;

/** Run one of the shared ingestion steps; its refusal becomes the file's one corpus problem. */
function ingest<T>(file: string, step: () => T): { value: T } | { error: CorpusError } {
  try {
    return { value: step() };
  } catch (error) {
    if (isIngestError(error)) return { error: corpusErrorOf(error, file) };
    throw error;
  }
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
export function parseMeetingFile(file: string, content: CorpusFileContent): Parsed<MeetingFile> {
  const decoded = ingest(file, () => decodeFile(bytesOf(content), file));
  if ('error' in decoded) return { errors: [decoded.error] };
  const yaml = parseUntrustedYaml(decoded.value.text.replace(/\r\n?/g, '\n'));
  if (!yaml.ok) {
    return {
      errors: [new CorpusError('CORPUS_YAML', file, '', yamlDetail(yaml.reason, yaml.line, yaml.column))],
    };
  }
  return validate(meetingFileSchema, yaml.data, file);
}

/**
 * Parse and validate a readout `.md` file: decoded and split as the app does, the front matter against the
 * schema, then the text's own checks (both reported when both fail).
 */
export function parseReadoutFile(file: string, content: CorpusFileContent): Parsed<ParsedReadout> {
  const split = ingest<SplitInput>(file, () => splitFile(bytesOf(content), file));
  if ('error' in split) return { errors: [split.error] };
  const { frontMatter, body } = split.value;
  if (!frontMatter) {
    const detail = 'must start with a YAML front-matter block between two "---" lines';
    return { errors: [new CorpusError('CORPUS_FRONT_MATTER', file, '', detail)] };
  }
  const parsed = validate(readoutFrontMatterSchema, frontMatter, file);
  const text = ingest(file, () => checkBody(body, { file }));
  const errors = 'error' in text ? [...parsed.errors, text.error] : parsed.errors;
  if (!parsed.value || 'error' in text) return { errors };
  return { value: { frontMatter: parsed.value, text: text.value }, errors: [] };
}

/**
 * Reading notes back from W3C Web Annotation JSON-LD (this project's export, or any annotations that use
 * its source URIs and both selectors). Each entry is checked on its own: good entries are kept, bad ones are
 * reported one by one with the reason, so one broken note never costs the others.
 */
import { iriToNoteId, KIND_TAG, parseReadoutUri, SIDE_TERM, TOPIC_TAG } from './jsonld-format';
import { checkNote, isIsoDate, isRecord, isSide } from './note-shape';
import { NotesError } from './notes-errors';
import type { Note, NoteKind, NoteTarget } from './types';
import { isNoteKind } from './types';

type ImportProblemCode =
  | 'not-object'
  | 'not-annotation'
  | 'bad-id'
  | 'bad-date'
  | 'bad-target'
  | 'bad-selector'
  | 'bad-body'
  | 'bad-kind'
  | 'too-long'
  | 'duplicate-id';

export interface ImportProblem {
  /** 0-based position of the entry in the file. */
  index: number;
  /** The entry's id, when it has one. */
  id?: string;
  code: ImportProblemCode;
  /** Where in the entry, e.g. `target[1].selector`. */
  field: string;
  /** An English detail for logs; the UI shows a translated message for `code`. */
  detail: string;
}

export interface ParsedImport {
  notes: Note[];
  problems: ImportProblem[];
  /** Entries found in the file. */
  total: number;
}

class EntryProblem extends Error {
  constructor(
    readonly code: ImportProblemCode,
    readonly field: string,
    detail: string,
  ) {
    super(detail);
  }
}

function hasType(value: Record<string, unknown>, type: string): boolean {
  const t = value.type ?? value['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

const asList = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The entries of an array, an Annotation, an AnnotationPage or an AnnotationCollection (inline pages). */
function entriesOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isRecord(doc)) throw new NotesError('not-annotations', 'not an object or array');
  if (hasType(doc, 'Annotation')) return [doc];
  if (hasType(doc, 'AnnotationPage')) return asList(doc.items);
  if (hasType(doc, 'AnnotationCollection')) {
    const entries: unknown[] = [];
    let page = doc.first;
    for (let guard = 0; isRecord(page) && guard < 10_000; guard += 1) {
      entries.push(...asList(page.items));
      page = page.next;
    }
    if (page !== undefined && !isRecord(page))
      throw new NotesError('not-annotations', 'pages by reference are not supported');
    return entries;
  }
  throw new NotesError('not-annotations', 'no Annotation, AnnotationPage or AnnotationCollection');
}

function readTarget(value: unknown, field: string): { meetingId: string; target: NoteTarget } {
  if (!isRecord(value)) throw new EntryProblem('bad-target', field, 'a target with selectors is needed');
  const source = isRecord(value.source) ? value.source.id : value.source;
  const where = typeof source === 'string' ? parseReadoutUri(source) : null;
  if (!where)
    throw new EntryProblem(
      'bad-target',
      `${field}.source`,
      'not a urn:readout-compare:<meeting>/<readout> URI',
    );
  const side = value[SIDE_TERM];
  if (!isSide(side)) throw new EntryProblem('bad-target', `${field}.${SIDE_TERM}`, 'must be "cn" or "us"');
  const selectors = asList(value.selector).filter(isRecord);
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
  const position = selectors.find((s) => hasType(s, 'TextPositionSelector'));
  if (!quote || !position) {
    throw new EntryProblem(
      'bad-selector',
      `${field}.selector`,
      'needs a TextQuoteSelector and a TextPositionSelector',
    );
  }
  const target = {
    readoutId: where.readoutId,
    side,
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: quote.prefix ?? '',
        suffix: quote.suffix ?? '',
      },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    },
  } as NoteTarget;
  return { meetingId: where.meetingId, target };
}

function readBodies(value: unknown): { body: string; kind: NoteKind; topicId?: string } {
  const comments: string[] = [];
  let kind: NoteKind | undefined;
  let topicId: string | undefined;
  for (const [i, b] of asList(value).entries()) {
    const field = `body[${i}]`;
    if (!isRecord(b) || typeof b.value !== 'string')
      throw new EntryProblem('bad-body', field, 'not a TextualBody with a value');
    if (b.purpose !== 'tagging') {
      comments.push(b.value);
    } else if (b.value.startsWith(KIND_TAG)) {
      const k = b.value.slice(KIND_TAG.length);
      if (!isNoteKind(k) || kind !== undefined)
        throw new EntryProblem('bad-kind', field, `unknown or second kind "${k}"`);
      kind = k;
    } else if (b.value.startsWith(TOPIC_TAG) && b.value.length > TOPIC_TAG.length && topicId === undefined) {
      topicId = b.value.slice(TOPIC_TAG.length);
    }
  }
  const result: { body: string; kind: NoteKind; topicId?: string } = {
    body: comments.join('\n\n'),
    kind: kind ?? 'other',
  };
  if (topicId !== undefined) result.topicId = topicId;
  return result;
}

function readEntry(entry: unknown): Note {
  if (!isRecord(entry)) throw new EntryProblem('not-object', '', 'not an object');
  if (!hasType(entry, 'Annotation'))
    throw new EntryProblem('not-annotation', 'type', 'type is not Annotation');
  const id = typeof entry.id === 'string' ? iriToNoteId(entry.id) : null;
  if (!id) throw new EntryProblem('bad-id', 'id', 'an IRI id is needed');
  if (!isIsoDate(entry.created)) throw new EntryProblem('bad-date', 'created', 'not an ISO 8601 date-time');
  const modified = entry.modified ?? entry.created;
  if (!isIsoDate(modified)) throw new EntryProblem('bad-date', 'modified', 'not an ISO 8601 date-time');
  const targets = asList(entry.target);
  if (targets.length < 1 || targets.length > 2)
    throw new EntryProblem('bad-target', 'target', 'one or two targets');
  const read = targets.map((t, i) => readTarget(t, `target[${i}]`));
  const meetingId = read[0]?.meetingId ?? '';
  if (read.some((r) => r.meetingId !== meetingId))
    throw new EntryProblem('bad-target', 'target', 'targets in two meetings');
  const candidate = {
    id,
    meetingId,
    created: entry.created,
    modified,
    ...readBodies(entry.body),
    targets: read.map((r) => r.target),
  };
  const checked = checkNote(candidate);
  if (!checked.ok) {
    const code =
      checked.reason === 'too long'
        ? 'too-long'
        : checked.field.startsWith('targets')
          ? 'bad-selector'
          : 'bad-body';
    throw new EntryProblem(
      code,
      checked.field.replace(/^targets/, 'target').replace('.selectors', '.selector'),
      checked.reason,
    );
  }
  return checked.value;
}

/**
 * Parses a JSON-LD text (or an already parsed value). Throws `invalid-json` or `not-annotations` when the
 * file as a whole is unusable; otherwise returns the good notes and one problem per rejected entry.
 */
export function parseJsonLd(input: string | unknown): ParsedImport {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      throw new NotesError('invalid-json', e instanceof Error ? e.message : undefined);
    }
  }
  const entries = entriesOf(doc);
  const notes: Note[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const rawId = isRecord(entry) && typeof entry.id === 'string' ? entry.id : undefined;
    try {
      const note = readEntry(entry);
      if (seen.has(note.id))
        throw new EntryProblem('duplicate-id', 'id', 'the same id appears earlier in the file');
      seen.add(note.id);
      notes.push(note);
    } catch (e) {
      if (!(e instanceof EntryProblem)) throw e;
      const problem: ImportProblem = { index, code: e.code, field: e.field, detail: e.message };
      if (rawId !== undefined) problem.id = rawId;
      problems.push(problem);
    }
  });
  return { notes, problems, total: entries.length };
}

export interface MergeResult {
  merged: Note[];
  added: Note[];
  /** Incoming notes whose id already exists: the note already there is kept as it is. */
  skipped: Note[];
}

/** Merges by id; an id that already exists is skipped, never overwritten. */
export function mergeById(existing: readonly Note[], incoming: readonly Note[]): MergeResult {
  const ids = new Set(existing.map((n) => n.id));
  const added: Note[] = [];
  const skipped: Note[] = [];
  for (const note of incoming) {
    if (ids.has(note.id)) {
      skipped.push(note);
    } else {
      ids.add(note.id);
      added.push(note);
    }
  }
  return { merged: [...existing, ...added], added, skipped };
}

/**
 * Notes as a W3C Web Annotation JSON-LD document (an AnnotationCollection with one AnnotationPage).
 * Deterministic: notes are ordered by creation time then id, and the clock is passed in, so exporting what
 * was imported gives the same file.
 */
import { JSONLD_CONTEXT, KIND_TAG, noteIdToIri, readoutUri, SIDE_TERM, TOPIC_TAG } from './jsonld-format';
import type { Note, NoteTarget } from './types';

export interface JsonLdExportOptions {
  now: Date;
  /** When the export is one meeting's notes: names the collection after it. */
  meetingId?: string;
}

function target(meetingId: string, t: NoteTarget): Record<string, unknown> {
  const { quote, position } = t.selectors;
  return {
    type: 'SpecificResource',
    source: readoutUri(meetingId, t.readoutId),
    [SIDE_TERM]: t.side,
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}

/** One note as an Annotation (without `@context`, which the collection carries). */
export function noteToAnnotation(note: Note): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (note.body !== '')
    body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: note.body });
  body.push({ type: 'TextualBody', purpose: 'tagging', value: `${KIND_TAG}${note.kind}` });
  if (note.topicId)
    body.push({ type: 'TextualBody', purpose: 'tagging', value: `${TOPIC_TAG}${note.topicId}` });
  const motivation = note.targets.length === 2 ? 'linking' : note.body !== '' ? 'commenting' : 'tagging';
  return {
    id: noteIdToIri(note.id),
    type: 'Annotation',
    motivation,
    created: note.created,
    modified: note.modified,
    body,
    target: note.targets.map((t) => target(note.meetingId, t)),
  };
}

export function exportJsonLd(notes: readonly Note[], options: JsonLdExportOptions): string {
  const items = [...notes]
    .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id))
    .map(noteToAnnotation);
  const collection = {
    '@context': JSONLD_CONTEXT,
    id: options.meetingId
      ? `urn:readout-compare:${encodeURIComponent(options.meetingId)}/notes`
      : 'urn:readout-compare:notes',
    type: 'AnnotationCollection',
    label: options.meetingId ? `Readout Compare notes: ${options.meetingId}` : 'Readout Compare notes',
    generated: options.now.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

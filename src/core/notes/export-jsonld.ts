/**
 * Notes as a W3C Web Annotation JSON-LD document (an AnnotationCollection with one AnnotationPage).
 * Deterministic: notes are ordered by creation time then id, and the clock is passed in, so exporting what
 * was imported gives the same file.
 */

import { byCodeUnits } from '../text/code-unit-order';
import { JSONLD_CONTEXT, KIND_TAG, noteIdToIri, readoutUri, SIDE_TERM, TOPIC_TAG } from './jsonld-format';
import { isCorrection, type Note, type NoteTarget } from './types';

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
  return {
    id: noteIdToIri(note.id),
    type: 'Annotation',
    motivation: motivationOf(note),
    created: note.created,
    modified: note.modified,
    body,
    target: note.targets.map((t) => target(note.meetingId, t)),
  };
}

/**
 * The W3C motivation: a reader's correction tags the sentence with a topic (`tagging`) or classifies it as not
 * about it (`classifying`); otherwise two passages are linked, a text comments, and a bare kind tags.
 */
export function motivationOf(note: Note): 'tagging' | 'classifying' | 'linking' | 'commenting' {
  if (isCorrection(note)) return note.kind === 'topic-present' ? 'tagging' : 'classifying';
  return note.targets.length === 2 ? 'linking' : note.body !== '' ? 'commenting' : 'tagging';
}

export function exportJsonLd(notes: readonly Note[], options: JsonLdExportOptions): string {
  const items = [...notes]
    .sort((a, b) => byCodeUnits(a.created, b.created) || byCodeUnits(a.id, b.id))
    .map(noteToAnnotation);
  const id = options.meetingId
    ? `urn:readout-compare:${encodeURIComponent(options.meetingId)}/notes`
    : 'urn:readout-compare:notes';
  const label = options.meetingId ? `Readout Compare notes: ${options.meetingId}` : 'Readout Compare notes';
  // One page, embedded; the model wants every page to have an IRI of its own and to say what it is part of.
  const collection = {
    '@context': JSONLD_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    generated: options.now.toISOString(),
    total: items.length,
    first: {
      id: `${id}/page-1`,
      type: 'AnnotationPage',
      partOf: { id, label, total: items.length },
      startIndex: 0,
      items,
    },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

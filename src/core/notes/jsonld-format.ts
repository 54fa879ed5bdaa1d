/**
 * The shape of this project's W3C Web Annotation JSON-LD, shared by the exporter and the importer.
 * One annotation per note; kind and topic are tagging bodies (`kind:omitted`, `topic:taiwan`); each target is
 * a SpecificResource whose source is a stable URI for the readout text and whose selectors are the note's.
 */

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The one term the W3C vocabulary lacks: which side's readout a target is in. */
const RC_VOCAB = 'urn:readout-compare:vocab#';
export const JSONLD_CONTEXT = [ANNO_CONTEXT, { rc: RC_VOCAB }] as const;
export const SIDE_TERM = 'rc:side';

export const KIND_TAG = 'kind:';
export const TOPIC_TAG = 'topic:';
const SOURCE_PREFIX = 'urn:readout-compare:';

/** `urn:readout-compare:<meetingId>/<readoutId>`, each part percent-encoded. */
export function readoutUri(meetingId: string, readoutId: string): string {
  return `${SOURCE_PREFIX}${encodeURIComponent(meetingId)}/${encodeURIComponent(readoutId)}`;
}

export function parseReadoutUri(uri: string): { meetingId: string; readoutId: string } | null {
  if (!uri.startsWith(SOURCE_PREFIX)) return null;
  const parts = uri.slice(SOURCE_PREFIX.length).split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  try {
    return { meetingId: decodeURIComponent(parts[0]), readoutId: decodeURIComponent(parts[1]) };
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Annotation ids must be IRIs: a bare UUID becomes `urn:uuid:<uuid>`; an IRI stays as it is. */
export function noteIdToIri(id: string): string {
  return UUID.test(id)
    ? `urn:uuid:${id}`
    : /^[a-z][a-z0-9+.-]*:/i.test(id)
      ? id
      : `urn:readout-compare:note:${encodeURIComponent(id)}`;
}

export function iriToNoteId(iri: string): string | null {
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(iri)) return null;
  const uuid = /^urn:uuid:(.+)$/i.exec(iri)?.[1];
  if (uuid && UUID.test(uuid)) return uuid;
  const local = /^urn:readout-compare:note:(.+)$/.exec(iri)?.[1];
  if (local) {
    try {
      return decodeURIComponent(local);
    } catch {
      return null;
    }
  }
  return iri;
}

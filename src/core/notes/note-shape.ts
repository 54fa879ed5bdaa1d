/**
 * Checking that an unknown value (an IndexedDB record, a parsed file) is a well-formed `Note`. Hand-written
 * rather than a schema library: the shape is small, and the reason names the field that is wrong.
 */
import type { Side } from '../model';
import { capPrefix, capSuffix } from './describe';
import { isCorrectionKind, isNoteKind, type Note, type NoteTarget, type NoteTargets } from './types';

/** Longest quote or note text accepted (characters): a guard against pasted books, not a style rule. */
const MAX_TEXT = 20_000;

export type ShapeResult<T> = { ok: true; value: T } | { ok: false; field: string; reason: string };

const fail = (field: string, reason: string): { ok: false; field: string; reason: string } => ({
  ok: false,
  field,
  reason,
});

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

export function isSide(value: unknown): value is Side {
  return value === 'cn' || value === 'us';
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Checks a target (capping its context at `MAX_CONTEXT`); `field` prefixes the field path in the reason. */
function checkTarget(value: unknown, field: string): ShapeResult<NoteTarget> {
  if (!isRecord(value)) return fail(field, 'not an object');
  const { readoutId, side, selectors } = value;
  if (typeof readoutId !== 'string' || readoutId === '') return fail(`${field}.readoutId`, 'missing');
  if (!isSide(side)) return fail(`${field}.side`, 'must be "cn" or "us"');
  if (!isRecord(selectors)) return fail(`${field}.selectors`, 'not an object');
  const { quote, position } = selectors;
  if (!isRecord(quote) || quote.type !== 'TextQuoteSelector')
    return fail(`${field}.selectors.quote`, 'not a TextQuoteSelector');
  const { exact, prefix, suffix } = quote;
  if (typeof exact !== 'string' || exact === '') return fail(`${field}.selectors.quote.exact`, 'empty');
  if (exact.length > MAX_TEXT) return fail(`${field}.selectors.quote.exact`, 'too long');
  if (typeof prefix !== 'string' || typeof suffix !== 'string')
    return fail(`${field}.selectors.quote`, 'prefix and suffix must be strings');
  if (!isRecord(position) || position.type !== 'TextPositionSelector') {
    return fail(`${field}.selectors.position`, 'not a TextPositionSelector');
  }
  const { start, end } = position;
  if (!isOffset(start) || !isOffset(end) || end <= start)
    return fail(`${field}.selectors.position`, 'start and end must be offsets with start < end');
  return {
    ok: true,
    value: {
      readoutId,
      side,
      selectors: {
        // Context beyond MAX_CONTEXT is dropped here, so no stored or imported note carries more.
        quote: { type: 'TextQuoteSelector', exact, prefix: capPrefix(prefix), suffix: capSuffix(suffix) },
        position: { type: 'TextPositionSelector', start, end },
      },
    },
  };
}

/** Checks a whole note and returns a clean copy (unknown fields dropped). */
export function checkNote(value: unknown): ShapeResult<Note> {
  if (!isRecord(value)) return fail('', 'not an object');
  const { id, meetingId, created, modified, kind, topicId, body, targets } = value;
  if (typeof id !== 'string' || id === '') return fail('id', 'missing');
  if (typeof meetingId !== 'string' || meetingId === '') return fail('meetingId', 'missing');
  if (!isIsoDate(created)) return fail('created', 'not an ISO date');
  if (!isIsoDate(modified)) return fail('modified', 'not an ISO date');
  if (!isNoteKind(kind)) return fail('kind', 'unknown kind');
  if (isCorrectionKind(kind) && (typeof topicId !== 'string' || topicId === ''))
    return fail('topicId', 'a topic correction needs its topic');
  if (isCorrectionKind(kind) && Array.isArray(targets) && targets.length !== 1)
    return fail('targets', 'a topic correction has one target');
  if (topicId !== undefined && (typeof topicId !== 'string' || topicId === ''))
    return fail('topicId', 'not a topic id');
  if (typeof body !== 'string') return fail('body', 'not a string');
  if (body.length > MAX_TEXT) return fail('body', 'too long');
  if (!Array.isArray(targets) || targets.length < 1 || targets.length > 2)
    return fail('targets', 'one or two targets');
  const checked: NoteTarget[] = [];
  for (const [i, t] of targets.entries()) {
    const r = checkTarget(t, `targets[${i}]`);
    if (!r.ok) return r;
    checked.push(r.value);
  }
  const note: Note = {
    id,
    meetingId,
    created,
    modified,
    kind,
    body,
    targets: checked as NoteTargets,
  };
  if (topicId !== undefined) note.topicId = topicId;
  return { ok: true, value: note };
}

/**
 * Checking stored note records, and the one repair that is safe: a record whose note is sound but whose key
 * is wrong (e.g. a number, written by a storage tool or an old bug) is stored again under its note's id.
 * Anything else that fails is set aside, never wiped.
 */
import { checkNote } from '../core/notes/note-shape';
import { isNotesError, NotesError } from '../core/notes/notes-errors';
import type { NoteRecord } from './notes-db';
import { errorName, isQuotaError } from './store/storage-errors';

export function toNotesError(error: unknown): NotesError {
  if (isNotesError(error)) return error;
  if (isQuotaError(error)) return new NotesError('quota-exceeded');
  const name = errorName(error);
  if (name === 'VersionError') return new NotesError('store-too-new');
  if (name === 'InvalidStateError') return new NotesError('store-closed');
  return new NotesError('write-failed', error instanceof Error ? error.message : String(error));
}

/** The record as it should be stored (its note checked and cleaned), or null when the note is unusable. */
export function soundRecord(value: unknown): NoteRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Partial<NoteRecord>;
  if (typeof r.rev !== 'number' || !Number.isInteger(r.rev) || r.rev < 1) return null;
  const checked = checkNote(r.note);
  if (!checked.ok) return null;
  const note = checked.value;
  return { id: note.id, meetingId: note.meetingId, rev: r.rev, note };
}

/** Why a stored value is not a usable record under `key`, or null when it is. */
export function recordProblem(key: IDBValidKey, value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'not an object';
  const r = value as Partial<NoteRecord>;
  if (typeof r.rev !== 'number' || !Number.isInteger(r.rev) || r.rev < 1)
    return 'rev: not a positive integer';
  const checked = checkNote(r.note);
  if (!checked.ok) return `note.${checked.field}: ${checked.reason}`;
  if (checked.value.id !== key || r.id !== key) return 'id: does not match the record key';
  if (r.meetingId !== checked.value.meetingId) return 'meetingId: does not match the note';
  return null;
}

/** A record's key as text, for the set-aside download's `recordKey` and for messages. */
export function keyText(key: IDBValidKey): string {
  return typeof key === 'string' ? key : (JSON.stringify(key) ?? String(key));
}

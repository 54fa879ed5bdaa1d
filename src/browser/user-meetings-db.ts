/**
 * IndexedDB storage of the reader's own meetings, in a database of its own (separate from the notes), so
 * either can be upgraded or cleared without touching the other. Records that no longer pass the shape check
 * are moved to a `set-aside` store, never deleted: a future version (or a person) can still recover them.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { userMeetingProblem } from '../core/ingest/validate-user-meeting';
import type { Meeting } from '../core/model';

export const MEETINGS_DB_NAME = 'readout-compare-meetings';
/** Bump with a migration step in `upgrade` when the record shape changes. */
export const MEETINGS_DB_VERSION = 1;

export interface MeetingRecord {
  id: string;
  meeting: Meeting;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  /** Record shape version, for migrations. */
  schema: 1;
}

export interface SetAsideRecord {
  key: IDBValidKey;
  value: unknown;
  reason: string;
  at: number;
}

export interface MeetingsDb extends DBSchema {
  meetings: { key: string; value: MeetingRecord };
  'set-aside': { key: number; value: SetAsideRecord };
}

/** `quota`: the browser's storage for this site is full (the write was refused, nothing changed). */
export type UserMeetingsErrorCode = 'unavailable' | 'failed' | 'not-found' | 'invalid' | 'quota';

/** A storage failure with a code the UI translates. */
export class UserMeetingsError extends Error {
  readonly code: UserMeetingsErrorCode;
  constructor(code: UserMeetingsErrorCode, message: string) {
    super(message);
    this.name = 'UserMeetingsError';
    this.code = code;
  }
}

/** A full storage shows up as QuotaExceededError (Firefox once said NS_ERROR_DOM_QUOTA_REACHED). */
export function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Any failure of a storage call → a UserMeetingsError with a code the UI can explain. */
export function storageError(error: unknown): UserMeetingsError {
  if (error instanceof UserMeetingsError) return error;
  return new UserMeetingsError(isQuotaError(error) ? 'quota' : 'failed', String(error));
}

let dbPromise: Promise<IDBPDatabase<MeetingsDb>> | null = null;

export function openMeetingsDb(): Promise<IDBPDatabase<MeetingsDb>> {
  return db();
}

function db(): Promise<IDBPDatabase<MeetingsDb>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new UserMeetingsError('unavailable', 'IndexedDB is not available'));
  }
  dbPromise ??= openDB<MeetingsDb>(MEETINGS_DB_NAME, MEETINGS_DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('meetings', { keyPath: 'id' });
        database.createObjectStore('set-aside', { autoIncrement: true });
      }
    },
    // Another tab wants a newer version: let it, and reopen on next use.
    blocking() {
      void dbPromise?.then((d) => d.close());
      dbPromise = null;
    },
    terminated() {
      dbPromise = null;
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw new UserMeetingsError('failed', String(error));
  });
  return dbPromise;
}

/** For tests: forget the open connection (after fake-indexeddb is reset). */
export async function closeMeetingsDb(): Promise<void> {
  const open = dbPromise;
  dbPromise = null;
  if (open) (await open.catch(() => null))?.close();
}

/** Why a stored record cannot be shown, or null when it is a usable meeting record. */
export function recordProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'record is not an object';
  const r = value as Partial<MeetingRecord>;
  if (typeof r.id !== 'string') return 'record id';
  const problem = userMeetingProblem(r.meeting);
  if (problem) return `meeting ${problem}`;
  if (r.meeting?.id !== r.id) return 'record id differs from meeting id';
  return null;
}

export interface LoadResult {
  records: MeetingRecord[];
  /** How many records are set aside now: in the set-aside store, plus any this load could not move there. */
  setAside: number;
}

/**
 * Reads every record; moves the unreadable ones to `set-aside` (in one transaction, each only if it is still
 * there, so two tabs loading at once do not copy it twice). If the move fails (e.g. a full storage), the good
 * records are still returned and the bad ones stay where they are, counted, until a later load moves them.
 */
export async function loadRecords(): Promise<LoadResult> {
  const d = await db();
  const read = d.transaction('meetings');
  const [keys, values] = await Promise.all([read.store.getAllKeys(), read.store.getAll()]);
  const good: MeetingRecord[] = [];
  const bad: SetAsideRecord[] = [];
  values.forEach((value: unknown, i) => {
    const problem = recordProblem(value);
    if (problem) bad.push({ key: keys[i] ?? '', value, reason: problem, at: Date.now() });
    else good.push(value as MeetingRecord);
  });
  let unmoved = 0;
  if (bad.length > 0) {
    try {
      await moveAside(d, bad);
    } catch {
      unmoved = bad.length;
    }
  }
  return { records: good, setAside: (await d.count('set-aside')) + unmoved };
}

async function moveAside(d: IDBPDatabase<MeetingsDb>, bad: SetAsideRecord[]): Promise<void> {
  const tx = d.transaction(['meetings', 'set-aside'], 'readwrite');
  tx.done.catch(() => undefined);
  for (const record of bad) {
    const key = record.key as string;
    if ((await tx.objectStore('meetings').get(key)) === undefined) continue;
    await tx.objectStore('set-aside').add(record);
    await tx.objectStore('meetings').delete(key);
  }
  await tx.done;
}

export async function getRecord(id: string): Promise<MeetingRecord | undefined> {
  const value: unknown = await (await db()).get('meetings', id);
  return value && recordProblem(value) === null ? (value as MeetingRecord) : undefined;
}

export async function putRecord(meeting: Meeting, mode: 'create' | 'update', now: number): Promise<void> {
  const problem = userMeetingProblem(meeting);
  if (problem) throw new UserMeetingsError('invalid', `meeting ${meeting.id}: ${problem}`);
  const d = await db();
  const tx = d.transaction('meetings', 'readwrite');
  // The error is reported by the awaits below; this keeps an abort from also surfacing as unhandled.
  tx.done.catch(() => undefined);
  try {
    const existing = await tx.store.get(meeting.id);
    if (mode === 'update' && !existing) throw new UserMeetingsError('not-found', meeting.id);
    // A full storage can refuse the put itself or, more often, abort the transaction when it commits.
    await tx.store.put({
      id: meeting.id,
      meeting,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      schema: 1,
    });
    await tx.done;
  } catch (error) {
    throw storageError(error);
  }
}

export async function deleteRecord(id: string): Promise<void> {
  const d = await db();
  try {
    await d.delete('meetings', id);
  } catch (error) {
    throw storageError(error);
  }
}

/**
 * IndexedDB storage of the reader's own meetings, in a database of its own (separate from the notes), so
 * either can be upgraded or cleared without touching the other; opened, migrated and repaired by the app's one
 * store module (./store). Records that no longer pass the shape check are moved to the `set-aside` store,
 * never deleted: a future version (or a person) can still recover them.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { userMeetingProblem } from '../core/ingest/validate-user-meeting';
import type { Meeting } from '../core/model';
import {
  createStore,
  currentVersion,
  type DbSpec,
  openRepairedDb,
  type StoreSpec,
} from './store/open-store-db';
import {
  type BadRecord,
  countSetAside,
  moveAside,
  SET_ASIDE_SPEC,
  type SetAsideRecord,
} from './store/set-aside';
import { isQuotaError } from './store/storage-errors';

export const MEETINGS_DB_NAME = 'readout-compare-meetings';

export interface MeetingRecord {
  id: string;
  meeting: Meeting;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  /** Record shape version, for migrations. */
  schema: 1;
}

export interface MeetingsDb extends DBSchema {
  meetings: { key: string; value: MeetingRecord };
  'set-aside': { key: number; value: SetAsideRecord };
}

const MEETINGS_STORE: StoreSpec = { name: 'meetings', keyPath: 'id' };

const MEETINGS_DB: DbSpec = {
  name: MEETINGS_DB_NAME,
  migrations: [
    // 0 → 1: the meetings, and where unreadable ones are set aside. Add a step here when the shape changes.
    (db) => {
      createStore(db, MEETINGS_STORE);
      createStore(db, SET_ASIDE_SPEC);
    },
  ],
  stores: [MEETINGS_STORE, SET_ASIDE_SPEC],
};

export const MEETINGS_DB_VERSION = currentVersion(MEETINGS_DB);

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

/** Any failure of a storage call → a UserMeetingsError with a code the UI can explain. */
export function storageError(error: unknown): UserMeetingsError {
  if (error instanceof UserMeetingsError) return error;
  return new UserMeetingsError(isQuotaError(error) ? 'quota' : 'failed', String(error));
}

let dbPromise: Promise<IDBPDatabase<MeetingsDb>> | null = null;

/** The page's connection, opened on first use; forgotten when the browser or another tab closes it. */
export function openMeetingsDb(): Promise<IDBPDatabase<MeetingsDb>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new UserMeetingsError('unavailable', 'IndexedDB is not available'));
  }
  dbPromise ??= openRepairedDb<MeetingsDb>(MEETINGS_DB, {
    // Another tab wants a newer version: let it, and reopen on next use.
    onBlocking() {
      void dbPromise?.then((d) => d.close());
      dbPromise = null;
    },
    onTerminated() {
      dbPromise = null;
    },
  }).then(
    (opened) => opened.db,
    (error: unknown) => {
      dbPromise = null;
      throw new UserMeetingsError('failed', String(error));
    },
  );
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
 * Reads every record; moves the unreadable ones to `set-aside` (./store/set-aside: one transaction, each only
 * if it is still there). If the move fails (e.g. a full storage), the good records are still returned and the
 * bad ones stay where they are, counted, until a later load moves them.
 */
export async function loadRecords(): Promise<LoadResult> {
  const d = await openMeetingsDb();
  const read = d.transaction('meetings');
  const [keys, values] = await Promise.all([read.store.getAllKeys(), read.store.getAll()]);
  const good: MeetingRecord[] = [];
  const bad: BadRecord[] = [];
  values.forEach((value: unknown, i) => {
    const problem = recordProblem(value);
    if (problem) bad.push({ key: keys[i] ?? '', value, reason: problem });
    else good.push(value as MeetingRecord);
  });
  let unmoved = 0;
  if (bad.length > 0) {
    try {
      await moveAside(d, 'meetings', bad, Date.now());
    } catch {
      unmoved = bad.length;
    }
  }
  return { records: good, setAside: (await countSetAside(d)) + unmoved };
}

export async function getRecord(id: string): Promise<MeetingRecord | undefined> {
  const value: unknown = await (await openMeetingsDb()).get('meetings', id);
  return value && recordProblem(value) === null ? (value as MeetingRecord) : undefined;
}

export async function putRecord(meeting: Meeting, mode: 'create' | 'update', now: number): Promise<void> {
  const problem = userMeetingProblem(meeting);
  if (problem) throw new UserMeetingsError('invalid', `meeting ${meeting.id}: ${problem}`);
  const d = await openMeetingsDb();
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
  const d = await openMeetingsDb();
  try {
    await d.delete('meetings', id);
  } catch (error) {
    throw storageError(error);
  }
}

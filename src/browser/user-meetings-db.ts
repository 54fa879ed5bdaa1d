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

interface MeetingsDb extends DBSchema {
  meetings: { key: string; value: MeetingRecord };
  'set-aside': { key: number; value: SetAsideRecord };
}

export type UserMeetingsErrorCode = 'unavailable' | 'failed' | 'not-found' | 'invalid';

/** A storage failure with a code the UI translates. */
export class UserMeetingsError extends Error {
  readonly code: UserMeetingsErrorCode;
  constructor(code: UserMeetingsErrorCode, message: string) {
    super(message);
    this.name = 'UserMeetingsError';
    this.code = code;
  }
}

let dbPromise: Promise<IDBPDatabase<MeetingsDb>> | null = null;

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

function recordProblem(value: unknown): string | null {
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
  /** How many records were set aside by this load. */
  setAside: number;
}

export async function loadRecords(): Promise<LoadResult> {
  const d = await db();
  const keys = await d.getAllKeys('meetings');
  const values = await d.getAll('meetings');
  const good: MeetingRecord[] = [];
  const bad: SetAsideRecord[] = [];
  values.forEach((value: unknown, i) => {
    const problem = recordProblem(value);
    if (problem) bad.push({ key: keys[i] ?? '', value, reason: problem, at: Date.now() });
    else good.push(value as MeetingRecord);
  });
  if (bad.length > 0) {
    const tx = d.transaction(['meetings', 'set-aside'], 'readwrite');
    for (const record of bad) {
      await tx.objectStore('set-aside').add(record);
      await tx.objectStore('meetings').delete(record.key as string);
    }
    await tx.done;
  }
  return { records: good, setAside: bad.length };
}

export async function countSetAside(): Promise<number> {
  return (await db()).count('set-aside');
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
  const existing = await tx.store.get(meeting.id);
  if (mode === 'update' && !existing) throw new UserMeetingsError('not-found', meeting.id);
  await tx.store.put({
    id: meeting.id,
    meeting,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    schema: 1,
  });
  await tx.done;
}

export async function deleteRecord(id: string): Promise<void> {
  await (await db()).delete('meetings', id);
}

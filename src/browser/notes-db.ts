/**
 * The notes database: its schema, its versions and the migrations between them (opened, migrated and repaired
 * by the app's one store module, ./store/open-store-db). A migration only adds or moves; nothing here ever
 * deletes a record holding the reader's notes.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Note } from '../core/notes/types';
import {
  createStore,
  currentVersion,
  type DbSpec,
  type OpenDbOptions,
  type OpenedDb,
  openRepairedDb,
  openStoreDb,
  type StoreSpec,
} from './store/open-store-db';
import { moveStoreRecords, SET_ASIDE_SPEC, type SetAsideRecord } from './store/set-aside';

export const NOTES_DB_NAME = 'readout-compare-notes';

/** One note per record, keyed by the note id, so two tabs never rewrite each other's notes wholesale. */
export interface NoteRecord {
  id: string;
  meetingId: string;
  /** Goes up by one with every write; an update must name the revision it started from. */
  rev: number;
  note: Note;
}

export interface NotesDbSchema extends DBSchema {
  notes: { key: string; value: NoteRecord; indexes: { byMeeting: string } };
  'set-aside': { key: number; value: SetAsideRecord };
}

export type NotesDb = IDBPDatabase<NotesDbSchema>;

const NOTES_STORE: StoreSpec = {
  name: 'notes',
  keyPath: 'id',
  indexes: [{ name: 'byMeeting', keyPath: 'meetingId' }],
};

/** Where versions 2 kept the records it set aside: `{ key (auto), recordKey, value, reason, at (ISO) }`. */
const LEGACY_QUARANTINE_STORE = 'quarantine';

/** A record of the old `quarantine` store as a set-aside record (its original key was kept as text). */
function fromQuarantine(value: unknown, key: IDBValidKey): SetAsideRecord {
  if (typeof value !== 'object' || value === null || !('value' in value)) {
    return { key, value, reason: 'unrecognised set-aside entry', at: 0 };
  }
  const r = value as { recordKey?: unknown; value: unknown; reason?: unknown; at?: unknown };
  return {
    key: typeof r.recordKey === 'string' ? r.recordKey : key,
    value: r.value,
    reason: typeof r.reason === 'string' ? r.reason : 'unreadable',
    at: (typeof r.at === 'string' && Date.parse(r.at)) || 0,
  };
}

const NOTES_DB: DbSpec = {
  name: NOTES_DB_NAME,
  migrations: [
    // 0 → 1: notes, found by meeting.
    (db) => createStore(db, NOTES_STORE),
    // 1 → 2: a place to keep records that fail to parse, instead of dropping them (then named `quarantine`).
    (db) => {
      db.createObjectStore(LEGACY_QUARANTINE_STORE, { keyPath: 'key', autoIncrement: true });
    },
    // 2 → 3: that place under the app's one name, `set-aside`, every record in it kept.
    (db, tx) => moveStoreRecords(db, tx, LEGACY_QUARANTINE_STORE, SET_ASIDE_SPEC, fromQuarantine),
  ],
  stores: [NOTES_STORE, SET_ASIDE_SPEC],
};

export const SCHEMA_VERSION = currentVersion(NOTES_DB);

/** Opens (creating or migrating) the notes database; `options.version` stops at an older version (tests). */
export function openNotesDb(options: OpenDbOptions = {}): Promise<NotesDb> {
  return openStoreDb<NotesDbSchema>(NOTES_DB, options);
}

/** Opens the notes database at the current version, repairing a missing store or index (see openRepairedDb). */
export function openRepairedNotesDb(options: OpenDbOptions = {}): Promise<OpenedDb<NotesDbSchema>> {
  return openRepairedDb<NotesDbSchema>(NOTES_DB, options);
}

/**
 * The notes database: its schema, its versions and the migrations between them. A migration only adds;
 * nothing here ever deletes a store holding the reader's notes.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Note } from '../core/notes/types';

export const NOTES_DB_NAME = 'readout-compare-notes';

/** One note per record, keyed by the note id, so two tabs never rewrite each other's notes wholesale. */
export interface NoteRecord {
  id: string;
  meetingId: string;
  /** Goes up by one with every write; an update must name the revision it started from. */
  rev: number;
  note: Note;
}

/** A record that failed to parse, moved here as it was (never wiped), with the reason. */
export interface QuarantineRecord {
  key?: number;
  /** The key it had in `notes`. */
  recordKey: string;
  value: unknown;
  reason: string;
  /** ISO time it was set aside. */
  at: string;
}

export interface NotesDbSchema extends DBSchema {
  notes: { key: string; value: NoteRecord; indexes: { byMeeting: string } };
  quarantine: { key: number; value: QuarantineRecord };
}

export type NotesDb = IDBPDatabase<NotesDbSchema>;

type UpgradeTx = IDBPTransaction<NotesDbSchema, StoreNames<NotesDbSchema>[], 'versionchange'>;

/** `MIGRATIONS[i]` takes the database from version i to version i + 1. */
export const MIGRATIONS: readonly ((db: NotesDb, tx: UpgradeTx) => void)[] = [
  // 0 → 1: notes, found by meeting.
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('byMeeting', 'meetingId');
  },
  // 1 → 2: a place to keep records that fail to parse, instead of dropping them.
  (db) => {
    db.createObjectStore('quarantine', { keyPath: 'key', autoIncrement: true });
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export interface OpenNotesDbOptions {
  name?: string;
  /** For tests of the migrations: stop at an older version. */
  version?: number;
  /** Another tab wants a newer version: this connection should close. */
  onBlocking?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

export function openNotesDb(options: OpenNotesDbOptions = {}): Promise<NotesDb> {
  const version = options.version ?? SCHEMA_VERSION;
  return openDB<NotesDbSchema>(options.name ?? NOTES_DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v += 1) MIGRATIONS[v]?.(db, tx);
    },
    blocking: () => options.onBlocking?.(),
    terminated: () => options.onTerminated?.(),
  });
}

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

/** The stores (and the index) the current schema has; a repair creates whichever is missing. */
const STORES = ['notes', 'quarantine'] as const;

/** What the current schema lacks in `db` (e.g. a store lost to a failed migration or a storage tool). */
export function missingParts(db: NotesDb): string[] {
  const names = [...db.objectStoreNames] as string[];
  const missing: string[] = STORES.filter((s) => !names.includes(s));
  if (names.includes('notes')) {
    const tx = db.transaction('notes', 'readonly');
    if (!tx.objectStore('notes').indexNames.contains('byMeeting')) missing.push('notes.byMeeting');
  }
  return missing;
}

function unknownStores(db: NotesDb): string[] {
  return ([...db.objectStoreNames] as string[]).filter((s) => !(STORES as readonly string[]).includes(s));
}

function ensureSchema(db: NotesDb, tx: UpgradeTx): void {
  const names = [...db.objectStoreNames] as string[];
  if (!names.includes('notes')) MIGRATIONS[0]?.(db, tx);
  else if (!tx.objectStore('notes').indexNames.contains('byMeeting'))
    tx.objectStore('notes').createIndex('byMeeting', 'meetingId');
  if (!names.includes('quarantine')) MIGRATIONS[1]?.(db, tx);
}

export interface RepairedDb {
  db: NotesDb;
  /** The stores or indexes that were missing and have been created again (empty when none). */
  repaired: string[];
}

/**
 * Opens the database at the current schema and repairs it when a store or index is missing at its version:
 * an upgrade one version up creates what is missing and touches nothing else, so every readable record is
 * kept. A database above `SCHEMA_VERSION` is such a repaired one when it has no store this version does not
 * know (migrations only ever add stores); one that does comes from a newer app (`VersionError`).
 */
export async function openRepairedNotesDb(options: OpenNotesDbOptions = {}): Promise<RepairedDb> {
  const name = options.name ?? NOTES_DB_NAME;
  const handlers = {
    blocking: () => options.onBlocking?.(),
    terminated: () => options.onTerminated?.(),
  };
  let db: NotesDb;
  try {
    db = await openNotesDb(options);
  } catch (e) {
    if ((e as { name?: unknown } | null)?.name !== 'VersionError') throw e;
    db = await openDB<NotesDbSchema>(name, undefined, handlers);
    if (unknownStores(db).length > 0) {
      db.close();
      throw e;
    }
  }
  const missing = missingParts(db);
  if (missing.length === 0) return { db, repaired: [] };
  const version = db.version + 1;
  db.close();
  const repairedDb = await openDB<NotesDbSchema>(name, version, {
    upgrade: (upgrading, _old, _new, tx) => ensureSchema(upgrading, tx),
    ...handlers,
  });
  return { db: repairedDb, repaired: missing };
}

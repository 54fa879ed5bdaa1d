/**
 * The reader's notes in IndexedDB, on the app's one store module (./store). Every write is awaited until its
 * transaction completes (durability "strict") before it resolves, so the UI says "saved" only for what is on
 * disk. Updates and deletes name the revision they started from: a note changed in another tab is never
 * overwritten (`conflict`). Records that fail to parse are set aside and reported, never wiped.
 */
import type { IDBPTransaction } from 'idb';
import { NotesError } from '../core/notes/notes-errors';
import type { Note } from '../core/notes/types';
import { byCodeUnits } from '../core/text/code-unit-order';
import { NOTES_CHANNEL_NAME, type NotesChannel, openNotesChannel } from './notes-channel';
import { type NoteRecord, type NotesDb, type NotesDbSchema, openRepairedNotesDb } from './notes-db';
import { keyText, recordProblem, soundRecord, toNotesError } from './notes-records';
import { sweepNotes } from './notes-sweep';
import { type BadRecord, listSetAside, moveAside } from './store/set-aside';

type NotesWriteTx = IDBPTransaction<NotesDbSchema, 'notes'[], 'readwrite'>;

export interface StoredNote {
  note: Note;
  rev: number;
}

/** A set-aside note record as the panel lists and downloads it. */
export interface NotesSetAsideRecord {
  /** The key it had in `notes`, as text. */
  recordKey: string;
  value: unknown;
  reason: string;
  /** ISO time it was set aside (null when unknown). */
  at: string | null;
}

export type NotesStoreEvent =
  | { type: 'changed'; meetingIds: string[]; origin: 'local' | 'remote' }
  | { type: 'set-aside'; count: number }
  | { type: 'closed' };

export interface NotesStoreOptions {
  dbName?: string;
  channelName?: string;
  /** Clock for set-aside timestamps (tests). */
  now?: () => Date;
}

export interface ImportOutcome {
  added: Note[];
  skipped: Note[];
}

export class NotesStore {
  private readonly listeners = new Set<(event: NotesStoreEvent) => void>();
  private readonly instance = Math.random().toString(36).slice(2);
  private channel: NotesChannel;
  private closed = false;
  /** Records set aside by the sweep at open (before anyone could subscribe). */
  setAsideAtOpen = 0;
  /** Records stored again under their note's id by the sweep at open (a wrong key, e.g. a number). */
  rekeyedAtOpen = 0;
  /** Stores or indexes that were missing and were created again at open (every readable note kept). */
  repairedAtOpen: string[] = [];

  private constructor(
    private readonly db: NotesDb,
    channelName: string,
    private readonly now: () => Date,
  ) {
    this.channel = openNotesChannel(channelName, this.instance, (meetingIds) =>
      this.emit({ type: 'changed', meetingIds, origin: 'remote' }),
    );
  }

  /** Opens (creating, migrating or repairing) the database and sets aside any record that fails to parse. */
  static async open(options: NotesStoreOptions = {}): Promise<NotesStore> {
    if (typeof indexedDB === 'undefined') throw new NotesError('store-unavailable', 'no IndexedDB');
    let store: NotesStore | undefined;
    let opened: { db: NotesDb; repaired: string[] };
    try {
      opened = await openRepairedNotesDb({
        ...(options.dbName ? { name: options.dbName } : {}),
        onBlocking: () => store?.shutDown(),
        onTerminated: () => store?.shutDown(false),
      });
    } catch (e) {
      const err = toNotesError(e);
      throw err.code === 'write-failed' ? new NotesError('store-unavailable', err.message) : err;
    }
    const { db, repaired } = opened;
    store = new NotesStore(db, options.channelName ?? NOTES_CHANNEL_NAME, options.now ?? (() => new Date()));
    store.repairedAtOpen = repaired;
    const { bad, rekeyed } = await sweepNotes(db);
    store.rekeyedAtOpen = rekeyed;
    if (bad.length > 0) store.setAsideAtOpen = await store.setAside(bad);
    return store;
  }

  subscribe(listener: (event: NotesStoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The meeting's notes, oldest first. Records that fail to parse are set aside on the way. */
  async list(meetingId: string): Promise<StoredNote[]> {
    this.assertOpen();
    const records: unknown[] = await this.db.getAllFromIndex('notes', 'byMeeting', meetingId);
    return this.keepGood(records);
  }

  /** Every meeting's notes (for a full export). */
  async listAll(): Promise<StoredNote[]> {
    this.assertOpen();
    const records: unknown[] = await this.db.getAll('notes');
    return this.keepGood(records);
  }

  /** The records set aside so far, oldest first. */
  async listSetAside(): Promise<NotesSetAsideRecord[]> {
    this.assertOpen();
    return (await listSetAside(this.db)).map(({ record }) => ({
      recordKey: keyText(record.key),
      value: record.value,
      reason: record.reason,
      at: record.at > 0 ? new Date(record.at).toISOString() : null,
    }));
  }

  /** Adds a new note (or puts back a deleted one, for undo). `conflict` when the id is taken. */
  async create(note: Note): Promise<StoredNote> {
    return this.write([note.meetingId], async (tx) => {
      if ((await tx.objectStore('notes').getKey(note.id)) !== undefined)
        throw new NotesError('conflict', `${note.id} exists`);
      const record: NoteRecord = { id: note.id, meetingId: note.meetingId, rev: 1, note };
      await tx.objectStore('notes').add(record);
      return { note, rev: 1 };
    });
  }

  /** Replaces a note, if it is still at `baseRev`; otherwise `conflict` or `deleted-elsewhere`. */
  async update(note: Note, baseRev: number): Promise<StoredNote> {
    return this.write([note.meetingId], async (tx) => {
      const current = await tx.objectStore('notes').get(note.id);
      if (!current) throw new NotesError('deleted-elsewhere', note.id);
      if (current.rev !== baseRev) throw new NotesError('conflict', `${note.id} is at rev ${current.rev}`);
      const rev = baseRev + 1;
      await tx.objectStore('notes').put({ id: note.id, meetingId: note.meetingId, rev, note });
      return { note, rev };
    });
  }

  /** Deletes a note, if it is still at `baseRev` (a note edited in another tab is not deleted unseen). */
  async remove(stored: StoredNote): Promise<void> {
    const { note, rev } = stored;
    await this.write([note.meetingId], async (tx) => {
      const current = await tx.objectStore('notes').get(note.id);
      if (!current) return;
      if (current.rev !== rev) throw new NotesError('conflict', `${note.id} is at rev ${current.rev}`);
      await tx.objectStore('notes').delete(note.id);
    });
  }

  /** Adds imported notes in one transaction; ids already present are skipped, never overwritten. */
  async importNotes(notes: readonly Note[]): Promise<ImportOutcome> {
    const meetingIds = [...new Set(notes.map((n) => n.meetingId))];
    return this.write(meetingIds, async (tx) => {
      const added: Note[] = [];
      const skipped: Note[] = [];
      for (const note of notes) {
        if ((await tx.objectStore('notes').getKey(note.id)) !== undefined) {
          skipped.push(note);
        } else {
          await tx.objectStore('notes').add({ id: note.id, meetingId: note.meetingId, rev: 1, note });
          added.push(note);
        }
      }
      return { added, skipped };
    });
  }

  close(): void {
    this.shutDown(false);
  }

  private shutDown(announce = true): void {
    if (this.closed) return;
    this.closed = true;
    this.channel.close();
    this.db.close();
    if (announce) this.emit({ type: 'closed' });
  }

  private assertOpen(): void {
    if (this.closed) throw new NotesError('store-closed');
  }

  private emit(event: NotesStoreEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  private async write<T>(meetingIds: string[], body: (tx: NotesWriteTx) => Promise<T>): Promise<T> {
    this.assertOpen();
    const tx = this.db.transaction(['notes'], 'readwrite', { durability: 'strict' });
    let result: T;
    try {
      result = await body(tx);
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already finished: nothing left to undo.
      }
      await tx.done.catch(() => undefined);
      throw toNotesError(e);
    }
    try {
      await tx.done;
    } catch (e) {
      throw toNotesError(tx.error ?? e);
    }
    this.channel.post(meetingIds);
    this.emit({ type: 'changed', meetingIds, origin: 'local' });
    return result;
  }

  private async keepGood(records: unknown[]): Promise<StoredNote[]> {
    const good: StoredNote[] = [];
    const bad: BadRecord[] = [];
    for (const value of records) {
      const key = (value as { id?: IDBValidKey } | null)?.id ?? '';
      const problem = recordProblem(key, value);
      const sound = problem ? null : soundRecord(value);
      // The checked copy: context over MAX_CONTEXT, from an older version or a storage tool, is cut here.
      if (sound) good.push({ note: sound.note, rev: sound.rev });
      else bad.push({ key, value, reason: problem ?? 'unreadable' });
    }
    if (bad.length > 0) await this.setAside(bad);
    return good.sort(
      (a, b) => byCodeUnits(a.note.created, b.note.created) || byCodeUnits(a.note.id, b.note.id),
    );
  }

  /** Moves records to the set-aside store and says how many (./store/set-aside). */
  private async setAside(bad: BadRecord[]): Promise<number> {
    const moved = await moveAside(this.db, 'notes', bad, this.now().getTime());
    if (moved > 0) this.emit({ type: 'set-aside', count: moved });
    return moved;
  }
}

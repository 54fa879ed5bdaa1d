/**
 * The reader's notes in IndexedDB. Every write is awaited until its transaction completes (durability
 * "strict") before it resolves, so the UI says "saved" only for what is on disk. Updates and deletes name
 * the revision they started from: a note changed in another tab is never overwritten (`conflict`). Records
 * that fail to parse are moved to `quarantine` and reported, never wiped.
 */
import type { IDBPTransaction } from 'idb';
import { NotesError } from '../core/notes/notes-errors';
import type { Note } from '../core/notes/types';
import { NOTES_CHANNEL_NAME, type NotesChannel, openNotesChannel } from './notes-channel';
import {
  type NoteRecord,
  type NotesDb,
  type NotesDbSchema,
  openRepairedNotesDb,
  type QuarantineRecord,
} from './notes-db';
import { type BadRecord, keyText, recordProblem, soundRecord, toNotesError } from './notes-records';

type NotesWriteTx = IDBPTransaction<NotesDbSchema, 'notes'[], 'readwrite'>;

export interface StoredNote {
  note: Note;
  rev: number;
}

export type NotesStoreEvent =
  | { type: 'changed'; meetingIds: string[]; origin: 'local' | 'remote' }
  | { type: 'quarantined'; count: number }
  | { type: 'closed' };

export interface NotesStoreOptions {
  dbName?: string;
  channelName?: string;
  /** Clock for quarantine timestamps (tests). */
  now?: () => Date;
}

/** A sound note stored under the wrong key (`value` as found, `record` as it should be). */
interface Misplaced {
  key: IDBValidKey;
  value: unknown;
  record: NoteRecord;
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

  /** Opens (creating or migrating) the database and sets aside any record that fails to parse. */
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
    await store.sweep();
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

  async listQuarantine(): Promise<QuarantineRecord[]> {
    this.assertOpen();
    return this.db.getAll('quarantine');
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
      (a, b) => a.note.created.localeCompare(b.note.created) || a.note.id.localeCompare(b.note.id),
    );
  }

  /**
   * Scans every record once at open: a bad record without a meeting id would never show up in a list. A sound
   * note under a wrong key is stored again under its own id (once: the next open finds it in place); other
   * bad records are set aside.
   */
  private async sweep(): Promise<void> {
    const tx = this.db.transaction('notes', 'readonly');
    const bad: BadRecord[] = [];
    const misplaced: Misplaced[] = [];
    for (let cursor = await tx.objectStore('notes').openCursor(); cursor; cursor = await cursor.continue()) {
      const problem = recordProblem(cursor.key, cursor.value);
      if (!problem) continue;
      const record = soundRecord(cursor.value);
      if (record) misplaced.push({ key: cursor.key, value: cursor.value, record });
      else bad.push({ key: cursor.key, value: cursor.value, reason: problem });
    }
    await tx.done;
    if (misplaced.length > 0) bad.push(...(await this.rekey(misplaced)));
    if (bad.length > 0) await this.setAside(bad);
    this.setAsideAtOpen = bad.length;
  }

  /** Stores records again under their note's id; returns those whose id is taken (to be set aside). */
  private async rekey(misplaced: Misplaced[]): Promise<BadRecord[]> {
    const tx = this.db.transaction('notes', 'readwrite', { durability: 'strict' });
    const notes = tx.objectStore('notes');
    const taken: BadRecord[] = [];
    for (const { key, value, record } of misplaced) {
      const sameKey = key === record.id;
      if (!sameKey && (await notes.getKey(record.id)) !== undefined) {
        taken.push({ key, value, reason: 'id: taken by another record' });
        continue;
      }
      if (!sameKey) await notes.delete(key as string);
      await notes.put(record);
      this.rekeyedAtOpen += 1;
    }
    await tx.done;
    return taken;
  }

  /** Moves records to quarantine (copy, then delete, in one transaction: both or neither). */
  private async setAside(bad: BadRecord[]): Promise<void> {
    const tx = this.db.transaction(['notes', 'quarantine'], 'readwrite', { durability: 'strict' });
    const at = this.now().toISOString();
    for (const b of bad) {
      await tx
        .objectStore('quarantine')
        .add({ recordKey: keyText(b.key), value: b.value, reason: b.reason, at });
      // The key it really has (a number stays a number), so the record is gone and not set aside again.
      await tx.objectStore('notes').delete(b.key as string);
    }
    await tx.done;
    this.emit({ type: 'quarantined', count: bad.length });
  }
}

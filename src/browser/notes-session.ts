/**
 * One page's view of the notes store: opens it once, keeps each watched meeting's notes in memory and
 * re-reads them whenever this tab or another one changes them. Components read it through
 * `useSyncExternalStore`, so every state object is immutable and replaced on change.
 */
import { isNotesError, type NotesErrorCode } from '../core/notes/notes-errors';
import type { Note } from '../core/notes/types';
import type { QuarantineRecord } from './notes-db';
import { type ImportOutcome, NotesStore, type NotesStoreEvent, type StoredNote } from './notes-store';

export type MeetingNotesState =
  | { status: 'loading' }
  | { status: 'ready'; notes: readonly StoredNote[] }
  | { status: 'error'; code: NotesErrorCode };

const LOADING: MeetingNotesState = { status: 'loading' };

/** Repairs made when the store opened: records stored again under their own id, stores created again. */
export interface StoreRepairs {
  rekeyed: number;
  recreated: readonly string[];
}

const NO_REPAIRS: StoreRepairs = { rekeyed: 0, recreated: [] };

export function errorCodeOf(error: unknown): NotesErrorCode {
  return isNotesError(error) ? error.code : 'write-failed';
}

export class NotesSession {
  private storePromise: Promise<NotesStore> | null = null;
  private readonly states = new Map<string, MeetingNotesState>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly statusListeners = new Set<() => void>();
  private readonly allListeners = new Set<() => void>();
  private quarantined = 0;
  private repairs: StoreRepairs = NO_REPAIRS;

  constructor(private readonly openStore: () => Promise<NotesStore> = () => NotesStore.open()) {}

  /** Watches a meeting's notes; loads them on first use. Returns the unsubscribe function. */
  subscribe(meetingId: string, listener: () => void): () => void {
    let set = this.listeners.get(meetingId);
    if (!set) {
      set = new Set();
      this.listeners.set(meetingId, set);
    }
    set.add(listener);
    if (!this.states.has(meetingId)) void this.reload(meetingId);
    return () => {
      set.delete(listener);
    };
  }

  /**
   * Called on every change to any meeting's notes, from this tab or another (then re-read with `listAll`).
   * Opens the store so other tabs' changes arrive. Returns the unsubscribe function.
   */
  subscribeAll(listener: () => void): () => void {
    this.allListeners.add(listener);
    void this.store().catch(() => undefined);
    return () => {
      this.allListeners.delete(listener);
    };
  }

  state(meetingId: string): MeetingNotesState {
    return this.states.get(meetingId) ?? LOADING;
  }

  /** Records set aside since the page loaded (they are kept in the store's quarantine). */
  quarantinedCount(): number {
    return this.quarantined;
  }

  /** What was repaired when the store opened (wrong keys, missing stores); the same object until it changes. */
  repaired(): StoreRepairs {
    return this.repairs;
  }

  subscribeStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  async create(note: Note): Promise<StoredNote> {
    return (await this.store()).create(note);
  }

  async update(note: Note, baseRev: number): Promise<StoredNote> {
    return (await this.store()).update(note, baseRev);
  }

  async remove(stored: StoredNote): Promise<void> {
    return (await this.store()).remove(stored);
  }

  async importNotes(notes: readonly Note[]): Promise<ImportOutcome> {
    return (await this.store()).importNotes(notes);
  }

  /** Every meeting's notes (for an export of everything). */
  async listAll(): Promise<StoredNote[]> {
    return (await this.store()).listAll();
  }

  async listQuarantine(): Promise<QuarantineRecord[]> {
    return (await this.store()).listQuarantine();
  }

  /** Opens the store once; a failed open is retried on the next call. */
  private store(): Promise<NotesStore> {
    if (!this.storePromise) {
      this.storePromise = this.openStore().then(
        (store) => {
          store.subscribe((event) => this.onStoreEvent(event));
          if (store.rekeyedAtOpen > 0 || store.repairedAtOpen.length > 0) {
            this.repairs = { rekeyed: store.rekeyedAtOpen, recreated: store.repairedAtOpen };
            for (const l of [...this.statusListeners]) l();
          }
          if (store.setAsideAtOpen > 0)
            this.onStoreEvent({ type: 'quarantined', count: store.setAsideAtOpen });
          return store;
        },
        (error: unknown) => {
          this.storePromise = null;
          throw error;
        },
      );
    }
    return this.storePromise;
  }

  private onStoreEvent(event: NotesStoreEvent): void {
    if (event.type === 'changed') {
      for (const id of event.meetingIds) if (this.states.has(id)) void this.reload(id);
      for (const l of [...this.allListeners]) l();
    } else if (event.type === 'quarantined') {
      this.quarantined += event.count;
      for (const l of [...this.statusListeners]) l();
    } else {
      for (const id of [...this.states.keys()]) this.set(id, { status: 'error', code: 'store-closed' });
    }
  }

  private async reload(meetingId: string): Promise<void> {
    if (!this.states.has(meetingId)) this.states.set(meetingId, LOADING);
    try {
      const notes = await (await this.store()).list(meetingId);
      this.set(meetingId, { status: 'ready', notes });
    } catch (error) {
      this.set(meetingId, { status: 'error', code: errorCodeOf(error) });
    }
  }

  private set(meetingId: string, state: MeetingNotesState): void {
    this.states.set(meetingId, state);
    for (const l of [...(this.listeners.get(meetingId) ?? [])]) l();
  }
}

let pageSession: NotesSession | null = null;

/** The page's session over the real IndexedDB store (created on first use). */
export function defaultNotesSession(): NotesSession {
  pageSession ??= new NotesSession();
  return pageSession;
}

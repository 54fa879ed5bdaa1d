/**
 * One page's view of the notes store: opens it once, keeps each watched meeting's notes in memory and
 * re-reads them whenever this tab or another one changes them. Components read it through `Watchable`s
 * (./store/watchable, with src/ui/hooks/use-store.ts), so every state object is immutable and replaced on change.
 */
import { isNotesError, type NotesErrorCode } from '../core/notes/notes-errors';
import type { Note } from '../core/notes/types';
import {
  type ImportOutcome,
  type NotesSetAsideRecord,
  NotesStore,
  type NotesStoreEvent,
  type StoredNote,
} from './notes-store';
import { type Cell, createCell, type Watchable } from './store/watchable';

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

/** What the store reported about itself since the page loaded. */
export interface NotesStatus {
  /** Records set aside since the page loaded (they are kept in the store's `set-aside`). */
  setAside: number;
  repairs: StoreRepairs;
}

const NO_REPAIRS: StoreRepairs = { rekeyed: 0, recreated: [] };

export function errorCodeOf(error: unknown): NotesErrorCode {
  return isNotesError(error) ? error.code : 'write-failed';
}

export class NotesSession {
  private storePromise: Promise<NotesStore> | null = null;
  private readonly meetings = new Map<string, Cell<MeetingNotesState>>();
  private readonly allListeners = new Set<() => void>();
  /** The store's status (set-aside count, repairs at open); the same object until it changes. */
  readonly status: Cell<NotesStatus> = createCell<NotesStatus>({ setAside: 0, repairs: NO_REPAIRS });

  constructor(private readonly openStore: () => Promise<NotesStore> = () => NotesStore.open()) {}

  /** A meeting's notes as a watchable value (the same object for the same meeting); loads them on first use. */
  meetingNotes(meetingId: string): Watchable<MeetingNotesState> {
    let cell = this.meetings.get(meetingId);
    if (!cell) {
      let loading = false;
      cell = createCell<MeetingNotesState>(LOADING, () => {
        if (loading) return;
        loading = true;
        void this.reload(meetingId);
      });
      this.meetings.set(meetingId, cell);
    }
    return cell;
  }

  /** Watches a meeting's notes; loads them on first use. Returns the unsubscribe function. */
  subscribe(meetingId: string, listener: () => void): () => void {
    return this.meetingNotes(meetingId).subscribe(listener);
  }

  state(meetingId: string): MeetingNotesState {
    return this.meetings.get(meetingId)?.getSnapshot() ?? LOADING;
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

  /** Records set aside since the page loaded. */
  setAsideCount(): number {
    return this.status.getSnapshot().setAside;
  }

  /** What was repaired when the store opened (wrong keys, missing stores); the same object until it changes. */
  repaired(): StoreRepairs {
    return this.status.getSnapshot().repairs;
  }

  subscribeStatus(listener: () => void): () => void {
    return this.status.subscribe(listener);
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

  async listSetAside(): Promise<NotesSetAsideRecord[]> {
    return (await this.store()).listSetAside();
  }

  /** Opens the store once; a failed open is retried on the next call. */
  private store(): Promise<NotesStore> {
    if (!this.storePromise) {
      this.storePromise = this.openStore().then(
        (store) => {
          store.subscribe((event) => this.onStoreEvent(event));
          if (store.rekeyedAtOpen > 0 || store.repairedAtOpen.length > 0) {
            const repairs = { rekeyed: store.rekeyedAtOpen, recreated: store.repairedAtOpen };
            this.status.set({ ...this.status.getSnapshot(), repairs });
          }
          if (store.setAsideAtOpen > 0) this.onStoreEvent({ type: 'set-aside', count: store.setAsideAtOpen });
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
      for (const id of event.meetingIds) if (this.meetings.has(id)) void this.reload(id);
      for (const l of [...this.allListeners]) l();
    } else if (event.type === 'set-aside') {
      const status = this.status.getSnapshot();
      this.status.set({ ...status, setAside: status.setAside + event.count });
    } else {
      for (const cell of this.meetings.values()) cell.set({ status: 'error', code: 'store-closed' });
    }
  }

  private async reload(meetingId: string): Promise<void> {
    const cell = this.meetings.get(meetingId);
    if (!cell) return;
    try {
      const notes = await (await this.store()).list(meetingId);
      cell.set({ status: 'ready', notes });
    } catch (error) {
      cell.set({ status: 'error', code: errorCodeOf(error) });
    }
  }
}

let pageSession: NotesSession | null = null;

/** The page's session over the real IndexedDB store (created on first use). */
export function defaultNotesSession(): NotesSession {
  pageSession ??= new NotesSession();
  return pageSession;
}

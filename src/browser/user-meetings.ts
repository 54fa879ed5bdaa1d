/**
 * The reader's own meetings for the UI: one shared in-memory snapshot (a `Watchable`, ./store/watchable),
 * loaded from IndexedDB on first use, refreshed after every save / update / delete here and in other tabs
 * (./store/change-channel). The UI reads it through `useUserMeetings` (src/ui/app/use-user-meetings.ts); the
 * #/new page and the meeting actions write.
 */
import type { Meeting } from '../core/model';
import { byCodeUnits } from '../core/text/code-unit-order';
import { downloadFile } from './download';
import { type ChangeChannel, openChangeChannel } from './store/change-channel';
import { createCell, type Watchable } from './store/watchable';
import {
  deleteRecord,
  getRecord,
  loadRecords,
  type MeetingRecord,
  putRecord,
  UserMeetingsError,
} from './user-meetings-db';
import { discardSetAside, listSetAside, type SetAsideEntry } from './user-meetings-set-aside';

export { UserMeetingsError } from './user-meetings-db';
export type { SetAsideEntry } from './user-meetings-set-aside';

export interface UserMeetings {
  meetings: Meeting[];
  loading: boolean;
  /** A code: `unavailable` (no IndexedDB, e.g. some private windows) or `failed`; null when fine. */
  error: string | null;
  /**
   * Stored records that failed the shape check: moved aside, kept (not shown) until the reader downloads
   * and discards them (see `downloadSetAsideMeetings`, `discardSetAsideMeetings`).
   */
  setAside?: number;
}

const CHANNEL = 'readout-compare-meetings';

export type UserMeetingsChange = { type: 'saved' | 'updated' | 'deleted'; id: string };
/** What the tabs tell each other: a meeting changed, or the set-aside records did (no meeting changed). */
type ChannelMessage = UserMeetingsChange | { type: 'set-aside' };

function isChannelMessage(data: unknown): data is ChannelMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<UserMeetingsChange> | { type?: unknown };
  if (m.type === 'set-aside') return true;
  return (
    (m.type === 'saved' || m.type === 'updated' || m.type === 'deleted') &&
    'id' in m &&
    typeof m.id === 'string'
  );
}

const BEFORE_LOAD: UserMeetings = { meetings: [], loading: true, error: null, setAside: 0 };

let started = false;
let loadSeq = 0;
const cell = createCell<UserMeetings>(BEFORE_LOAD, start);
const changeListeners = new Set<(change: UserMeetingsChange) => void>();
let channel: ChangeChannel<ChannelMessage> | null = null;

/**
 * The reader's own meetings as a watchable value. Its server snapshot is the state before anything loaded:
 * what the prerendered list (built in Node, where there is no IndexedDB) shows, and so what the page hydrates
 * with; the very object the store holds until it loads, so hydration finds nothing changed.
 */
export const userMeetingsStore: Watchable<UserMeetings> = {
  subscribe: cell.subscribe,
  getSnapshot: cell.getSnapshot,
  getServerSnapshot: () => BEFORE_LOAD,
};

function byDateDesc(a: MeetingRecord, b: MeetingRecord): number {
  return byCodeUnits(b.meeting.date, a.meeting.date) || b.updatedAt - a.updatedAt;
}

/** Re-reads the store; the latest call wins when several overlap. */
export async function refreshUserMeetings(): Promise<void> {
  const seq = ++loadSeq;
  try {
    const { records, setAside } = await loadRecords();
    if (seq !== loadSeq) return;
    cell.set({
      meetings: records.sort(byDateDesc).map((r) => r.meeting),
      loading: false,
      error: null,
      setAside,
    });
  } catch (error) {
    if (seq !== loadSeq) return;
    const code = error instanceof UserMeetingsError ? error.code : 'failed';
    cell.set({ meetings: [], loading: false, error: code, setAside: cell.getSnapshot().setAside ?? 0 });
  }
}

function start(): void {
  if (started) return;
  started = true;
  channel = openChangeChannel(CHANNEL, isChannelMessage, (message) => {
    void refreshUserMeetings();
    if (message.type === 'set-aside') return;
    for (const listener of changeListeners) listener(message);
  });
  void refreshUserMeetings();
}

/** The current state of the reader's own meetings: an immutable object, replaced on every change. */
export function userMeetingsSnapshot(): UserMeetings {
  return cell.getSnapshot();
}

/** Called on every change, in this tab or another (e.g. the notes can react to a deleted meeting). */
export function onUserMeetingsChange(listener: (change: UserMeetingsChange) => void): () => void {
  changeListeners.add(listener);
  start();
  return () => changeListeners.delete(listener);
}

async function announce(change: UserMeetingsChange): Promise<void> {
  await refreshUserMeetings();
  channel?.post(change);
  for (const listener of changeListeners) listener(change);
}

/** Stores a new meeting; resolves once the shared list includes it (safe to navigate to it). */
export async function saveUserMeeting(meeting: Meeting): Promise<void> {
  start();
  await putRecord(meeting, 'create', Date.now());
  void requestPersistence();
  await announce({ type: 'saved', id: meeting.id });
}

/** Replaces a stored meeting (same id); rejects with code `not-found` when it is not stored. */
export async function updateUserMeeting(meeting: Meeting): Promise<void> {
  start();
  await putRecord(meeting, 'update', Date.now());
  await announce({ type: 'updated', id: meeting.id });
}

export async function deleteUserMeeting(id: string): Promise<void> {
  start();
  await deleteRecord(id);
  await announce({ type: 'deleted', id });
}

export async function getUserMeeting(id: string): Promise<Meeting | null> {
  return (await getRecord(id))?.meeting ?? null;
}

/**
 * Downloads the set-aside records as JSON (they stay stored). Returns what was downloaded, for a later
 * `discardSetAsideMeetings`, and the file name; null when there was nothing to download.
 */
export async function downloadSetAsideMeetings(): Promise<{
  entries: SetAsideEntry[];
  fileName: string;
} | null> {
  const entries = await listSetAside();
  if (entries.length === 0) return null;
  const { setAsideFileName, setAsideJson } = await import('./user-meetings-set-aside-json');
  const now = new Date();
  const fileName = setAsideFileName(now);
  downloadFile(fileName, setAsideJson(entries, now), 'application/json');
  return { entries, fileName };
}

/** Deletes set-aside records for good: the given ones, or all of them (as listed now). */
export async function discardSetAsideMeetings(entries?: readonly SetAsideEntry[]): Promise<void> {
  start();
  await discardSetAside(entries ?? (await listSetAside()));
  await refreshUserMeetings();
  channel?.post({ type: 'set-aside' });
}

/** Asks the browser not to evict the reader's data under storage pressure (best effort, may be refused). */
async function requestPersistence(): Promise<void> {
  try {
    if (typeof navigator !== 'undefined' && navigator.storage?.persist) await navigator.storage.persist();
  } catch {
    // Refusal is normal (e.g. no user engagement yet); the data is stored either way.
  }
}

/** For tests: drop the snapshot and channel so the next use starts fresh. */
export function resetUserMeetingsForTests(): void {
  channel?.close();
  channel = null;
  started = false;
  loadSeq++;
  cell.reset(BEFORE_LOAD);
  changeListeners.clear();
}

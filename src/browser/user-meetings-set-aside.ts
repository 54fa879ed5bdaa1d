/**
 * The reader's own meetings that could not be read back, for the reader to download and, when they choose,
 * discard. They live in the `set-aside` store (./store/set-aside); a record whose move there failed (e.g. a
 * full storage) is still in `meetings` and is listed too, so nothing the reader stored is ever hidden without
 * a way out.
 */
import { readSetAsideRecord, SET_ASIDE_STORE, type SetAsideRecord } from './store/set-aside';
import { openMeetingsDb, recordProblem, storageError } from './user-meetings-db';

export interface SetAsideEntry {
  /** Where the record is now. */
  store: 'set-aside' | 'meetings';
  /** Its key in that store (an auto-increment number in `set-aside`). */
  storeKey: IDBValidKey;
  record: SetAsideRecord;
}

/** Every set-aside record, oldest first, then those still in `meetings`, read in one transaction. */
export async function listSetAside(): Promise<SetAsideEntry[]> {
  const d = await openMeetingsDb();
  const tx = d.transaction([SET_ASIDE_STORE, 'meetings']);
  const aside = tx.objectStore(SET_ASIDE_STORE);
  const meetings = tx.objectStore('meetings');
  const [asideKeys, asideValues, meetingKeys, meetingValues] = await Promise.all([
    aside.getAllKeys(),
    aside.getAll(),
    meetings.getAllKeys(),
    meetings.getAll(),
  ]);
  const entries: SetAsideEntry[] = asideValues.map((value: unknown, i) => {
    const storeKey = asideKeys[i] ?? i;
    return { store: 'set-aside', storeKey, record: readSetAsideRecord(value, storeKey) };
  });
  meetingValues.forEach((value: unknown, i) => {
    const reason = recordProblem(value);
    const storeKey = meetingKeys[i] ?? '';
    if (reason)
      entries.push({ store: 'meetings', storeKey, record: { key: storeKey, value, reason, at: 0 } });
  });
  return entries;
}

/**
 * Deletes these entries for good (the ones the reader was shown: an entry set aside since then stays).
 * A record still in `meetings` is deleted only if it is still unreadable (another tab may have replaced it).
 */
export async function discardSetAside(entries: readonly SetAsideEntry[]): Promise<void> {
  const d = await openMeetingsDb();
  const tx = d.transaction([SET_ASIDE_STORE, 'meetings'], 'readwrite');
  tx.done.catch(() => undefined);
  try {
    for (const entry of entries) {
      if (entry.store === 'set-aside') {
        await tx.objectStore(SET_ASIDE_STORE).delete(entry.storeKey as number);
      } else {
        const key = entry.storeKey as string;
        const current: unknown = await tx.objectStore('meetings').get(key);
        if (current !== undefined && recordProblem(current)) await tx.objectStore('meetings').delete(key);
      }
    }
    await tx.done;
  } catch (error) {
    throw storageError(error);
  }
}

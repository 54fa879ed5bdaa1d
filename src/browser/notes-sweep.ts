/**
 * The notes store's check at open: every record is read once, since a bad record without a meeting id would
 * never show up in a meeting's list. A sound note under a wrong key is stored again under its own id (once:
 * the next open finds it in place); what cannot be used is returned, to be set aside.
 */
import type { NoteRecord, NotesDb } from './notes-db';
import { recordProblem, soundRecord } from './notes-records';
import type { BadRecord } from './store/set-aside';

/** A sound note stored under the wrong key (`value` as found, `record` as it should be). */
interface Misplaced {
  key: IDBValidKey;
  value: unknown;
  record: NoteRecord;
}

export interface SweepResult {
  /** Records to set aside. */
  bad: BadRecord[];
  /** Records stored again under their note's id. */
  rekeyed: number;
}

export async function sweepNotes(db: NotesDb): Promise<SweepResult> {
  const tx = db.transaction('notes', 'readonly');
  const bad: BadRecord[] = [];
  const misplaced: Misplaced[] = [];
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const problem = recordProblem(cursor.key, cursor.value);
    if (!problem) continue;
    const record = soundRecord(cursor.value);
    if (record) misplaced.push({ key: cursor.key, value: cursor.value, record });
    else bad.push({ key: cursor.key, value: cursor.value, reason: problem });
  }
  await tx.done;
  if (misplaced.length === 0) return { bad, rekeyed: 0 };
  const { taken, rekeyed } = await rekey(db, misplaced);
  return { bad: [...bad, ...taken], rekeyed };
}

/** Stores records again under their note's id; those whose id is taken come back, to be set aside. */
async function rekey(db: NotesDb, misplaced: Misplaced[]): Promise<{ taken: BadRecord[]; rekeyed: number }> {
  const tx = db.transaction('notes', 'readwrite', { durability: 'strict' });
  const taken: BadRecord[] = [];
  let rekeyed = 0;
  for (const { key, value, record } of misplaced) {
    const sameKey = key === record.id;
    if (!sameKey && (await tx.store.getKey(record.id)) !== undefined) {
      taken.push({ key, value, reason: 'id: taken by another record' });
      continue;
    }
    // The key it really has (a number stays a number).
    if (!sameKey) await tx.store.delete(key as string);
    await tx.store.put(record);
    rekeyed += 1;
  }
  await tx.done;
  return { taken, rekeyed };
}

/**
 * Records that can no longer be read are set aside, never wiped: moved, as they were, to the database's
 * `set-aside` store with the reason, for the reader to download (and, for own meetings, discard). One name and
 * one record shape for every store of the app; the notes' older `quarantine` store is moved here by a
 * migration (`moveStoreRecords`).
 */
import { type IDBPDatabase, unwrap, wrap } from 'idb';
import { createStore, type StoreSpec, type UpgradeDb, type UpgradeTx } from './open-store-db';

export const SET_ASIDE_STORE = 'set-aside';

/** Out-of-line auto-increment keys: the record's own key is kept in it, whatever its type. */
export const SET_ASIDE_SPEC: StoreSpec = { name: SET_ASIDE_STORE, autoIncrement: true };

/** A record that could not be used as it is, with the key it really has in its store. */
export interface BadRecord {
  key: IDBValidKey;
  value: unknown;
  reason: string;
}

/** A set-aside record: the value exactly as it was stored, why it was set aside and when (epoch ms). */
export interface SetAsideRecord extends BadRecord {
  at: number;
}

export interface StoredSetAside {
  /** Its key in the `set-aside` store (an auto-increment number). */
  storeKey: IDBValidKey;
  record: SetAsideRecord;
}

/** Any store's database, seen without its schema: the code here only needs a `set-aside` store in it. */
function untyped<S>(db: IDBPDatabase<S>): IDBPDatabase<unknown> {
  return wrap(unwrap(db));
}

/** A set-aside value read back as untrusted storage: always a SetAsideRecord. */
export function readSetAsideRecord(value: unknown, storeKey: IDBValidKey): SetAsideRecord {
  const r = value as Partial<SetAsideRecord> | null;
  if (typeof r === 'object' && r !== null && 'value' in r && typeof r.reason === 'string') {
    return { key: r.key ?? storeKey, value: r.value, reason: r.reason, at: Number(r.at) || 0 };
  }
  return { key: storeKey, value, reason: 'unrecognised set-aside entry', at: 0 };
}

/**
 * Moves `bad` records from `from` to `set-aside` in one transaction (copy, then delete: both or neither),
 * each only if it is still there, so two tabs reading at once do not copy it twice. Deletes by the key the
 * record really has (a number stays a number). Returns how many were moved.
 */
export async function moveAside<S>(
  typed: IDBPDatabase<S>,
  from: string,
  bad: readonly BadRecord[],
  at: number,
): Promise<number> {
  const tx = untyped(typed).transaction([from, SET_ASIDE_STORE], 'readwrite', { durability: 'strict' });
  // Errors are reported by the awaits below; this keeps an abort from also surfacing as unhandled.
  tx.done.catch(() => undefined);
  let moved = 0;
  for (const { key, value, reason } of bad) {
    if ((await tx.objectStore(from).getKey(key)) === undefined) continue;
    await tx.objectStore(SET_ASIDE_STORE).add({ key, value, reason, at } satisfies SetAsideRecord);
    await tx.objectStore(from).delete(key);
    moved += 1;
  }
  await tx.done;
  return moved;
}

/** Every set-aside record, oldest first. */
export async function listSetAside<S>(db: IDBPDatabase<S>): Promise<StoredSetAside[]> {
  const tx = untyped(db).transaction(SET_ASIDE_STORE);
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  return values.map((value: unknown, i) => {
    const storeKey = keys[i] ?? i;
    return { storeKey, record: readSetAsideRecord(value, storeKey) };
  });
}

/** How many records are set aside. */
export function countSetAside<S>(db: IDBPDatabase<S>): Promise<number> {
  return untyped(db).count(SET_ASIDE_STORE);
}

/**
 * A migration step: moves every record of the store `from` into the store `to` (created when missing, as
 * `spec`), converted by `convert`, then deletes `from`, all in the upgrade's transaction. Nothing happens when
 * `from` does not exist.
 */
export function moveStoreRecords(
  db: UpgradeDb,
  tx: UpgradeTx,
  from: string,
  spec: StoreSpec,
  convert: (value: unknown, key: IDBValidKey) => unknown,
): void {
  const names = [...db.objectStoreNames] as string[];
  if (!names.includes(from)) return;
  if (!names.includes(spec.name)) createStore(db, spec);
  const source = tx.objectStore(from);
  // Read, write and delete in order inside the version change: the upgrade completes only after all three.
  void Promise.all([source.getAllKeys(), source.getAll()]).then(([keys, values]) => {
    const target = tx.objectStore(spec.name);
    values.forEach((value: unknown, i) => {
      void target.add(convert(value, keys[i] ?? i));
    });
    db.deleteObjectStore(from);
  });
}

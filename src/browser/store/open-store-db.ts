/**
 * Opening an IndexedDB database of the app: its versions, the migrations between them and the repair of a
 * database that lacks a store or index its version should have. Every store of the app (notes, own meetings)
 * opens through here. Migrations only add or move; nothing here deletes records the reader stored.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';

interface IndexSpec {
  name: string;
  keyPath: string;
}

export interface StoreSpec {
  name: string;
  /** In-line key; without one the store has out-of-line keys. */
  keyPath?: string;
  autoIncrement?: boolean;
  indexes?: readonly IndexSpec[];
}

/** The database as a migration sees it: stores of any version, by name. */
export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: UpgradeDb, tx: UpgradeTx) => void;

export interface DbSpec {
  name: string;
  /** `migrations[i]` takes the database from version i to version i + 1; their number is the current version. */
  migrations: readonly Migration[];
  /** The stores of the current version: a repair creates whichever is missing (or lacks an index). */
  stores: readonly StoreSpec[];
}

export interface OpenDbOptions {
  /** Another name (tests). */
  name?: string;
  /** Stop at an older version (tests of the migrations); no repair then. */
  version?: number;
  /** Another tab wants a newer version: this connection should close. */
  onBlocking?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

export interface OpenedDb<S extends DBSchema> {
  db: IDBPDatabase<S>;
  /** The stores or indexes that were missing and have been created again (empty when none). */
  repaired: string[];
}

export function currentVersion(spec: DbSpec): number {
  return spec.migrations.length;
}

/** Creates the store with its indexes (in an upgrade). */
export function createStore(db: UpgradeDb, store: StoreSpec): void {
  const created = db.createObjectStore(store.name, {
    ...(store.keyPath ? { keyPath: store.keyPath } : {}),
    ...(store.autoIncrement ? { autoIncrement: true } : {}),
  });
  for (const index of store.indexes ?? []) created.createIndex(index.name, index.keyPath);
}

/** What the current schema lacks in `db`: `store` or `store.index` names. */
function missingParts(db: IDBPDatabase<unknown>, stores: readonly StoreSpec[]): string[] {
  const names = [...db.objectStoreNames] as string[];
  const missing: string[] = [];
  for (const store of stores) {
    if (!names.includes(store.name)) {
      missing.push(store.name);
      continue;
    }
    if (!store.indexes?.length) continue;
    const indexNames = db.transaction(store.name, 'readonly').store.indexNames;
    for (const index of store.indexes) {
      if (!indexNames.contains(index.name)) missing.push(`${store.name}.${index.name}`);
    }
  }
  return missing;
}

/** Creates whatever the current schema lacks (in an upgrade); returns what it created. */
function ensureSchema(db: UpgradeDb, tx: UpgradeTx, stores: readonly StoreSpec[]): string[] {
  const created: string[] = [];
  const names = [...db.objectStoreNames] as string[];
  for (const store of stores) {
    if (!names.includes(store.name)) {
      createStore(db, store);
      created.push(store.name);
      continue;
    }
    const existing = tx.objectStore(store.name);
    for (const index of store.indexes ?? []) {
      if (existing.indexNames.contains(index.name)) continue;
      existing.createIndex(index.name, index.keyPath);
      created.push(`${store.name}.${index.name}`);
    }
  }
  return created;
}

function handlers(options: OpenDbOptions) {
  return { blocking: () => options.onBlocking?.(), terminated: () => options.onTerminated?.() };
}

/**
 * Opens at `version`, running the migrations from the stored version. Reaching the current version, the
 * upgrade also creates what the migrations could not (a store lost before an older version was upgraded) and
 * reports it in `repaired`.
 */
function openAt(
  spec: DbSpec,
  version: number,
  options: OpenDbOptions,
  repaired: string[],
): Promise<IDBPDatabase<unknown>> {
  return openDB(options.name ?? spec.name, version, {
    upgrade(upgrading, oldVersion, _newVersion, tx) {
      const until = Math.min(version, currentVersion(spec));
      for (let v = oldVersion; v < until; v += 1) spec.migrations[v]?.(upgrading, tx);
      if (version >= currentVersion(spec)) repaired.push(...ensureSchema(upgrading, tx, spec.stores));
    },
    ...handlers(options),
  });
}

/** The opened database under the caller's schema (idb's own `openDB<S>` asserts it the same way). */
function typed<S extends DBSchema>(db: IDBPDatabase<unknown>): IDBPDatabase<S> {
  return db as unknown as IDBPDatabase<S>;
}

/** Opens the database at the current version (or `options.version`), migrating it on the way. */
export async function openStoreDb<S extends DBSchema>(
  spec: DbSpec,
  options: OpenDbOptions = {},
): Promise<IDBPDatabase<S>> {
  return typed<S>(await openAt(spec, options.version ?? currentVersion(spec), options, []));
}

/**
 * Opens the database at the current version and repairs it when a store or index is missing at its version:
 * an upgrade one version up creates what is missing and touches nothing else, so every readable record is
 * kept. A database above the current version is such a repaired one when it has no store this version does
 * not know (migrations only ever add stores); one that does comes from a newer app (`VersionError`).
 */
export async function openRepairedDb<S extends DBSchema>(
  spec: DbSpec,
  options: OpenDbOptions = {},
): Promise<OpenedDb<S>> {
  const name = options.name ?? spec.name;
  const repaired: string[] = [];
  let db: IDBPDatabase<unknown>;
  try {
    db = await openAt(spec, currentVersion(spec), options, repaired);
  } catch (e) {
    if ((e as { name?: unknown } | null)?.name !== 'VersionError') throw e;
    db = await openDB(name, undefined, handlers(options));
    const known = spec.stores.map((s) => s.name);
    if (([...db.objectStoreNames] as string[]).some((s) => !known.includes(s))) {
      db.close();
      throw e;
    }
  }
  const missing = missingParts(db, spec.stores);
  if (missing.length === 0) return { db: typed<S>(db), repaired };
  const version = db.version + 1;
  db.close();
  const again = await openDB(name, version, {
    upgrade: (upgrading, _old, _new, tx) => {
      ensureSchema(upgrading, tx, spec.stores);
    },
    ...handlers(options),
  });
  return { db: typed<S>(again), repaired: [...repaired, ...missing] };
}

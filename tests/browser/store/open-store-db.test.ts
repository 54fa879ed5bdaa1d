import 'fake-indexeddb/auto';
import { type DBSchema, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { type DbSpec, openRepairedDb, openStoreDb } from '../../../src/browser/store/open-store-db';

/* The one way every store of the app opens: versions, migrations, and the repair of a missing store. */

interface ItemsDb extends DBSchema {
  items: { key: string; value: { id: string; kind: string }; indexes: { byKind: string } };
  'set-aside': { key: number; value: unknown };
}

let count = 0;
const fresh = () => `store-db-${++count}`;

/** A small database in two versions: v1 `items` (by kind), v2 adds `set-aside`. */
function spec(name: string, log: string[] = []): DbSpec {
  return {
    name,
    migrations: [
      (db) => {
        log.push('0→1');
        db.createObjectStore('items', { keyPath: 'id' }).createIndex('byKind', 'kind');
      },
      (db) => {
        log.push('1→2');
        db.createObjectStore('set-aside', { autoIncrement: true });
      },
    ],
    stores: [
      { name: 'items', keyPath: 'id', indexes: [{ name: 'byKind', keyPath: 'kind' }] },
      { name: 'set-aside', autoIncrement: true },
    ],
  };
}

async function shape(name: string): Promise<[number, string[]]> {
  const db = await openDB(name);
  const result: [number, string[]] = [db.version, [...db.objectStoreNames].sort()];
  db.close();
  return result;
}

describe('openStoreDb', () => {
  it('creates a new database through every migration, in order', async () => {
    const name = fresh();
    const log: string[] = [];
    (await openStoreDb<ItemsDb>(spec(name, log))).close();
    expect(log).toEqual(['0→1', '1→2']);
    expect(await shape(name)).toEqual([2, ['items', 'set-aside']]);
  });

  it('stops at an older version when asked, and later runs only the migrations left', async () => {
    const name = fresh();
    const log: string[] = [];
    const v1 = await openStoreDb<ItemsDb>(spec(name, log), { version: 1 });
    await v1.put('items', { id: 'kept', kind: 'a' });
    v1.close();
    const db = await openStoreDb<ItemsDb>(spec(name, log));
    expect(log).toEqual(['0→1', '1→2']);
    expect(await db.get('items', 'kept')).toEqual({ id: 'kept', kind: 'a' });
    db.close();
  });
});

describe('openRepairedDb', () => {
  it('reports nothing for a sound database', async () => {
    const name = fresh();
    const { db, repaired } = await openRepairedDb<ItemsDb>(spec(name));
    db.close();
    expect(repaired).toEqual([]);
  });

  it('creates a store missing at the current version one version up, keeping every record', async () => {
    const name = fresh();
    const damaged = await openDB(name, 2, {
      upgrade: (db) => db.createObjectStore('items', { keyPath: 'id' }).createIndex('byKind', 'kind'),
    });
    await damaged.put('items', { id: 'x', kind: 'a' });
    damaged.close();

    const { db, repaired } = await openRepairedDb<ItemsDb>(spec(name));
    expect(repaired).toEqual(['set-aside']);
    expect(await db.getAllFromIndex('items', 'byKind', 'a')).toEqual([{ id: 'x', kind: 'a' }]);
    db.close();
    expect(await shape(name)).toEqual([3, ['items', 'set-aside']]);

    // The repaired database is above the current version, with no store this version does not know: it opens.
    const again = await openRepairedDb<ItemsDb>(spec(name));
    expect(again.repaired).toEqual([]);
    again.db.close();
  });

  it('creates a missing index', async () => {
    const name = fresh();
    const damaged = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('items', { keyPath: 'id' });
        db.createObjectStore('set-aside', { autoIncrement: true });
      },
    });
    damaged.close();
    const { db, repaired } = await openRepairedDb<ItemsDb>(spec(name));
    expect(repaired).toEqual(['items.byKind']);
    db.close();
  });

  it('repairs, while it upgrades, what an older version had lost', async () => {
    const name = fresh();
    const log: string[] = [];
    // Version 1 without its `items` store (a storage tool deleted it).
    (await openDB(name, 1, { upgrade: () => undefined })).close();
    const { db, repaired } = await openRepairedDb<ItemsDb>(spec(name, log));
    expect(log).toEqual(['1→2']);
    expect(repaired).toEqual(['items']);
    db.close();
    expect(await shape(name)).toEqual([2, ['items', 'set-aside']]);
  });

  it('refuses, untouched, a database of a newer app (a store this version does not know)', async () => {
    const name = fresh();
    const newer = await openDB(name, 5, {
      upgrade: (db) => db.createObjectStore('future').put('keep me', 'k'),
    });
    newer.close();
    await expect(openRepairedDb<ItemsDb>(spec(name))).rejects.toMatchObject({ name: 'VersionError' });
    const check = await openDB(name);
    expect(await check.get('future', 'k')).toBe('keep me');
    check.close();
  });
});

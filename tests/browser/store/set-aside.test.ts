import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import {
  countSetAside,
  listSetAside,
  moveAside,
  readSetAsideRecord,
} from '../../../src/browser/store/set-aside';

let count = 0;

async function database() {
  return openDB(`set-aside-${++count}`, 1, {
    upgrade(db) {
      db.createObjectStore('things', { keyPath: 'id' });
      db.createObjectStore('set-aside', { autoIncrement: true });
    },
  });
}

describe('moveAside', () => {
  it('moves records as they were, with the key they had, the reason and the time', async () => {
    const db = await database();
    await db.put('things', { id: 'a', junk: 1n });
    await db.put('things', { id: 'b', ok: true });
    expect(
      await moveAside(db, 'things', [{ key: 'a', value: { id: 'a', junk: 1n }, reason: 'junk' }], 1000),
    ).toBe(1);
    expect(await db.getAllKeys('things')).toEqual(['b']);
    expect(await listSetAside(db)).toEqual([
      { storeKey: 1, record: { key: 'a', value: { id: 'a', junk: 1n }, reason: 'junk', at: 1000 } },
    ]);
    expect(await countSetAside(db)).toBe(1);
    db.close();
  });

  it('moves a record only while it is still there (two tabs never copy it twice)', async () => {
    const db = await database();
    await db.put('things', { id: 'a' });
    const bad = [{ key: 'a', value: { id: 'a' }, reason: 'r' }];
    const [first, second] = await Promise.all([
      moveAside(db, 'things', bad, 1),
      moveAside(db, 'things', bad, 2),
    ]);
    expect(first + second).toBe(1);
    expect(await countSetAside(db)).toBe(1);
    db.close();
  });

  it('changes nothing when the copy fails (both or neither)', async () => {
    const db = await database();
    await db.put('things', { id: 'a' });
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(moveAside(db, 'things', [{ key: 'a', value: {}, reason: 'r' }], 1)).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    add.mockRestore();
    expect(await db.getAllKeys('things')).toEqual(['a']);
    expect(await countSetAside(db)).toBe(0);
    db.close();
  });
});

describe('readSetAsideRecord', () => {
  it('reads a stored entry as untrusted: anything else is kept whole, marked unrecognised', () => {
    expect(readSetAsideRecord({ key: 'k', value: 1, reason: 'r', at: 5 }, 3)).toEqual({
      key: 'k',
      value: 1,
      reason: 'r',
      at: 5,
    });
    expect(readSetAsideRecord({ value: 1, reason: 'r', at: 'soon' }, 3)).toEqual({
      key: 3,
      value: 1,
      reason: 'r',
      at: 0,
    });
    expect(readSetAsideRecord('stray', 4)).toEqual({
      key: 4,
      value: 'stray',
      reason: 'unrecognised set-aside entry',
      at: 0,
    });
  });
});

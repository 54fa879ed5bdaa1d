import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/browser/notes-db';
import { NotesSession } from '../../src/browser/notes-session';
import type { Note } from '../../src/core/notes/types';
import { finerNotes } from '../core/notes/notes-fixture';
import { notesStoreHarness } from './notes-store-harness';

/*
 * Data the reader stored with an older version still loads. Before version 3 the notes database kept
 * unreadable records in a store named `quarantine` ({ key (auto), recordKey, value, reason, at: ISO }); it is
 * now `set-aside`, the one name and record shape of every store. These databases are built the way the old
 * code built them (its upgrade steps, copied here), with records in the shape it wrote.
 */

const { names, open } = notesStoreHarness('notes-migration');

const [a, b] = finerNotes() as [Note, Note];
const MEETING = a.meetingId;

/** The version-2 database of the old code: `notes` (by meeting) and, unless left out, `quarantine`. */
async function oldDatabase(name: string, withQuarantine = true) {
  return openDB(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1)
        db.createObjectStore('notes', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
      if (oldVersion < 2 && withQuarantine)
        db.createObjectStore('quarantine', { keyPath: 'key', autoIncrement: true });
    },
  });
}

const broken = { id: 'broken', meetingId: MEETING, rev: 1, note: { id: 'broken', body: 42 } };

describe('notes database from an older version', () => {
  it('keeps every note and moves the quarantined records to set-aside, as they were', async () => {
    const n = names();
    const old = await oldDatabase(n.dbName);
    await old.put('notes', { id: a.id, meetingId: MEETING, rev: 4, note: a });
    await old.put('notes', { id: b.id, meetingId: MEETING, rev: 1, note: b });
    // As the old store's setAside wrote them: the key it had (as text), the value, the reason, an ISO time.
    await old.add('quarantine', {
      recordKey: 'broken',
      value: broken,
      reason: 'note.body: not a string',
      at: '2024-03-01T00:00:00.000Z',
    });
    await old.add('quarantine', {
      recordKey: '42',
      value: { id: 42 },
      reason: 'rev: not a positive integer',
      at: '2024-03-02T08:30:00.000Z',
    });
    old.close();

    const store = await open(n);
    expect(store.repairedAtOpen).toEqual([]);
    expect(store.setAsideAtOpen).toBe(0);
    expect(await store.list(MEETING)).toEqual(
      [
        { note: a, rev: 4 },
        { note: b, rev: 1 },
      ].sort((x, y) => x.note.created.localeCompare(y.note.created) || x.note.id.localeCompare(y.note.id)),
    );
    expect(await store.listSetAside()).toEqual([
      {
        recordKey: 'broken',
        value: broken,
        reason: 'note.body: not a string',
        at: '2024-03-01T00:00:00.000Z',
      },
      {
        recordKey: '42',
        value: { id: 42 },
        reason: 'rev: not a positive integer',
        at: '2024-03-02T08:30:00.000Z',
      },
    ]);
    store.close();

    const raw = await openDB(n.dbName);
    expect(raw.version).toBe(SCHEMA_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['notes', 'set-aside']);
    expect(await raw.getAll('set-aside')).toEqual([
      { key: 'broken', value: broken, reason: 'note.body: not a string', at: Date.UTC(2024, 2, 1) },
      {
        key: '42',
        value: { id: 42 },
        reason: 'rev: not a positive integer',
        at: Date.UTC(2024, 2, 2, 8, 30),
      },
    ]);
    raw.close();
  });

  it('keeps a quarantined entry it cannot read, marked as such', async () => {
    const n = names();
    const old = await oldDatabase(n.dbName);
    await old.add('quarantine', { junk: true });
    old.close();
    const store = await open(n);
    expect(await store.listSetAside()).toEqual([
      { recordKey: '1', value: { key: 1, junk: true }, reason: 'unrecognised set-aside entry', at: null },
    ]);
  });

  it('sets aside, after the move, a bad record the old version left in the notes', async () => {
    const n = names();
    const old = await oldDatabase(n.dbName);
    await old.put('notes', broken);
    await old.add('quarantine', {
      recordKey: 'earlier',
      value: 'x',
      reason: 'not an object',
      at: '2024-01-01T00:00:00.000Z',
    });
    old.close();
    const store = await open(n);
    expect(store.setAsideAtOpen).toBe(1);
    expect((await store.listSetAside()).map((r) => r.recordKey)).toEqual(['earlier', 'broken']);
  });

  it('repairs an old database that had lost its quarantine store, and says so', async () => {
    const n = names();
    const old = await oldDatabase(n.dbName, false);
    await old.put('notes', { id: a.id, meetingId: MEETING, rev: 1, note: a });
    old.close();
    const session = new NotesSession(() => open(n));
    await session.listAll();
    expect(session.repaired()).toEqual({ rekeyed: 0, recreated: ['set-aside'] });
    expect(await session.listAll()).toEqual([{ note: a, rev: 1 }]);
    const raw = await openDB(n.dbName);
    expect([raw.version, [...raw.objectStoreNames].sort()]).toEqual([SCHEMA_VERSION, ['notes', 'set-aside']]);
    raw.close();
  });

  it('opens a version-1 database (notes only) at the current version, nothing to repair', async () => {
    const n = names();
    const v1 = await openDB(n.dbName, 1, {
      upgrade: (db) => db.createObjectStore('notes', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId'),
    });
    await v1.put('notes', { id: a.id, meetingId: MEETING, rev: 2, note: a });
    v1.close();
    const store = await open(n);
    expect(store.repairedAtOpen).toEqual([]);
    expect(await store.list(MEETING)).toEqual([{ note: a, rev: 2 }]);
    expect(await store.listSetAside()).toEqual([]);
  });
});

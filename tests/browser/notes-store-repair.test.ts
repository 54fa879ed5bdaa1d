import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openNotesDb, SCHEMA_VERSION } from '../../src/browser/notes-db';
import { NotesSession } from '../../src/browser/notes-session';
import { MAX_CONTEXT } from '../../src/core/notes/describe';
import type { Note } from '../../src/core/notes/types';
import { finerNotes } from '../core/notes/notes-fixture';
import { notesStoreHarness } from './notes-store-harness';

/*
 * Damaged stores are repaired once and nothing readable is lost or hidden: a note under a numeric key is filed
 * again under its own id, a store missing at the current version is created again (one version up), and a
 * record that cannot be read is set aside once, not on every load.
 */

const { names, open } = notesStoreHarness('notes-repair', {
  now: () => new Date('2024-03-01T00:00:00.000Z'),
});

const [a, b] = finerNotes() as [Note, Note];
const MEETING = a.meetingId;

describe('NotesStore repairs', () => {
  it('files a note stored under a numeric key again under its own id, once', async () => {
    const n = names();
    const raw = await openNotesDb({ name: n.dbName });
    // The record's id (the key path) is a number, as a storage tool or an old bug could leave it: the note
    // inside is sound and has its own id.
    await raw.put('notes', { id: 7, meetingId: MEETING, rev: 2, note: a } as never);
    raw.close();

    const first = await open(n);
    expect(first.rekeyedAtOpen).toBe(1);
    expect(first.setAsideAtOpen).toBe(0);
    expect(await first.list(MEETING)).toEqual([{ note: a, rev: 2 }]);
    first.close();

    // The next open finds it in place: no repair, nothing set aside, no alert.
    const second = await open(n);
    expect(second.rekeyedAtOpen).toBe(0);
    expect(second.setAsideAtOpen).toBe(0);
    expect(await second.listSetAside()).toEqual([]);
    const check = await openDB(n.dbName);
    expect(await check.getAllKeys('notes')).toEqual([a.id]);
    check.close();
  });

  it('sets an unreadable record under a numeric key aside once, deleting it by the key it really has', async () => {
    const n = names();
    const raw = await openNotesDb({ name: n.dbName });
    raw.close();
    const db = await openDB(n.dbName);
    // keyPath 'id': a record whose id is a number is stored under that number.
    await db.put('notes', { id: 42, meetingId: MEETING, rev: 1, note: { id: 42 } });
    db.close();

    const first = await open(n);
    expect(first.setAsideAtOpen).toBe(1);
    expect((await first.listSetAside()).map((q) => q.recordKey)).toEqual(['42']);
    first.close();
    const second = await open(n);
    expect(second.setAsideAtOpen).toBe(0);
    expect(await second.listSetAside()).toHaveLength(1);
  });

  it('sets aside, rather than overwrites, a misfiled note whose id is already taken', async () => {
    const n = names();
    const raw = await openNotesDb({ name: n.dbName });
    await raw.put('notes', {
      id: a.id,
      meetingId: MEETING,
      rev: 5,
      note: { ...a, body: 'the one in place' },
    });
    await raw.put('notes', { id: 'misfiled', meetingId: MEETING, rev: 1, note: a } as never);
    raw.close();
    const store = await open(n);
    expect(store.rekeyedAtOpen).toBe(0);
    expect(store.setAsideAtOpen).toBe(1);
    expect((await store.list(MEETING)).map((s) => [s.note.body, s.rev])).toEqual([['the one in place', 5]]);
    expect((await store.listSetAside())[0]).toMatchObject({ recordKey: 'misfiled' });
  });

  it('recreates a store missing at the current version (one version up) and keeps every note', async () => {
    const n = names();
    // The current version in number, but without the set-aside store: every write touching it would fail.
    const raw = await openDB(n.dbName, SCHEMA_VERSION, {
      upgrade(db) {
        db.createObjectStore('notes', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
      },
    });
    await raw.put('notes', { id: a.id, meetingId: MEETING, rev: 1, note: a });
    await raw.put('notes', { id: 'bad', meetingId: MEETING, rev: 1, note: { id: 'bad' } });
    raw.close();

    const store = await open(n);
    expect(store.repairedAtOpen).toEqual(['set-aside']);
    expect(await store.list(MEETING)).toEqual([{ note: a, rev: 1 }]);
    // The bad record could be set aside because the store is back.
    expect((await store.listSetAside()).map((q) => q.recordKey)).toEqual(['bad']);
    await store.create(b);
    store.close();

    const check = await openDB(n.dbName);
    expect(check.version).toBe(SCHEMA_VERSION + 1);
    expect([...check.objectStoreNames].sort()).toEqual(['notes', 'set-aside']);
    check.close();
    // Opening the repaired (newer-numbered) database again works, with nothing more to repair.
    const again = await open(n);
    expect(again.repairedAtOpen).toEqual([]);
    expect((await again.list(MEETING)).map((s) => s.note.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('recreates a missing index, and the notes store itself when it is gone', async () => {
    const noIndex = names();
    const raw = await openDB(noIndex.dbName, SCHEMA_VERSION, {
      upgrade(db) {
        db.createObjectStore('notes', { keyPath: 'id' });
        db.createObjectStore('set-aside', { autoIncrement: true });
      },
    });
    await raw.put('notes', { id: a.id, meetingId: MEETING, rev: 1, note: a });
    raw.close();
    const store = await open(noIndex);
    expect(store.repairedAtOpen).toEqual(['notes.byMeeting']);
    expect(await store.list(MEETING)).toEqual([{ note: a, rev: 1 }]);

    const noNotes = names();
    const bare = await openDB(noNotes.dbName, SCHEMA_VERSION, {
      upgrade(db) {
        db.createObjectStore('set-aside', { autoIncrement: true });
      },
    });
    bare.close();
    const fresh = await open(noNotes);
    expect(fresh.repairedAtOpen).toEqual(['notes']);
    await fresh.create(a);
    expect(await fresh.list(MEETING)).toEqual([{ note: a, rev: 1 }]);
  });

  it('tells the page what it repaired (NotesSession.repaired)', async () => {
    const n = names();
    const raw = await openDB(n.dbName, SCHEMA_VERSION, {
      upgrade(db) {
        db.createObjectStore('notes', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
      },
    });
    raw.close();
    const session = new NotesSession(() => open(n));
    let calls = 0;
    session.subscribeStatus(() => {
      calls += 1;
    });
    await session.listAll();
    expect(session.repaired()).toEqual({ rekeyed: 0, recreated: ['set-aside'] });
    expect(calls).toBe(1);
  });

  it('reads notes back with their context capped, whatever an older version stored', async () => {
    const n = names();
    const long: Note = {
      ...a,
      targets: [
        {
          ...a.targets[0],
          selectors: {
            ...a.targets[0].selectors,
            quote: {
              ...a.targets[0].selectors.quote,
              prefix: `${'前'.repeat(500)}${a.targets[0].selectors.quote.prefix}`,
              suffix: `${a.targets[0].selectors.quote.suffix}${'后'.repeat(500)}`,
            },
          },
        },
      ],
    };
    const raw = await openNotesDb({ name: n.dbName });
    await raw.put('notes', { id: a.id, meetingId: MEETING, rev: 1, note: long });
    raw.close();
    const store = await open(n);
    const [read] = await store.list(MEETING);
    expect(read?.note.targets[0].selectors.quote.prefix).toHaveLength(MAX_CONTEXT);
    expect(read?.note.targets[0].selectors.quote.suffix).toHaveLength(MAX_CONTEXT);
    expect(store.setAsideAtOpen).toBe(0);
  });
});

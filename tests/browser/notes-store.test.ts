import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openNotesDb, SCHEMA_VERSION } from '../../src/browser/notes-db';
import { NotesStore, type NotesStoreEvent } from '../../src/browser/notes-store';
import { NotesError } from '../../src/core/notes/notes-errors';
import type { Note } from '../../src/core/notes/types';
import { finerNotes } from '../core/notes/notes-fixture';
import { notesStoreHarness } from './notes-store-harness';

const { names, open } = notesStoreHarness('notes-test', { now: () => new Date('2024-03-01T00:00:00.000Z') });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return e instanceof NotesError ? e.code : `other: ${String(e)}`;
  }
  return 'resolved';
}

afterEach(() => {
  vi.restoreAllMocks();
});

const [a, b, c] = finerNotes() as [Note, Note, Note];
const MEETING = a.meetingId;

describe('NotesStore', () => {
  it('migrates a version-1 database to the current version and keeps its notes', async () => {
    const n = names();
    const v1 = await openNotesDb({ name: n.dbName, version: 1 });
    expect([...v1.objectStoreNames]).toEqual(['notes']);
    await v1.put('notes', { id: a.id, meetingId: MEETING, rev: 3, note: a });
    v1.close();

    const store = await open(n);
    expect(await store.list(MEETING)).toEqual([{ note: a, rev: 3 }]);
    expect(await store.listSetAside()).toEqual([]);
    const raw = await openDB(n.dbName);
    expect(raw.version).toBe(SCHEMA_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['notes', 'set-aside']);
    raw.close();
  });

  it('has written a note to the database by the time create resolves', async () => {
    const n = names();
    const store = await open(n);
    await store.create(a);
    const raw = await openDB(n.dbName);
    expect(await raw.get('notes', a.id)).toEqual({ id: a.id, meetingId: MEETING, rev: 1, note: a });
    raw.close();
  });

  it('updates at the expected revision and deletes', async () => {
    const store = await open(names());
    const first = await store.create(a);
    const edited = { ...a, body: 'edited', modified: '2024-03-02T00:00:00.000Z' };
    const second = await store.update(edited, first.rev);
    expect(second.rev).toBe(2);
    expect(await store.list(MEETING)).toEqual([{ note: edited, rev: 2 }]);
    await store.remove(second);
    expect(await store.list(MEETING)).toEqual([]);
    // Undo puts the same note back under its id.
    await store.create(edited);
    expect((await store.list(MEETING)).map((s) => s.note.id)).toEqual([a.id]);
  });

  it('sets corrupt records aside, unchanged, and keeps the good ones', async () => {
    const n = names();
    const v2 = await openNotesDb({ name: n.dbName });
    const broken = { id: 'broken', meetingId: MEETING, rev: 1, note: { id: 'broken', body: 42 } };
    const noMeeting = { id: 'stray', junk: true };
    await v2.put('notes', { id: a.id, meetingId: MEETING, rev: 1, note: a });
    await v2.put('notes', broken as never);
    await v2.put('notes', noMeeting as never);
    v2.close();

    const store = await open(n);
    expect(store.setAsideAtOpen).toBe(2);
    expect(await store.list(MEETING)).toEqual([{ note: a, rev: 1 }]);
    const setAside = await store.listSetAside();
    expect(setAside.map((q) => [q.recordKey, q.value])).toEqual([
      ['broken', broken],
      ['stray', noMeeting],
    ]);
    expect(setAside[0]?.reason).toMatch(/^note\./);
    expect(setAside[1]?.reason).toMatch(/^rev/);
    expect(setAside.every((q) => q.at === '2024-03-01T00:00:00.000Z')).toBe(true);

    // A record that goes bad while the app runs is set aside when it is next read.
    const raw = await openDB(n.dbName);
    await raw.put('notes', { id: b.id, meetingId: MEETING, rev: 0, note: b });
    raw.close();
    const events: NotesStoreEvent[] = [];
    store.subscribe((e) => events.push(e));
    expect(await store.list(MEETING)).toEqual([{ note: a, rev: 1 }]);
    expect(events).toContainEqual({ type: 'set-aside', count: 1 });
    expect((await store.listSetAside()).map((q) => q.recordKey)).toEqual(['broken', 'stray', b.id]);
  });

  it('keeps two tabs in step and never lets one overwrite the other’s edit', async () => {
    const n = names();
    const tabA = await open(n);
    const tabB = await open(n);
    const seenByB: NotesStoreEvent[] = [];
    tabB.subscribe((e) => seenByB.push(e));

    const created = await tabA.create(a);
    await vi.waitFor(() =>
      expect(seenByB).toContainEqual({ type: 'changed', meetingIds: [MEETING], origin: 'remote' }),
    );
    const [loadedInB] = await tabB.list(MEETING);
    expect(loadedInB).toEqual(created);

    // Both tabs edit revision 1; A saves first.
    await tabA.update({ ...a, body: 'from A' }, created.rev);
    expect(await codeOf(tabB.update({ ...a, body: 'from B' }, created.rev))).toBe('conflict');
    expect(await codeOf(tabB.remove(created))).toBe('conflict');
    expect((await tabB.list(MEETING))[0]?.note.body).toBe('from A');

    // A deletes; B's stale edit is refused rather than resurrecting or overwriting.
    const [latest] = await tabA.list(MEETING);
    if (!latest) throw new Error('missing');
    await tabA.remove(latest);
    expect(await codeOf(tabB.update({ ...a, body: 'late' }, latest.rev))).toBe('deleted-elsewhere');

    // Notes created in both tabs at once are separate records: both survive.
    await Promise.all([tabA.create(b), tabB.create(c)]);
    expect((await tabA.list(MEETING)).map((s) => s.note.id).sort()).toEqual([b.id, c.id].sort());
  });

  it('imports by id: new notes added, existing ids skipped and left as they are', async () => {
    const store = await open(names());
    await store.create({ ...a, body: 'mine' });
    const outcome = await store.importNotes([a, b]);
    expect(outcome.added.map((x) => x.id)).toEqual([b.id]);
    expect(outcome.skipped.map((x) => x.id)).toEqual([a.id]);
    const bodies = (await store.list(MEETING)).map((s) => s.note.body);
    expect(bodies).toContain('mine');
  });

  it('reports a full disk as quota-exceeded and writes nothing', async () => {
    const store = await open(names());
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await codeOf(store.create(a))).toBe('quota-exceeded');
    vi.restoreAllMocks();
    expect(await store.list(MEETING)).toEqual([]);
  });

  it('refuses a database made by a newer version of the app, without touching it', async () => {
    const n = names();
    const newer = await openDB(n.dbName, SCHEMA_VERSION + 5, {
      upgrade: (db) => db.createObjectStore('future').put('keep me', 'k'),
    });
    newer.close();
    expect(await codeOf(NotesStore.open(n))).toBe('store-too-new');
    const again = await openDB(n.dbName);
    expect(await again.get('future', 'k')).toBe('keep me');
    again.close();
  });

  it('closes and says so when another tab upgrades the database', async () => {
    const n = names();
    const store = await open(n);
    const events: NotesStoreEvent[] = [];
    store.subscribe((e) => events.push(e));
    const upgraded = await openDB(n.dbName, SCHEMA_VERSION + 1);
    expect(events).toEqual([{ type: 'closed' }]);
    expect(await codeOf(store.list(MEETING))).toBe('store-closed');
    upgraded.close();
  });
});

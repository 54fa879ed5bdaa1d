// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isQuotaError } from '../../src/browser/store/storage-errors';
import {
  deleteUserMeeting,
  discardSetAsideMeetings,
  getUserMeeting,
  onUserMeetingsChange,
  resetUserMeetingsForTests,
  saveUserMeeting,
  updateUserMeeting,
} from '../../src/browser/user-meetings';
import { closeMeetingsDb, MEETINGS_DB_NAME, MEETINGS_DB_VERSION } from '../../src/browser/user-meetings-db';
import { listSetAside } from '../../src/browser/user-meetings-set-aside';
import { buildUserMeeting } from '../../src/core/ingest/user-meeting';
import type { Meeting } from '../../src/core/model';
import { useUserMeetings } from '../../src/ui/app/use-user-meetings';

// Test data written for these tests, not official texts.
function meeting(date: string, random: string): Meeting {
  return buildUserMeeting(
    { text: '双方举行了测试会谈。', lang: 'zh' },
    { text: 'The two sides held test talks.', lang: 'en' },
    { date },
    { today: date, random },
  );
}

beforeEach(async () => {
  await closeMeetingsDb();
  resetUserMeetingsForTests();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await closeMeetingsDb();
  resetUserMeetingsForTests();
});

/** Writes raw records behind the app's back, as an older version or a manual edit could. */
async function putRaw(...records: object[]): Promise<void> {
  await closeMeetingsDb();
  const raw = await openDB(MEETINGS_DB_NAME, MEETINGS_DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('meetings', { keyPath: 'id' });
      database.createObjectStore('set-aside', { autoIncrement: true });
    },
  });
  for (const record of records) await raw.put('meetings', record);
  raw.close();
  resetUserMeetingsForTests();
}

function record(m: Meeting): object {
  return { id: m.id, meeting: m, createdAt: 1, updatedAt: 1, schema: 1 };
}

/** A meeting whose stored source link is a script URL (React and Chromium would block it; the check must too). */
function withScriptUrl(m: Meeting): Meeting {
  const [first, ...rest] = m.readouts;
  if (!first) throw new Error('a readout expected');
  return { ...m, readouts: [{ ...first, source: { url: 'javascript:alert(document.domain)' } }, ...rest] };
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('user meetings storage', () => {
  it('starts loading, then lists nothing', async () => {
    const { result } = renderHook(() => useUserMeetings());
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current).toMatchObject({ meetings: [], error: null });
  });

  it('saves, lists newest first, reads back, updates and deletes', async () => {
    const { result } = renderHook(() => useUserMeetings());
    const older = meeting('2031-03-05', 'aaa');
    const newer = meeting('2031-04-01', 'bbb');
    await act(() => saveUserMeeting(older));
    await act(() => saveUserMeeting(newer));
    // Resolved saves mean the shared list already has them (the page navigates right after).
    expect(result.current.meetings.map((m) => m.id)).toEqual([newer.id, older.id]);
    expect(await getUserMeeting(older.id)).toEqual(older);

    const edited = { ...older, title: { en: 'Edited', zh: '已编辑' } };
    await act(() => updateUserMeeting(edited));
    expect(result.current.meetings.find((m) => m.id === older.id)?.title.en).toBe('Edited');

    await act(() => deleteUserMeeting(newer.id));
    expect(result.current.meetings.map((m) => m.id)).toEqual([older.id]);
    expect(await getUserMeeting(newer.id)).toBeNull();
  });

  it('refuses to update a meeting that is not stored, and to save an invalid one', async () => {
    await expect(updateUserMeeting(meeting('2031-03-05', 'ccc'))).rejects.toMatchObject({
      code: 'not-found',
    });
    const broken = { ...meeting('2031-03-05', 'ddd'), id: 'no-prefix' };
    await expect(saveUserMeeting(broken)).rejects.toMatchObject({ code: 'invalid' });
  });

  it('sets corrupt records aside instead of wiping them', async () => {
    const good = meeting('2031-03-05', 'eee');
    await saveUserMeeting(good);
    await closeMeetingsDb();
    const raw = await openDB(MEETINGS_DB_NAME, MEETINGS_DB_VERSION);
    await raw.put('meetings', { id: 'user-broken', meeting: { id: 'user-broken', readouts: 'oops' } });
    await raw.put('meetings', { id: 'user-x', meeting: { ...good, id: 'user-other' } });
    raw.close();
    resetUserMeetingsForTests();

    const { result } = renderHook(() => useUserMeetings());
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.meetings.map((m) => m.id)).toEqual([good.id]);
    expect(result.current.setAside).toBe(2);

    await closeMeetingsDb();
    const check = await openDB(MEETINGS_DB_NAME, MEETINGS_DB_VERSION);
    const aside = await check.getAll('set-aside');
    check.close();
    expect(aside.map((r) => [r.key, r.reason])).toEqual([
      ['user-broken', 'meeting origin'],
      ['user-x', 'record id differs from meeting id'],
    ]);
    expect(aside[0].value).toEqual({ id: 'user-broken', meeting: { id: 'user-broken', readouts: 'oops' } });
  });

  it('sets aside a stored meeting whose source link is not http(s), and keeps counting it after a reload', async () => {
    const good = meeting('2031-03-05', 'hhh');
    const bad = withScriptUrl(meeting('2031-03-06', 'iii'));
    await putRaw(record(good), record(bad));

    const first = renderHook(() => useUserMeetings());
    await waitFor(() => expect(first.result.current.loading).toBe(false));
    expect(first.result.current.meetings.map((m) => m.id)).toEqual([good.id]);
    expect(first.result.current.setAside).toBe(1);
    expect(await getUserMeeting(bad.id)).toBeNull();
    const [entry] = await listSetAside();
    expect(entry).toMatchObject({
      store: 'set-aside',
      record: { key: bad.id, reason: 'meeting readouts[0].source.url' },
    });
    first.unmount();

    // A new page load: nothing new to move, but the reader must still be told about the one kept aside.
    await closeMeetingsDb();
    resetUserMeetingsForTests();
    const second = renderHook(() => useUserMeetings());
    await waitFor(() => expect(second.result.current.loading).toBe(false));
    expect(second.result.current.setAside).toBe(1);
    expect(await listSetAside()).toHaveLength(1);
  });

  it('discards only what it is given, then tells other tabs without announcing a meeting change', async () => {
    await putRaw(record(withScriptUrl(meeting('2031-03-05', 'jjj'))), { id: 'user-broken', meeting: 42 });
    const other = new BroadcastChannel('readout-compare-meetings');
    const heard: unknown[] = [];
    other.onmessage = (event) => heard.push(event.data);
    const changes: unknown[] = [];
    onUserMeetingsChange((change) => changes.push(change));
    const { result } = renderHook(() => useUserMeetings());
    await waitFor(() => expect(result.current.setAside).toBe(2));

    const [firstEntry] = await listSetAside();
    if (!firstEntry) throw new Error('an entry expected');
    await act(() => discardSetAsideMeetings([firstEntry]));
    expect(result.current.setAside).toBe(1);
    await act(() => discardSetAsideMeetings());
    expect(result.current.setAside).toBe(0);
    expect(await listSetAside()).toEqual([]);
    await waitFor(() => expect(heard).toEqual([{ type: 'set-aside' }, { type: 'set-aside' }]));
    expect(changes).toEqual([]);
    other.close();
  });

  it('still shows the good meetings when moving the bad ones aside fails, and lists the bad ones', async () => {
    const good = meeting('2031-03-05', 'kkk');
    const bad = withScriptUrl(meeting('2031-03-06', 'lll'));
    await putRaw(record(good), record(bad));
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quotaError();
    });
    const { result, unmount } = renderHook(() => useUserMeetings());
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current).toMatchObject({ error: null, setAside: 1 });
    expect(result.current.meetings.map((m) => m.id)).toEqual([good.id]);
    expect(await listSetAside()).toMatchObject([{ store: 'meetings', storeKey: bad.id }]);
    unmount();

    // Space again: the next load moves it.
    add.mockRestore();
    await closeMeetingsDb();
    resetUserMeetingsForTests();
    const again = renderHook(() => useUserMeetings());
    await waitFor(() => expect(again.result.current.loading).toBe(false));
    expect(again.result.current.setAside).toBe(1);
    expect(await listSetAside()).toMatchObject([{ store: 'set-aside', record: { key: bad.id } }]);
  });

  it('says "quota" when the storage is full, and changes nothing', async () => {
    const stored = meeting('2031-03-05', 'mmm');
    await saveUserMeeting(stored);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    await expect(saveUserMeeting(meeting('2031-03-06', 'nnn'))).rejects.toMatchObject({ code: 'quota' });
    const edited = { ...stored, title: { en: 'Edited', zh: '已编辑' } };
    await expect(updateUserMeeting(edited)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await getUserMeeting(stored.id)).toEqual(stored);
  });

  it('recognises a full storage by the error name browsers use', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('tells other tabs through a BroadcastChannel and reloads when they tell it', async () => {
    const other = new BroadcastChannel('readout-compare-meetings');
    const heard: unknown[] = [];
    other.onmessage = (event) => heard.push(event.data);
    const { result } = renderHook(() => useUserMeetings());
    await waitFor(() => expect(result.current.loading).toBe(false));
    const m = meeting('2031-03-05', 'fff');
    await act(() => saveUserMeeting(m));
    await waitFor(() => expect(heard).toEqual([{ type: 'saved', id: m.id }]));

    // Another tab deletes it behind this tab's back, then announces the change.
    await closeMeetingsDb();
    const raw = await openDB(MEETINGS_DB_NAME, MEETINGS_DB_VERSION);
    await raw.delete('meetings', m.id);
    raw.close();
    other.postMessage({ type: 'deleted', id: m.id });
    await waitFor(() => expect(result.current.meetings).toEqual([]));
    other.close();
  });

  it('reports unavailable storage instead of throwing', async () => {
    // @ts-expect-error: simulate a browser without IndexedDB
    globalThis.indexedDB = undefined;
    const { result } = renderHook(() => useUserMeetings());
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.error).toBe('unavailable');
    await expect(saveUserMeeting(meeting('2031-03-05', 'ggg'))).rejects.toMatchObject({
      code: 'unavailable',
    });
  });
});

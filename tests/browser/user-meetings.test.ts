// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteUserMeeting,
  getUserMeeting,
  resetUserMeetingsForTests,
  saveUserMeeting,
  updateUserMeeting,
  useUserMeetings,
} from '../../src/browser/user-meetings';
import { closeMeetingsDb, MEETINGS_DB_NAME, MEETINGS_DB_VERSION } from '../../src/browser/user-meetings-db';
import { buildUserMeeting } from '../../src/core/ingest/user-meeting';
import type { Meeting } from '../../src/core/model';

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
  await closeMeetingsDb();
  resetUserMeetingsForTests();
});

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

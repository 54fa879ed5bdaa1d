// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openNotesDb, SCHEMA_VERSION } from '../../../src/browser/notes-db';
import { finerNotes, makeNote, meeting, targetOn } from '../../core/notes/notes-fixture';
import { captureDownloads, closeStores, makeSession, renderPanel } from './notes-harness';

/* Nothing lost, nothing hidden: each case has its message and a way to recover. */

const READOUTS = ['cn-idcpc-zh', 'us-wh-zh-rfi'];

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  closeStores();
});

function list() {
  return screen.getAllByRole('list').find((l) => l.classList.contains('notes-list')) as HTMLElement;
}

describe('notes panel recovery', () => {
  it('keeps the typed text when the note being edited is deleted in another tab, and saves it as a new note', async () => {
    const user = userEvent.setup();
    const { session: tabB, dbName } = makeSession();
    const { session: tabA } = makeSession(dbName);
    const [first] = finerNotes();
    if (!first) throw new Error('fixture');
    const created = await tabA.create(first);
    await renderPanel(meeting, READOUTS, tabB);
    await user.click(
      within(await within(list()).findByRole('article')).getByRole('button', { name: 'Edit' }),
    );
    const body = within(screen.getByRole('form', { name: 'Edit note' })).getByLabelText('Your note');
    await user.clear(body);
    await user.type(body, 'Half a thought I must not lose');

    await tabA.remove(created);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This note was deleted in another tab while you were editing it.');
    const form = await screen.findByRole('form', { name: 'Your text (its note was deleted in another tab)' });
    const kept = within(form).getByLabelText('Your note');
    expect(kept).toHaveValue('Half a thought I must not lose');
    await waitFor(() => expect(kept).toHaveFocus());
    await user.type(kept, '.');
    await user.click(within(form).getByRole('button', { name: 'Save as a new note' }));

    expect(await within(list()).findByText('Half a thought I must not lose.')).toBeInTheDocument();
    const state = tabB.state(meeting.id);
    const notes = state.status === 'ready' ? state.notes.map((s) => s.note) : [];
    expect(notes).toHaveLength(1);
    expect(notes[0]?.id).not.toBe(first.id);
    expect(notes[0]).toMatchObject({ kind: first.kind, topicId: first.topicId, targets: first.targets });
  });

  it('lets the reader discard the kept text instead', async () => {
    const user = userEvent.setup();
    const { session: tabB, dbName } = makeSession();
    const { session: tabA } = makeSession(dbName);
    const [first] = finerNotes();
    if (!first) throw new Error('fixture');
    const created = await tabA.create(first);
    await renderPanel(meeting, READOUTS, tabB);
    await user.click(
      within(await within(list()).findByRole('article')).getByRole('button', { name: 'Edit' }),
    );
    await tabA.remove(created);
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(within(list()).queryByRole('article')).toBeNull();
  });

  it('says what it repaired when a store was missing, and shows every note', async () => {
    const { session, dbName } = makeSession();
    const raw = await openDB(dbName, SCHEMA_VERSION, {
      upgrade(db) {
        db.createObjectStore('notes', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
      },
    });
    const [first] = finerNotes();
    await raw.put('notes', { id: first?.id, meetingId: meeting.id, rev: 1, note: first });
    raw.close();
    await renderPanel(meeting, READOUTS, session);
    expect(await within(list()).findByText('Only the US side names Taiwan.')).toBeInTheDocument();
    expect(screen.getByText(/Part of the notes database was missing/)).toBeInTheDocument();
    expect(screen.queryByText(/The browser refused to save/)).toBeNull();
  });

  it('says when notes under a wrong key were filed again', async () => {
    const { session, dbName } = makeSession();
    const raw = await openNotesDb({ name: dbName });
    const [first] = finerNotes();
    await raw.put('notes', { id: 3, meetingId: meeting.id, rev: 1, note: first } as never);
    raw.close();
    await renderPanel(meeting, READOUTS, session);
    expect(await within(list()).findByText('Only the US side names Taiwan.')).toBeInTheDocument();
    expect(screen.getByText(/1 stored notes were filed under a wrong key/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('downloads the set-aside records from the alert', async () => {
    const user = userEvent.setup();
    const files = captureDownloads(vi.spyOn);
    const { session, dbName } = makeSession();
    const raw = await openNotesDb({ name: dbName });
    await raw.put('notes', { id: 'x', meetingId: meeting.id, rev: 1, note: { id: 'x', body: 7 } } as never);
    raw.close();
    await renderPanel(meeting, READOUTS, session);
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Download the set-aside records' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]?.name).toBe('readout-notes-set-aside.json');
    const records = JSON.parse((await files[0]?.blob.text()) ?? '[]');
    expect(records).toEqual([
      expect.objectContaining({
        recordKey: 'x',
        value: { id: 'x', meetingId: meeting.id, rev: 1, note: { id: 'x', body: 7 } },
      }),
    ]);
  });

  it('anchors many notes in slices: the first ones show at once, the rest follow, none is lost', async () => {
    const { session } = makeSession();
    const notes = Array.from({ length: 12 }, (_, i) =>
      makeNote('other', `Note ${i + 1}`, [targetOn('us-wh-zh-rfi', '双方讨论了')], {
        id: `00000000-0000-4000-8000-0000000a${String(i).padStart(4, '0')}`,
      }),
    );
    await session.importNotes(notes);
    // A clock that jumps a whole slice at each reading: one note per slice.
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => {
      t += 1000;
      return t;
    });
    await renderPanel(meeting, READOUTS, session);
    // Part of them first, with a word on the rest…
    expect(await screen.findByText(/Placing notes in the texts \(\d+ left\)…/)).toBeInTheDocument();
    expect(within(list()).queryAllByRole('article').length).toBeLessThan(12);
    // …then all of them.
    await waitFor(() => expect(within(list()).getAllByRole('article')).toHaveLength(12));
    expect(screen.queryByText(/Placing notes in the texts/)).toBeNull();
  });
});

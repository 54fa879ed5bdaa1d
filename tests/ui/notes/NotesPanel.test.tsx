// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openNotesDb } from '../../../src/browser/notes-db';
import { exportJsonLd } from '../../../src/core/notes/export-jsonld';
import { finerNotes, makeNote, meeting, targetOn } from '../../core/notes/notes-fixture';
import { closeStores, FIXED_NOW, makeSession, renderPanel, selectText } from './notes-harness';

const READOUTS = ['cn-idcpc-zh', 'us-wh-zh-rfi'];

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  closeStores();
  document.getSelection()?.removeAllRanges();
});

function list() {
  return screen.getAllByRole('list').find((l) => l.classList.contains('notes-list')) as HTMLElement;
}

/** The panel showing the first of the Finer notes; its list item. */
async function panelWithFinerNote() {
  const user = userEvent.setup();
  const { session } = makeSession();
  const [first] = finerNotes();
  if (!first) throw new Error('fixture');
  await session.create(first);
  await renderPanel(meeting, READOUTS, session);
  return { user, session, item: await within(list()).findByRole('article') };
}

describe('NotesPanel', () => {
  it('adds a note from a selection in one readout and saves it to the store', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const { container } = await renderPanel(meeting, READOUTS, session);
    await screen.findByText(/Select a phrase in either readout/);

    const quote = '强调了台湾海峡和南海和平与稳定的重要性';
    selectText(container, 'us-wh-zh-rfi', quote);
    await user.click(await screen.findByRole('button', { name: 'Add a note on this passage' }));

    const form = screen.getByRole('form', { name: 'New note' });
    expect(within(form).getByText(quote)).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Kind'), 'omitted');
    await user.selectOptions(within(form).getByLabelText('Topic (optional)'), 'taiwan');
    await user.type(within(form).getByLabelText('Your note'), 'Only the US side names Taiwan.');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));

    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    const item = within(list()).getByRole('article');
    expect(within(item).getByRole('heading')).toHaveTextContent('1. Omitted · US side · Topic: Taiwan');
    expect(within(item).getByText(quote)).toBeInTheDocument();
    expect(within(item).getByText('Only the US side names Taiwan.')).toBeInTheDocument();
    expect(item).toHaveFocus();

    const state = session.state(meeting.id);
    expect(state.status === 'ready' && state.notes.map((s) => s.note.body)).toEqual([
      'Only the US side names Taiwan.',
    ]);
    const start = meeting.readouts.find((r) => r.id === 'us-wh-zh-rfi')?.text.indexOf(quote) ?? -1;
    expect(screen.getByRole('list', { name: 'marks' })).toHaveTextContent(
      `us-wh-zh-rfi ${start}-${start + quote.length}`,
    );
  });

  it('offers to link two passages when the selection spans both readouts', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const { container } = await renderPanel(meeting, READOUTS, session);
    selectText(container, 'cn-idcpc-zh', '推动落实两国元首达成的重要共识和成果，并为此继续保持沟通交流合作', {
      readoutId: 'us-wh-zh-rfi',
      quote: '此次会晤是双方为保持开放的沟通渠道',
    });
    expect(await screen.findByText('Your selection spans two readout texts.')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Note on the Chinese side .* passage only/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Link the two passages in one note' }));
    const form = screen.getByRole('form', { name: 'New note' });
    expect(within(form).getByText('Linked passages')).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Kind'), 'reframed');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));
    const item = await within(list()).findByRole('article');
    expect(within(item).getByRole('heading')).toHaveTextContent(
      'Reframed · Chinese side linked with US side',
    );
    expect(
      within(item).getByText('推动落实两国元首达成的重要共识和成果，并为此继续保持沟通交流合作'),
    ).toBeInTheDocument();
    expect(within(item).getByText('此次会晤是双方为保持开放的沟通渠道')).toBeInTheDocument();
  });

  it('edits a note and keeps the change', async () => {
    const { user, session, item } = await panelWithFinerNote();
    await user.click(within(item).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit note' });
    const body = within(form).getByLabelText('Your note');
    expect(body).toHaveValue('Only the US side names Taiwan.');
    await user.clear(body);
    await user.type(body, 'Rewritten.');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'hardened');
    await user.click(within(form).getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    const item2 = within(list()).getByRole('article');
    expect(within(item2).getByText('Rewritten.')).toBeInTheDocument();
    expect(within(item2).getByRole('heading')).toHaveTextContent('1. Hardened · US side · Topic: Taiwan');
    const state = session.state(meeting.id);
    expect(state.status === 'ready' && state.notes[0]?.rev).toBe(2);
  });

  it('never overwrites an edit made in another tab unseen', async () => {
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
    await user.type(body, 'Written in tab B.');

    await tabA.update({ ...first, body: 'Written in tab A.' }, created.rev);
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This note was changed in another tab.');
    expect(body).toHaveValue('Written in tab B.');
    await waitFor(async () => {
      const state = tabB.state(meeting.id);
      expect(state.status === 'ready' && state.notes[0]?.note.body).toBe('Written in tab A.');
    });

    // Saving again, knowingly, replaces tab A's version.
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(within(within(list()).getByRole('article')).getByText('Written in tab B.')).toBeInTheDocument();
    const state = tabB.state(meeting.id);
    expect(state.status === 'ready' && state.notes[0]?.rev).toBe(3);
  });

  it('deletes a note with undo', async () => {
    const { user, item } = await panelWithFinerNote();
    await user.click(within(item).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Note deleted.')).toBeInTheDocument();
    await waitFor(() => expect(within(list()).queryByRole('article')).toBeNull());
    const undo = screen.getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(undo).toHaveFocus());
    await user.click(undo);
    expect(await within(list()).findByText('Only the US side names Taiwan.')).toBeInTheDocument();
    expect(screen.getByText('Note restored.')).toBeInTheDocument();
  });

  it('focuses Undo after a delete even when the next frame comes before React commits', async () => {
    // A busy thread can run the frame callback first; focus must wait for the button, not for a frame.
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      callback(0);
      return 0;
    });
    try {
      const { user, item } = await panelWithFinerNote();
      await user.click(within(item).getByRole('button', { name: 'Delete' }));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    } finally {
      frames.mockRestore();
    }
  });

  it('lists a note whose passage is gone as orphaned, with its quote', async () => {
    const { session } = makeSession();
    const orphan = makeNote('softened', 'About a sentence since removed.', [
      { ...targetOn('us-wh-zh-rfi', '双方还讨论了全球和地区安全问题'), readoutId: 'us-wh-zh-draft' },
    ]);
    await session.create(orphan);
    await renderPanel(meeting, READOUTS, session);
    const section = await screen.findByRole('region', { name: 'Notes whose passage is gone (1)' });
    expect(within(section).getByText('双方还讨论了全球和地区安全问题')).toBeInTheDocument();
    expect(within(section).getByText('(passage not found)')).toBeInTheDocument();
    expect(within(section).getByText('About a sentence since removed.')).toBeInTheDocument();
  });

  it('moves focus to the passage when its quote is clicked', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const [first] = finerNotes();
    if (!first) throw new Error('fixture');
    await session.create(first);
    const { container } = await renderPanel(meeting, READOUTS, session);
    await user.click(await screen.findByRole('button', { name: /强调了台湾海峡和南海和平与稳定的重要性/ }));
    const focused = document.activeElement as HTMLElement;
    expect(focused.matches('[data-sentence]')).toBe(true);
    expect(focused.querySelector('[data-readout-id]')?.getAttribute('data-readout-id')).toBe('us-wh-zh-rfi');
    expect(focused.textContent).toContain('强调了台湾海峡和南海和平与稳定的重要性');
    expect(container.contains(focused)).toBe(true);
    // Going to a note's passage is not a new selection.
    expect(screen.queryByRole('button', { name: 'Add a note on this passage' })).toBeNull();
  });

  it('takes the sentence the keyboard focus is on as the passage', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const { container } = await renderPanel(meeting, READOUTS, session);
    const sentence = [...container.querySelectorAll<HTMLElement>('[data-sentence]')].find((s) =>
      s.textContent?.includes('费纳先生和刘部长重申支持'),
    );
    act(() => sentence?.focus());
    await user.click(await screen.findByRole('button', { name: 'Add a note on this passage' }));
    const form = screen.getByRole('form', { name: 'New note' });
    expect(
      within(form).getByText('费纳先生和刘部长重申支持美国和中华人民共和国继续开展高层外交和互动。'),
    ).toBeInTheDocument();
  });

  it('shows note text as text, never as HTML', async () => {
    const { session } = makeSession();
    const hostile = makeNote('other', '<img src=x onerror="window.hacked=1">', [
      targetOn('us-wh-zh-rfi', '双方讨论了'),
    ]);
    await session.create(hostile);
    const { container } = await renderPanel(meeting, READOUTS, session);
    expect(await screen.findByText('<img src=x onerror="window.hacked=1">')).toBeInTheDocument();
    expect(container.querySelector('.notes-panel img')).toBeNull();
  });

  it('imports a JSON-LD file and reports each rejected entry with its reason', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    await renderPanel(meeting, READOUTS, session);
    const doc = JSON.parse(exportJsonLd(finerNotes(), { now: new Date(0), meetingId: meeting.id }));
    doc.first.items.push({ type: 'Annotation', id: 'urn:uuid:bad', created: 'soon', target: [] });
    doc.first.items.push(doc.first.items[0]);
    const file = new File([JSON.stringify(doc)], 'notes.jsonld', { type: 'application/ld+json' });
    await user.upload(screen.getByLabelText('Import JSON-LD'), file);
    const report = await screen.findByRole('region', { name: 'Import result' });
    expect(report).toHaveTextContent('Imported from notes.jsonld: 3 added, 0 already here (skipped).');
    expect(report).toHaveTextContent('2 entries could not be imported:');
    expect(report).toHaveTextContent('Entry 4 (urn:uuid:bad): the date is not an ISO 8601 date-time created');
    expect(report).toHaveTextContent('Entry 5 (urn:uuid:');
    expect(report).toHaveTextContent('the same id appears earlier in the file');
    await waitFor(() => expect(within(list()).getAllByRole('article')).toHaveLength(3));

    // The same file again: everything already there.
    await act(async () => {
      await user.upload(screen.getByLabelText('Import JSON-LD'), file);
    });
    expect(await screen.findByText(/3 already here \(skipped\)/)).toBeInTheDocument();
  });

  it('says when stored records could not be read and were set aside', async () => {
    const { session, dbName } = makeSession();
    const raw = await openNotesDb({ name: dbName });
    await raw.put('notes', { id: 'x', meetingId: meeting.id, rev: 1, note: { id: 'x' } } as never);
    raw.close();
    await renderPanel(meeting, READOUTS, session);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('1 stored note records could not be read. They were set aside');
    expect(within(alert).getByRole('button', { name: 'Download the set-aside records' })).toBeInTheDocument();
    expect((await session.listSetAside()).map((q) => q.recordKey)).toEqual(['x']);
  });

  it('downloads the meeting’s notes as Markdown and JSON-LD, and every meeting’s as JSON-LD', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    const notes = finerNotes();
    for (const n of notes) await session.create(n);
    await session.create(
      makeNote('other', 'elsewhere', notes[0]?.targets as never, { meetingId: 'other-meeting' }),
    );
    const files: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: blobs.get(this.href) as Blob });
    });
    await renderPanel(meeting, READOUTS, session);
    await within(list()).findAllByRole('article');
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON-LD' }));
    await user.click(screen.getByRole('button', { name: "All meetings' notes (JSON-LD)" }));
    await waitFor(() => expect(files).toHaveLength(3));
    expect(files.map((f) => f.name)).toEqual([
      `readout-notes-${meeting.id}.md`,
      `readout-notes-${meeting.id}.jsonld`,
      'readout-notes-all.jsonld',
    ]);
    const [md, ld, all] = await Promise.all(files.map((f) => f.blob.text()));
    expect(md).toContain('- Exported: 2024-03-01T08:00:00.000Z');
    expect(md).toContain('## Notes (3)');
    expect(ld).toBe(exportJsonLd(notes, { now: FIXED_NOW, meetingId: meeting.id }));
    expect(JSON.parse(all as string).total).toBe(4);
  });

  it('reports a file that is not JSON', async () => {
    const user = userEvent.setup();
    const { session } = makeSession();
    await renderPanel(meeting, READOUTS, session);
    await user.upload(screen.getByLabelText('Import JSON-LD'), new File(['not json'], 'x.jsonld'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not JSON.');
  });
});

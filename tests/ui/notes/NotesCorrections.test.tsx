// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseLabelledSentences } from '../../../scripts/eval-topics-data';
import { describeRange } from '../../../src/core/notes/describe';
import { isCorrection } from '../../../src/core/notes/types';
import {
  correctionsMeeting,
  judgedComparison,
  lexicon,
  readerCorrections,
  topicLabels,
} from '../../core/notes/corrections-fixture';
import { makeNote } from '../../core/notes/notes-fixture';
import { captureDownloads, closeStores, makeSession, renderPanel } from './notes-harness';

/* The reader's topic corrections in the notes panel: their own section, not notes, not marks; undo; download. */

const meeting = correctionsMeeting;
const READOUTS = ['cn-mfa-zh', 'us-state-en'];

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  closeStores();
});

function comment() {
  const us = meeting.readouts[1]?.text ?? '';
  const at = us.indexOf('They discussed trade.');
  return {
    ...makeNote('omitted', 'Only the US side mentions trade.', [
      { readoutId: 'us-state-en', side: 'us', selectors: describeRange(us, at, at + 21) },
    ]),
    meetingId: meeting.id,
  };
}

async function setUp() {
  const { session } = makeSession();
  for (const n of [...readerCorrections(), comment()]) await session.create(n);
  const view = await renderPanel(meeting, READOUTS, session, 'en', {
    comparison: judgedComparison(),
    topics: topicLabels,
  });
  const section = await screen.findByRole('region', { name: 'Your topic corrections (2)' });
  return { session, section, ...view };
}

describe('topic corrections in the notes panel', () => {
  it('lists them in their own compact section: topic, verdict, side, the sentence’s start', async () => {
    const { section } = await setUp();
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      // Reading order: the Chinese text first.
      expect.stringMatching(/^core-interests: not mentioned · Chinese side.*中方强调台湾问题是核心利益。/),
      expect.stringMatching(
        /^summit-implementation: mentioned · US side.*Following the call between President Xi/,
      ),
    ]);
    // A long sentence is cut to its start.
    expect(
      within(items[1] as HTMLElement).getByText('Following the call between President Xi…'),
    ).toBeInTheDocument();
  });

  it('keeps them out of the notes list, the count and the reader’s note marks', async () => {
    await setUp();
    const list = screen.getAllByRole('list').find((l) => l.classList.contains('notes-list')) as HTMLElement;
    expect(within(list).getAllByRole('article')).toHaveLength(1);
    expect(within(list).getByText('Only the US side mentions trade.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Notes 1 on this meeting');
    const marks = screen.getByRole('list', { name: 'marks' });
    expect(within(marks).getAllByRole('listitem')).toHaveLength(1);
    expect(marks).toHaveTextContent(/^us-state-en \d+-\d+$/);
  });

  it('Undo deletes the correction note (and can be undone in turn)', async () => {
    const user = userEvent.setup();
    const { session, section } = await setUp();
    const first = within(section).getAllByRole('listitem')[0] as HTMLElement;
    await user.click(
      within(first).getByRole('button', { name: 'Undo: core-interests: not mentioned (Chinese side)' }),
    );
    expect(await screen.findByText('Correction taken back.')).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Your topic corrections (1)' });
    const state = session.state(meeting.id);
    const left = state.status === 'ready' ? state.notes.map((s) => s.note).filter(isCorrection) : [];
    expect(left.map((n) => n.topicId)).toEqual(['summit-implementation']);
    // The status bar's Undo puts it back.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('region', { name: 'Your topic corrections (2)' });
  });

  it('downloads the corrected sentences as labelled examples that the project’s loader reads', async () => {
    const user = userEvent.setup();
    const files = captureDownloads(vi.spyOn);
    await setUp();
    await user.click(screen.getByRole('button', { name: 'Download corrections as labelled examples' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const [file] = files;
    expect(file?.name).toBe(`reader-labelled-${meeting.id}-20240301.jsonl`);
    const text = (await file?.blob.text()) ?? '';
    const items = parseLabelledSentences(text, file?.name ?? '', new Set(lexicon.topics.map((t) => t.id)));
    expect(items.map((i) => [i.lang, i.text, i.topics])).toEqual([
      ['zh', '中方强调台湾问题是核心利益。', ['taiwan']],
      [
        'en',
        'Following the call between President Xi and President Biden, the two sides met.',
        ['summit-implementation'],
      ],
    ]);
    expect(await screen.findByText('Downloaded 2 labelled examples.')).toBeInTheDocument();
  });

  it('offers no labelled download without corrections or without a comparison', async () => {
    const { session } = makeSession();
    await session.create(comment());
    await renderPanel(meeting, READOUTS, session, 'en', {
      comparison: judgedComparison(),
      topics: topicLabels,
    });
    await screen.findByText('Only the US side mentions trade.');
    expect(screen.queryByRole('button', { name: 'Download corrections as labelled examples' })).toBeNull();
    cleanup();
    const other = makeSession();
    for (const n of readerCorrections()) await other.session.create(n);
    await renderPanel(meeting, READOUTS, other.session, 'en', { comparison: null, topics: topicLabels });
    await screen.findByRole('region', { name: 'Your topic corrections (2)' });
    expect(screen.queryByRole('button', { name: 'Download corrections as labelled examples' })).toBeNull();
  });

  it('shows the section in Chinese', async () => {
    const { session } = makeSession();
    for (const n of readerCorrections()) await session.create(n);
    await renderPanel(meeting, READOUTS, session, 'zh', {
      comparison: judgedComparison(),
      topics: topicLabels,
    });
    const section = await screen.findByRole('region', { name: '你的议题更正（2）' });
    expect(within(section).getAllByRole('button', { name: /^撤销：/ })).toHaveLength(2);
    expect(section).toHaveTextContent('summit-implementation：提及 · 美方');
  });
});

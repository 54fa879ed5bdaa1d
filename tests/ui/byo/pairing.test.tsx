// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getUserMeeting,
  refreshUserMeetings,
  saveUserMeeting,
  userMeetingsSnapshot,
} from '../../../src/browser/user-meetings';
import { buildUserMeeting } from '../../../src/core/ingest/user-meeting';
import { defaultTextOf } from '../../../src/core/view/text-choice';
import { corpusData } from '../../../src/ui/app/corpus';
import { NewComparisonPage } from '../../../src/ui/byo/NewComparisonPage';
import { PAIR_CN, PAIR_US, renderPage } from './byo-harness';
import { expectedPage, pageHtml } from './saved-pages';

vi.mock('../../../src/browser/compare-worker-extract-data', () => import('./extract-data-stub'));

afterEach(cleanup);

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
const offer = () => screen.getByRole('group', { name: 'This meeting is already here' });

function storedIdFromHash(): string {
  return decodeURIComponent(/^#\/meeting\/(.+)$/.exec(window.location.hash)?.[1] ?? '');
}

describe('pairing a new readout with a meeting already here', () => {
  it('offers the corpus meeting of the same date and participants, and saves an own copy with the page’s text', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderPage(<NewComparisonPage />);
    const mofcom = expectedPage('mofcom.html');
    await user.upload(
      screen.getByLabelText('Open a file for the Chinese side'),
      new File([pageHtml('mofcom.html')], 'mofcom.html', { type: 'text/html' }),
    );
    await waitFor(() => expect(field('Chinese-side readout text')).toHaveValue(mofcom.body), {
      timeout: 8000,
    });

    const join = within(offer()).getByRole('radio', {
      // A two-day call (Washington and Beijing dates); Intl puts thin spaces around the range's dash.
      name: /^Add to “Wang Wentao – Gina Raimondo phone call” \(January 10\s*–\s*11, 2024\)$/u,
    });
    expect(join).toBeChecked();
    expect(join).toHaveAccessibleDescription(
      expect.stringContaining("Chinese side: your text is added beside the meeting's texts."),
    );
    expect(offer()).toHaveTextContent("US side: the meeting's text is kept.");
    // The details are the meeting’s, with this page's issuer and address for its side.
    expect(field('Title')).toHaveValue('Wang Wentao – Gina Raimondo phone call / 王文涛同雷蒙多通电话');
    expect(field('End date (for several days)')).toHaveValue('2024-01-11');
    expect(field('Chinese-side source URL')).toHaveValue(mofcom.officialUrl);
    expect(field('Chinese-side source URL')).toHaveAccessibleDescription('found in the page — check');

    // Choosing a new meeting shows the page's own findings; it then needs the other side's text.
    await user.click(
      within(offer()).getByRole('radio', { name: 'Make a new meeting with the details below' }),
    );
    expect(field('End date (for several days)')).toHaveValue('');
    expect(field('Date')).toHaveValue('2024-01-10');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent('US side: paste or open a text first.');

    await user.click(within(offer()).getByRole('radio', { name: /^Add to/ }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meeting\/user-2024-01-10-/));
    const stored = await getUserMeeting(storedIdFromHash());
    const corpusMeeting = corpusData().meetings.find((m) => m.id === '2024-01-10-wang-wentao-raimondo');
    expect(stored?.title).toEqual(corpusMeeting?.title);
    expect(stored?.participants).toEqual(corpusMeeting?.participants);
    // The page's text is added beside the corpus's texts, which keep their own provenance (never relabelled).
    const cn = stored ? defaultTextOf(stored, 'cn') : null;
    expect(cn?.text).toBe(mofcom.body);
    expect(cn?.source.url).toBe(mofcom.officialUrl);
    expect(cn?.kind).toBe('original');
    expect(cn?.issuer).toEqual({ en: 'Ministry of Commerce of the PRC', zh: '中华人民共和国商务部' });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(stored?.readouts.filter((r) => r.id !== cn?.id).sort(byId)).toEqual(
      corpusMeeting?.readouts.slice().sort(byId),
    );
    expect(stored?.readouts).toHaveLength((corpusMeeting?.readouts.length ?? 0) + 1);
  });

  it('updates the reader’s own meeting in place when the same pair comes again', async () => {
    const own = buildUserMeeting(
      { text: PAIR_CN, lang: 'zh' },
      { text: PAIR_US, lang: 'en' },
      {
        date: '2031-03-05',
        title: 'My Geneva meeting',
        participants: { cn: '李明', us: 'John Smith / 约翰·史密斯' },
      },
      { today: '2031-03-05', random: 'own001' },
    );
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />, { seed: () => saveUserMeeting(own) });
    const longer = `${PAIR_CN}\n双方还讨论了下一轮会谈的安排。`;
    await user.click(field('Chinese-side readout text'));
    await user.paste(longer);
    await waitFor(() => expect(offer()).toHaveTextContent('One of your own meetings'), { timeout: 8000 });
    expect(within(offer()).getByRole('radio', { name: /^Add to “My Geneva meeting”/ })).toBeChecked();
    expect(field('Title')).toHaveValue('My Geneva meeting');

    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/meeting/${own.id}`));
    const stored = await getUserMeeting(own.id);
    expect(stored?.readouts.map((r) => [r.id, r.text])).toEqual([
      [own.readouts[0]?.id, longer],
      [own.readouts[1]?.id, PAIR_US],
    ]);
    await refreshUserMeetings();
    expect(userMeetingsSnapshot().meetings.map((m) => m.id)).toEqual([own.id]);
  });
});

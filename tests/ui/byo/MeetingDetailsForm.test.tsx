// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getUserMeeting, saveUserMeeting } from '../../../src/browser/user-meetings';
import { buildUserMeeting } from '../../../src/core/ingest/user-meeting';
import { NewComparisonPage } from '../../../src/ui/byo/NewComparisonPage';
import { CN_TEXT, renderPage, US_TEXT } from './byo-harness';

// The build's extraction data (virtual:extract-data), read from readouts/ as the plugin does.
vi.mock('../../../src/browser/compare-worker-extract-data', () => import('./extract-data-stub'));

afterEach(cleanup);

const asked = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Who asked for the call' });

function storedIdFromHash(): string {
  return decodeURIComponent(/^#\/meeting\/(.+)$/.exec(window.location.hash)?.[1] ?? '');
}

/** Pastes the test pair (the Chinese text says 应约同美国国务卿…: the US side asked) and waits for the guesses. */
async function pastePair(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByLabelText('Chinese-side readout text'));
  await user.paste(CN_TEXT);
  await user.click(screen.getByLabelText('US-side readout text'));
  await user.paste(US_TEXT);
  await waitFor(() => expect(asked()).toHaveValue('us'), { timeout: 8000 });
}

describe('who asked for the call, in the meeting details', () => {
  it('shows the guess with the words that say so; the reader’s choice is what is saved', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    await pastePair(user);
    expect(asked()).toHaveAccessibleDescription(expect.stringContaining('guessed from the text — check'));
    expect(asked()).toHaveAccessibleDescription(expect.stringContaining('the text says “应约'));
    expect(
      screen
        .getAllByRole('option')
        .filter((o) => o.closest('select') === asked())
        .map((o) => o.textContent),
    ).toEqual(['Not stated', 'Chinese side', 'US side']);

    await user.selectOptions(asked(), 'Chinese side');
    expect(asked()).toHaveValue('cn');
    expect(asked()).not.toHaveAccessibleDescription(expect.stringContaining('check'));
    expect(asked()).not.toHaveAccessibleDescription(expect.stringContaining('应约'));

    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meeting\/user-/));
    expect((await getUserMeeting(storedIdFromHash()))?.requestedBy).toBe('cn');
  });

  it('“Not stated” saves no asker', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />, { lang: 'zh' });
    const zh = () => screen.getByRole<HTMLSelectElement>('combobox', { name: '应何方要求' });
    await user.click(screen.getByLabelText('中方纪要文本'));
    await user.paste(CN_TEXT);
    await user.click(screen.getByLabelText('美方纪要文本'));
    await user.paste(US_TEXT);
    await waitFor(() => expect(zh()).toHaveValue('us'), { timeout: 8000 });
    await user.selectOptions(zh(), '未说明');
    await user.click(screen.getByRole('button', { name: '对读' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meeting\/user-/));
    expect(await getUserMeeting(storedIdFromHash())).not.toHaveProperty('requestedBy');
  });

  it('editing a saved meeting shows the saved choice, not as a guess', async () => {
    const meeting = buildUserMeeting(
      { text: CN_TEXT, lang: 'zh' },
      { text: US_TEXT, lang: 'en' },
      { date: '2031-03-05', title: 'Test call', requestedBy: 'cn' },
      { today: '2031-03-05', random: 'edit02' },
    );
    await renderPage(<NewComparisonPage />, { hash: `#/new?edit=${meeting.id}` });
    await act(() => saveUserMeeting(meeting));
    await waitFor(() => expect(asked()).toHaveValue('cn'));
    expect(asked()).not.toHaveAccessibleDescription(expect.stringContaining('check'));
  });
});

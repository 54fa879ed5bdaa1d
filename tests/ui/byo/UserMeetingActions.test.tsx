// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getUserMeeting, saveUserMeeting } from '../../../src/browser/user-meetings';
import { buildUserMeeting } from '../../../src/core/ingest/user-meeting';
import type { Meeting } from '../../../src/core/model';
import { UserMeetingActions } from '../../../src/ui/byo/UserMeetingActions';
import { CN_TEXT, renderPage, US_TEXT } from './byo-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function meeting(participants: { cn?: string; us?: string }, issuers = true): Meeting {
  return buildUserMeeting(
    { text: CN_TEXT, lang: 'zh', ...(issuers ? { issuer: 'Test Ministry / 测试部' } : {}) },
    { text: US_TEXT, lang: 'en', ...(issuers ? { issuer: 'Test Office' } : {}) },
    { date: '2031-03-05', title: 'Li Ming – John Smith test call', participants },
    { today: '2031-03-05', random: 'act001' },
  );
}

describe('UserMeetingActions', () => {
  it('renders nothing for a corpus meeting', async () => {
    const { container } = await renderPage(
      <UserMeetingActions meeting={{ ...meeting({}), origin: 'corpus' }} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('links to the edit page', async () => {
    const m = meeting({});
    await renderPage(<UserMeetingActions meeting={m} />);
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `#/new?edit=${m.id}`);
  });

  it('names the zip for what a reader does with it, in Chinese too', async () => {
    await renderPage(<UserMeetingActions meeting={meeting({})} />, { lang: 'zh' });
    expect(
      screen.getByRole('button', { name: '下载为可提交到共享语料库的文件（.zip）' }),
    ).toHaveAccessibleDescription(/用于与所有读者共享这场会晤/);
  });

  it('deletes only after confirmation, then goes to the list', async () => {
    const user = userEvent.setup();
    const m = meeting({});
    const navigate = vi.fn();
    await renderPage(<UserMeetingActions meeting={m} navigate={navigate} />);
    await act(() => saveUserMeeting(m));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Delete this meeting from this browser?');
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(await getUserMeeting(m.id)).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete it' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('#/'));
    expect(await getUserMeeting(m.id)).toBeNull();
  });

  it('says what to add before downloading the files of a meeting without participants', async () => {
    const user = userEvent.setup();
    await renderPage(<UserMeetingActions meeting={meeting({ cn: 'Li Ming' }, false)} />);
    await user.click(screen.getByRole('button', { name: 'Download as files for the shared corpus (.zip)' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      'Add the title of Li Ming (Edit → Meeting details) before downloading the files for the shared corpus.',
    );
    expect(alert).toHaveTextContent(
      'Add at least one US side participant (Edit → Meeting details) before downloading the files for the shared corpus.',
    );
    expect(alert).toHaveTextContent('Name who published the Chinese side text (Edit → Meeting details)');
  });

  it('downloads a zip of a corpus folder that holds both texts', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => {
          blobs.push(b);
          return 'blob:test';
        },
        revokeObjectURL: () => {},
      }),
    );
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const m = meeting({
      cn: 'Li Ming / 李明, Foreign Minister / 外交部长',
      us: 'John Smith, Secretary of State',
    });
    await renderPage(<UserMeetingActions meeting={m} />);
    const button = screen.getByRole('button', { name: 'Download as files for the shared corpus (.zip)' });
    expect(button).toHaveAccessibleDescription(/To share this meeting with every reader/);
    await user.click(button);
    expect(
      await screen.findByText(
        /Downloaded 2031-03-05-li-ming-john-smith-test-call\.zip/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(clicks).toHaveBeenCalledTimes(1);
    const files = unzipSync(new Uint8Array(await (blobs[0] as Blob).arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      '2031-03-05-li-ming-john-smith-test-call/cn-test-ministry-zh.md',
      '2031-03-05-li-ming-john-smith-test-call/meeting.yaml',
      '2031-03-05-li-ming-john-smith-test-call/us-test-office-en.md',
    ]);
    const us = strFromU8(files['2031-03-05-li-ming-john-smith-test-call/us-test-office-en.md'] as Uint8Array);
    expect(us.endsWith(`---\n${US_TEXT}\n`)).toBe(true);
  });
});

// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getUserMeeting, saveUserMeeting } from '../../../src/browser/user-meetings';
import { buildUserMeeting } from '../../../src/core/ingest/user-meeting';
import { corpusData } from '../../../src/ui/app/corpus';
import { NewComparisonPage } from '../../../src/ui/byo/NewComparisonPage';
import { CN_TEXT, renderPage, US_TEXT } from './byo-harness';

// The build's extraction data (virtual:extract-data), read from readouts/ as the plugin does.
vi.mock('../../../src/browser/compare-worker-extract-data', () => import('./extract-data-stub'));

function storedIdFromHash(): string {
  const match = /^#\/meeting\/(.+)$/.exec(window.location.hash);
  return decodeURIComponent(match?.[1] ?? '');
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('NewComparisonPage', () => {
  it('keeps a file whose front matter has a wrong value, leaves the value out and says which', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    const file = new File(
      [`---\nside: cn\ndate: 2024-02-30\nsource:\n  url: "javascript:alert(1)"\n---\n${CN_TEXT}`],
      'readout.md',
      { type: 'text/markdown' },
    );
    await user.upload(screen.getByLabelText('Open a file for the Chinese side'), file);
    expect(
      await screen.findByText(
        /details at the top of the file are not valid and were left out: date, source\.url\./,
        undefined,
        {
          timeout: 8000,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Chinese-side readout text').value).toBe(
      CN_TEXT.trim(),
    );
  });

  it('pastes two texts, guesses the details, compares: the meeting is saved and opened', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'New comparison' })).toBeInTheDocument();

    await user.click(screen.getByLabelText('Chinese-side readout text'));
    await user.paste(CN_TEXT);
    await user.click(screen.getByLabelText('US-side readout text'));
    await user.paste(US_TEXT);

    // The texts are checked in the background (the first check loads the parsers): language and details appear.
    await waitFor(() => expect(screen.getAllByLabelText('Language')).toHaveLength(2), { timeout: 8000 });
    const [cnLang, usLang] = screen.getAllByLabelText<HTMLSelectElement>('Language');
    expect(cnLang?.value).toBe('zh');
    expect(usLang?.value).toBe('en');
    expect(screen.getByLabelText<HTMLInputElement>('Date').value).toBe('2031-03-05');
    expect(screen.getByLabelText<HTMLSelectElement>('Format').value).toBe('phone');
    expect(screen.getByLabelText<HTMLInputElement>('US-side issuer').value).toBe(
      'U.S. Department of State / 美国国务院',
    );

    // The headline names officials of the gazetteer, the text others by their titles: all are guesses.
    const cnPeople = screen.getByLabelText<HTMLTextAreaElement>('Chinese-side participants');
    expect(cnPeople.value).toContain('Li Ming / 李明, Minister of Foreign Affairs / 外交部长');
    expect(cnPeople).toHaveAccessibleDescription(expect.stringContaining('guessed from the text — check'));
    await user.clear(cnPeople);
    await user.type(cnPeople, 'Li Ming / 李明, Foreign Minister / 外交部长');
    expect(cnPeople).not.toHaveAccessibleDescription(expect.stringContaining('check'));
    await user.click(screen.getByRole('button', { name: 'Compare' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meeting\/user-2031-03-05-/));
    const stored = await getUserMeeting(storedIdFromHash());
    expect(stored?.origin).toBe('user');
    expect(stored?.format).toBe('phone');
    expect(stored?.readouts.map((r) => [r.side, r.lang, r.text])).toEqual([
      ['cn', 'zh', CN_TEXT],
      ['us', 'en', US_TEXT],
    ]);
    expect(stored?.participants[0]?.name).toEqual({ en: 'Li Ming', zh: '李明' });
  });

  it('puts a large paste in the box at once, at the cursor', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    const box = screen.getByLabelText<HTMLTextAreaElement>('US-side readout text');
    await user.click(box);
    await user.paste('Start. End.');
    box.setSelectionRange(7, 7);
    const long = `${'The two sides met again.\r\n'.repeat(500)}`;
    await user.paste(long);
    expect(box.value).toBe(`Start. ${long.replace(/\r\n/g, '\n')}End.`);
  });

  it('lets the reader correct the detected language', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    await user.click(screen.getByLabelText('Chinese-side readout text'));
    await user.paste(CN_TEXT);
    await user.click(screen.getByLabelText('US-side readout text'));
    await user.paste(US_TEXT);
    await waitFor(() => expect(screen.getAllByLabelText('Language')).toHaveLength(2));
    await user.selectOptions(screen.getAllByLabelText('Language')[1] as HTMLSelectElement, 'zh');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meeting\//));
    expect((await getUserMeeting(storedIdFromHash()))?.readouts[1]?.lang).toBe('zh');
  });

  it('says the storage is full, keeps the texts in the form, and saves once there is room', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    await user.click(screen.getByLabelText('Chinese-side readout text'));
    await user.paste(CN_TEXT);
    await user.click(screen.getByLabelText('US-side readout text'));
    await user.paste(US_TEXT);
    await waitFor(() => expect(screen.getAllByLabelText('Language')).toHaveLength(2), { timeout: 8000 });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Your browser's storage for this site is full, so the meeting was not saved. Your texts are still in the form.",
    );
    expect(window.location.hash).toBe('#/new');
    expect(screen.getByLabelText('Chinese-side readout text')).toHaveValue(CN_TEXT);
    expect(screen.getByLabelText('US-side readout text')).toHaveValue(US_TEXT);

    put.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meeting\/user-/));
    expect((await getUserMeeting(storedIdFromHash()))?.readouts[1]?.text).toBe(US_TEXT);
  });

  it('asks for both texts before comparing and saves nothing', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    await user.click(screen.getByLabelText('US-side readout text'));
    await user.paste(US_TEXT);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Chinese side: paste or open a text first.');
    expect(window.location.hash).toBe('#/new');
  });

  it('names a bad file in a translated message and keeps the text already there', async () => {
    // The picker's filter can be switched to "all files" (and drops ignore it), so bypass it here.
    const user = userEvent.setup({ applyAccept: false });
    await renderPage(<NewComparisonPage />);
    await user.click(screen.getByLabelText('Chinese-side readout text'));
    await user.paste(CN_TEXT);
    const pdf = new File(['%PDF-1.7 binary'], 'readout.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText('Open a file for the Chinese side'), pdf);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'readout.pdf is a .pdf file, which the app cannot read. Copy its text and paste it, or save it as .txt or .html.',
    );
    expect(screen.getByLabelText('Chinese-side readout text')).toHaveValue(CN_TEXT);

    const noise = new File([new Uint8Array(2048).map((_, i) => (i * 7919) % 256)], 'noise.txt');
    await user.upload(screen.getByLabelText('Open a file for the US side'), noise);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent(
      'noise.txt is not a text file. Save the readout as plain text (.txt) or as a web page (.html) and try again.',
    );
  });

  it('names pasted text by its side when it is refused', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    await user.click(screen.getByLabelText('US-side readout text'));
    await user.paste('… —— !!! ???');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'The US-side text holds only punctuation or symbols, no words.',
    );
    expect(screen.getByLabelText('US-side readout text')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the message in Chinese when the UI is in Chinese', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderPage(<NewComparisonPage />, { lang: 'zh' });
    const empty = new File(['  \n 。。。！'], '空白.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('为美方打开文件'), empty);
    expect(await screen.findByRole('alert')).toHaveTextContent('空白.txt 只有标点或符号，没有文字。');
  });

  it('takes the dates as 年-月-日 in the Chinese UI too, and flags a day that does not exist', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />, { lang: 'zh' });
    await user.click(screen.getByText('会晤信息（可选）'));
    const date = screen.getByRole('textbox', { name: '日期' });
    expect(date).toHaveAttribute('placeholder', '年-月-日');
    await user.type(date, '2031年3月5日');
    await user.tab();
    expect(date).toHaveValue('2031-03-05');
    const end = screen.getByRole('textbox', { name: '结束日期（多日会晤）' });
    await user.type(end, '2031-02-30');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription('没有这一天：请检查月份和日期。');
  });

  it('opens an HTML file as its text only: no script, no markup', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    const page = `<html><head><script>window.__byoPwned = true</script></head><body><nav>Menu</nav>
      <p onclick="alert(1)">${US_TEXT.split('\n').join('</p><p>')}<img src="x" onerror="window.__byoPwned = true"></p></body></html>`;
    await user.upload(
      screen.getByLabelText('Open a file for the US side'),
      new File([page], 'readout.html', { type: 'text/html' }),
    );
    await waitFor(() =>
      expect(screen.getByLabelText('US-side readout text')).toHaveValue(US_TEXT.split('\n').join('\n\n')),
    );
    expect(screen.getByText('From readout.html')).toBeInTheDocument();
    expect(screen.getByText(/The readout was taken from the saved page/)).toBeInTheDocument();
    expect((window as { __byoPwned?: boolean }).__byoPwned).toBeUndefined();
  });

  it('starts from a corpus meeting whose US readout is missing: its Chinese text and details are filled in', async () => {
    await renderPage(<NewComparisonPage />, { hash: '#/new?from=2024-01-08-defense-policy-talks' });
    expect(
      screen.getByText(/Adding a text to “17th US–China Defense Policy Coordination Talks”/),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Chinese-side readout text')).not.toHaveValue(''));
    expect(screen.getByLabelText('US-side readout text')).toHaveValue('');
    expect(screen.getByLabelText('Title')).toHaveValue(
      '17th US–China Defense Policy Coordination Talks / 第17次中美国防部工作会晤（防务政策协调会谈）',
    );
    expect(screen.getByLabelText('US-side issuer')).toHaveValue('U.S. Department of Defense / 美国国防部');
    expect(screen.getByLabelText('Format')).toHaveValue('talks');

    // Saved as the reader's own copy: the corpus's texts as they are (provenance kept), the pasted one added.
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('US-side readout text'));
    await user.paste(US_TEXT);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meeting\/user-2024-01-08-/));
    const stored = await getUserMeeting(storedIdFromHash());
    const corpus = corpusData().meetings.find((m) => m.id === '2024-01-08-defense-policy-talks');
    const cnTexts = stored?.readouts.filter((r) => r.side === 'cn');
    expect(cnTexts).toEqual(corpus?.readouts.filter((r) => r.side === 'cn'));
    expect(stored?.readouts.filter((r) => r.side === 'us').map((r) => r.text)).toEqual([US_TEXT]);
    expect(stored?.missing).toEqual([]);
  });

  it('edits a stored meeting in place, keeping its id', async () => {
    const user = userEvent.setup();
    const meeting = buildUserMeeting(
      { text: CN_TEXT, lang: 'zh' },
      { text: US_TEXT, lang: 'en' },
      { date: '2031-03-05', title: 'Test call' },
      { today: '2031-03-05', random: 'edit01' },
    );
    await renderPage(<NewComparisonPage />, { hash: `#/new?edit=${meeting.id}` });
    await act(() => saveUserMeeting(meeting));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit your comparison' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('US-side readout text')).toHaveValue(US_TEXT));
    const title = screen.getByLabelText('Title');
    expect(title).toHaveValue('Test call');
    await user.clear(title);
    await user.type(title, 'Edited test call');
    await user.click(screen.getByRole('button', { name: 'Save and compare' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/meeting/${meeting.id}`));
    expect((await getUserMeeting(meeting.id))?.title.en).toBe('Edited test call');
  });
});

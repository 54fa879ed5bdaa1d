// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getUserMeeting } from '../../../src/browser/user-meetings';
import { NewComparisonPage } from '../../../src/ui/byo/NewComparisonPage';
import { PAIR_CN, PAIR_US, renderPage } from './byo-harness';
import { expectedPage, pageHtml, toMhtml } from './saved-pages';

// The build's extraction data (virtual:extract-data), read from readouts/ as the plugin does.
vi.mock('../../../src/browser/compare-worker-extract-data', () => import('./extract-data-stub'));

afterEach(cleanup);

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

function storedIdFromHash(): string {
  return decodeURIComponent(/^#\/meeting\/(.+)$/.exec(window.location.hash)?.[1] ?? '');
}

async function open(side: 'Chinese' | 'US', name: string, content: string, type = 'text/html') {
  const user = userEvent.setup({ applyAccept: false });
  await user.upload(
    screen.getByLabelText(`Open a file for the ${side} side`),
    new File([content], name, { type }),
  );
}

describe('a saved official page on “New comparison”', () => {
  it('gives its readout’s body only, and the meeting’s details as guesses to check', async () => {
    await renderPage(<NewComparisonPage />);
    const wh = expectedPage('wh.html');
    await open('US', 'wh.html', pageHtml('wh.html'));
    await waitFor(() => expect(field('US-side readout text')).toHaveValue(wh.body), { timeout: 8000 });
    expect(screen.getByText(/The readout was taken from the saved page/)).toBeInTheDocument();

    // The details open by themselves, each value marked as found in the page.
    expect(screen.getByText('Meeting details (optional)').closest('details')).toHaveProperty('open', true);
    expect(field('Title')).toHaveValue('Xi Jinping – Joe Biden phone call / 习近平同拜登通电话');
    expect(field('Date')).toHaveValue('2024-04-02');
    expect(field('Format')).toHaveValue('phone');
    expect(field('Chinese-side participants')).toHaveValue(
      "Xi Jinping / 习近平, President of the People's Republic of China / 国家主席",
    );
    expect(field('US-side participants')).toHaveValue(
      'Joe Biden / 约瑟夫·拜登, President of the United States / 美国总统',
    );
    expect(field('US-side issuer')).toHaveValue('The White House / 白宫');
    expect(field('US-side source URL')).toHaveValue(wh.officialUrl);
    for (const label of ['Title', 'Date', 'Format', 'Chinese-side participants', 'US-side issuer']) {
      expect(field(label)).toHaveAccessibleDescription(expect.stringContaining('found in the page — check'));
    }

    // The Chinese side's page says who asked for the call (应约).
    await open('Chinese', 'mfa-zh.html', pageHtml('mfa-zh.html'));
    await waitFor(() =>
      expect(field('Chinese-side readout text')).toHaveValue(expectedPage('mfa-zh.html').body),
    );
    const asked = screen.getByRole('combobox', { name: 'Who asked for the call' });
    expect(asked).toHaveValue('us');
    expect(asked).toHaveAccessibleDescription('found in the page — check the text says “应约”');
    expect(field('Chinese-side issuer')).toHaveValue(
      'Ministry of Foreign Affairs of the PRC / 中华人民共和国外交部',
    );

    // Every guess is editable; a corrected field is no longer marked.
    const user = userEvent.setup();
    await user.clear(field('Title'));
    await user.type(field('Title'), 'Xi–Biden call (test pages) / 习拜通话（测试页面）');
    expect(field('Title')).not.toHaveAccessibleDescription(expect.stringContaining('check'));

    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meeting\/user-2024-04-02-/));
    const stored = await getUserMeeting(storedIdFromHash());
    expect(stored?.title).toEqual({ en: 'Xi–Biden call (test pages)', zh: '习拜通话（测试页面）' });
    expect(stored?.format).toBe('phone');
    // A guess left as it is, is saved as it is.
    expect(stored?.requestedBy).toBe('us');
    expect(stored?.participants.map((p) => p.name.en)).toEqual(['Xi Jinping', 'Joe Biden']);
    const us = stored?.readouts.find((r) => r.side === 'us');
    expect(us?.text).toBe(wh.body);
    expect(us?.issuer).toEqual({ en: 'The White House', zh: '白宫' });
    expect(us?.source).toEqual({ url: wh.officialUrl, title: wh.title, date: '2024-04-02' });
    expect(us?.completeness).toBe('full');
  });

  it('reads a page saved as .mhtml, its address from the saved file', async () => {
    await renderPage(<NewComparisonPage />, { lang: 'zh' });
    const idcpc = expectedPage('idcpc.html');
    const html = pageHtml('idcpc.html').replace(/<link rel="canonical"[^>]*>/, '');
    const user = userEvent.setup({ applyAccept: false });
    await user.upload(
      screen.getByLabelText('为中方打开文件'),
      new File([toMhtml(html, idcpc.officialUrl)], 'idcpc.mhtml', { type: 'multipart/related' }),
    );
    await waitFor(() => expect(field('中方纪要文本')).toHaveValue(idcpc.body), { timeout: 8000 });
    expect(field('中方来源网址')).toHaveValue(idcpc.officialUrl);
    expect(field('中方发布机构')).toHaveValue(
      'International Department of the CPC Central Committee / 中共中央对外联络部',
    );
    expect(field('地点')).toHaveValue('Beijing / 北京');
    expect(field('地点')).toHaveAccessibleDescription('从网页中找到——请核对');
    expect(field('形式')).toHaveValue('meeting');
    expect(field('标题')).toHaveValue('Liu Jianchao meets Kurt Campbell / 刘建超会见坎贝尔');
    expect(field('美方参与者')).toHaveValue(
      'Kurt Campbell / 库尔特·坎贝尔, Deputy Secretary of State / 常务副国务卿',
    );
  });

  it('says when a page went in the other side’s box', async () => {
    await renderPage(<NewComparisonPage />);
    await open('US', 'mfa-zh.html', pageHtml('mfa-zh.html'));
    expect(
      await screen.findByText(
        "This page is the Chinese side's readout (Ministry of Foreign Affairs of the PRC). If it is in the wrong box, swap the two sides.",
        {},
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
  });

  it('finds title, format, place and participants of the pasted pair the end-to-end tests use', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    await user.click(field('Chinese-side readout text'));
    await user.paste(PAIR_CN);
    await user.click(field('US-side readout text'));
    await user.paste(PAIR_US);
    await waitFor(() => expect(screen.getAllByLabelText('Language')).toHaveLength(2), { timeout: 8000 });
    expect(field('Title')).toHaveValue('Li Ming meets John Smith / 李明会见约翰·史密斯');
    expect(field('Format')).toHaveValue('meeting');
    expect(field('Place')).toHaveValue('Geneva / 日内瓦');
    expect(field('Chinese-side participants')).toHaveValue(
      'Li Ming / 李明, Minister of Foreign Affairs / 外交部长',
    );
    expect(field('US-side participants')).toHaveValue(
      'John Smith / 约翰·史密斯, Secretary of State / 国务卿',
    );
    expect(field('Place')).toHaveAccessibleDescription('guessed from the text — check');
    // Nothing known has the same date and participants: no offer to join a meeting.
    expect(screen.queryByRole('group', { name: 'This meeting is already here' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/meeting\/user-2031-03-05-/));
    const stored = await getUserMeeting(storedIdFromHash());
    expect(stored?.title).toEqual({ en: 'Li Ming meets John Smith', zh: '李明会见约翰·史密斯' });
    expect(stored?.place).toEqual({ en: 'Geneva', zh: '日内瓦' });
    expect(stored?.participants).toEqual([
      {
        side: 'cn',
        name: { en: 'Li Ming', zh: '李明' },
        title: { en: 'Minister of Foreign Affairs', zh: '外交部长' },
      },
      {
        side: 'us',
        name: { en: 'John Smith', zh: '约翰·史密斯' },
        title: { en: 'Secretary of State', zh: '国务卿' },
      },
    ]);
  });

  it('reads pasted page source as a page, never as markup', async () => {
    const user = userEvent.setup();
    await renderPage(<NewComparisonPage />);
    await user.click(field('US-side readout text'));
    await user.paste(pageHtml('state.html'));
    const state = expectedPage('state.html');
    await waitFor(() => expect(field('US-side readout text')).toHaveValue(state.body), { timeout: 8000 });
    expect(field('US-side issuer')).toHaveValue('U.S. Department of State / 美国国务院');
    expect(document.querySelector('.byo-page script, .byo-page link, .byo-page img')).toBeNull();
    // The page matches a corpus meeting (same call, same day): the form offers to add it there.
    const offer = screen.getByRole('group', { name: 'This meeting is already here' });
    expect(
      within(offer).getByRole('radio', { name: /^Add to “Qin Gang – Antony Blinken phone call”/ }),
    ).toBeChecked();
  });
});

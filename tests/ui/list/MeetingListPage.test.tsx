// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/core/model';
import { meetingIndex } from '../../../src/core/view/meeting-index';
import { i18n } from '../../../src/i18n';
import { App } from '../../../src/ui/App';
import type { AppData, AppSource } from '../../../src/ui/app/app-data';
import { corpus, corpusMeeting, renderApp } from '../render-app';

afterEach(cleanup);

function card(title: string): HTMLElement {
  return screen.getByRole('article', { name: title });
}

describe('MeetingListPage', () => {
  it('lists every corpus meeting with date, participants and which sides are present', async () => {
    await renderApp('#/');
    const list = screen.getByRole('region', { name: 'All meetings' });
    expect(within(list).getAllByRole('article')).toHaveLength(corpus.meetings.length);

    const finer = card('Liu Jianchao meets Jon Finer');
    expect(within(finer).getByText('January 10, 2024')).toBeInTheDocument();
    expect(within(finer).getByText('Jon Finer')).toBeInTheDocument();
    expect(within(finer).getByText('Chinese original')).toBeInTheDocument();

    const talks = card(corpusMeeting('2024-01-08-defense-policy-talks').title.en);
    expect(within(talks).getByText('readout not available')).toBeInTheDocument();
  });

  it('formats dates per UI language', async () => {
    await renderApp('#/', 'zh');
    const finer = screen.getByRole('article', { name: '刘建超会见芬纳' });
    expect(within(finer).getByText('2024年1月10日')).toBeInTheDocument();
  });

  it('links to a new comparison', async () => {
    await renderApp('#/');
    expect(screen.getByRole('link', { name: 'New comparison: paste two readouts' })).toHaveAttribute(
      'href',
      '#/new',
    );
  });

  it('marks the reader’s own meetings apart from the corpus', async () => {
    const own: Meeting = { ...corpusMeeting('2023-06-14-qin-blinken'), id: 'user-abc', origin: 'user' };
    await renderApp('#/', 'en', {
      meetings: [...corpus.meetings, { ...own, title: { en: 'My pasted call', zh: '我的' } }],
    });
    expect(within(card('My pasted call')).getByText('Your own')).toBeInTheDocument();
    expect(within(card('Liu Jianchao meets Jon Finer')).getByText('Corpus')).toBeInTheDocument();
  });

  it('filters by text, topic, participant and date, and says when nothing matches', async () => {
    const user = userEvent.setup();
    await renderApp('#/');
    const count = () =>
      within(screen.getByRole('region', { name: 'All meetings' })).queryAllByRole('article').length;

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Finer');
    expect(count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(count()).toBe(corpus.meetings.length);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Participant' }), 'antony blinken');
    expect(count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'counternarcotics');
    const withTopic = count();
    expect(withTopic).toBeGreaterThan(0);
    expect(withTopic).toBeLessThan(corpus.meetings.length);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.type(screen.getByLabelText('From'), '2024-01-18');
    expect(count()).toBe(1);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzzz-nothing');
    expect(screen.getByText('No meeting matches these filters.')).toBeInTheDocument();

    // The date fields are text, written the same in both languages; clearing empties them.
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    const from = screen.getByRole('textbox', { name: 'From' });
    expect(from).toHaveValue('');
    await user.type(from, '2024/1/18');
    expect(count()).toBe(1);
    await user.type(screen.getByRole('textbox', { name: 'To' }), '2024-13');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveAccessibleDescription(
      /Not a date: write it as YYYY-MM-DD/,
    );
    expect(count()).toBe(1);
  });

  it('works from the light index, and searches the readout texts once they have loaded', async () => {
    const user = userEvent.setup();
    let loaded: AppData | null = null;
    let release: (data: AppData) => void = () => undefined;
    const texts = new Promise<AppData>((resolve) => {
      release = resolve;
    });
    const source: AppSource = {
      index: meetingIndex(corpus.meetings, corpus.lexicon),
      peek: () => loaded,
      load: () =>
        texts.then((data) => {
          loaded = data;
          return data;
        }),
    };
    window.sessionStorage.clear();
    window.location.hash = '#/';
    await i18n.changeLanguage('en');
    render(<App data={source} />);
    const count = () =>
      within(screen.getByRole('region', { name: 'All meetings' })).queryAllByRole('article').length;
    expect(count()).toBe(corpus.meetings.length);
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(search).toHaveAccessibleDescription(/readout texts/);

    // A word only the Finer meeting's US text has: no match until the texts arrive, and the page says why.
    await user.type(search, '伍德赛德');
    expect(count()).toBe(0);
    expect(search).toHaveAccessibleDescription(/Loading the readout texts/);
    // Titles and topic labels are searched meanwhile.
    await user.clear(search);
    await user.type(search, 'Taiwan');
    expect(count()).toBeGreaterThan(0);

    await act(async () => release(corpus));
    await user.clear(search);
    await user.type(search, '伍德赛德');
    expect(count()).toBe(1);
    expect(screen.getByRole('article', { name: 'Liu Jianchao meets Jon Finer' })).toBeInTheDocument();
    expect(search).not.toHaveAccessibleDescription(/Loading/);
  });

  it('shows the meetings × topics grid with each side’s mark, never as a bare colour', async () => {
    await renderApp('#/');
    const grid = screen.getByRole('table', { name: /Topics mentioned by the Chinese side and the US side/ });
    const taiwan = within(grid).getByRole('rowheader', { name: 'Taiwan' }).closest('tr') as HTMLElement;
    // The defence talks: the Chinese side mentions Taiwan; the US readout is not available.
    expect(within(taiwan).getAllByText('Chinese side: mentioned').length).toBeGreaterThan(0);
    expect(within(taiwan).getAllByText('US side: readout not available').length).toBeGreaterThan(0);
    expect(within(taiwan).getAllByText('US side: not in the quoted excerpt').length).toBeGreaterThan(0);
    expect(within(grid).getAllByRole('columnheader').length).toBe(corpus.meetings.length + 1);
  });

  it('opens a meeting on a topic from its cell, on the very texts the cell was computed on', async () => {
    const user = userEvent.setup();
    await renderApp('#/');
    const grid = screen.getByRole('table', { name: /Topics mentioned by the Chinese side and the US side/ });
    const link = within(grid).getByRole('link', {
      name: 'Open Qin Gang – Antony Blinken phone call on Taiwan (Chinese side: mentioned; US side: not in the quoted excerpt)',
    });
    // The grid compares each side's text closest to the official one (here RFI's Chinese renderings), and says
    // so in its legend; an English-UI reader would otherwise land on the English translations.
    expect(link).toHaveAttribute(
      'href',
      '#/meeting/2023-06-14-qin-blinken?topic=taiwan&cn=cn-mfa-zh-rfi&us=us-state-zh-rfi',
    );
    expect(
      screen.getByText(/compares each meeting on each side’s text closest to the official one/),
    ).toBeVisible();
    // No link where neither side mentions the topic.
    const fentanyl = within(grid)
      .getByRole('rowheader', { name: 'Counternarcotics' })
      .closest('tr') as HTMLElement;
    expect(within(fentanyl).queryByRole('link', { name: /Qin Gang/ })).toBeNull();

    await user.click(link);
    const topics = await screen.findByRole(
      'table',
      { name: /Topics of the two readouts/ },
      { timeout: 10000 },
    );
    expect(within(topics).getByRole('button', { name: 'Taiwan' })).toHaveAttribute('aria-pressed', 'true');
    const shown = new Set(
      [...document.querySelectorAll('.comparison [data-readout-id]')].map((el) =>
        el.getAttribute('data-readout-id'),
      ),
    );
    expect(shown).toEqual(new Set(['cn-mfa-zh-rfi', 'us-state-zh-rfi']));
  });

  it('without a link’s texts, opens an English-UI reader’s meeting on its English texts', async () => {
    await renderApp('#/meeting/2023-06-14-qin-blinken?topic=taiwan');
    await screen.findByRole('table', { name: /Topics of the two readouts/ }, { timeout: 10000 });
    const shown = new Set(
      [...document.querySelectorAll('.comparison [data-readout-id]')].map((el) =>
        el.getAttribute('data-readout-id'),
      ),
    );
    expect(shown).toEqual(new Set(['cn-mfa-en-rfi', 'us-state-en-rfi']));
  });
});

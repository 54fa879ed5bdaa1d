// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Meeting, ReadoutText } from '../../../src/core/model';
import { corpusMeeting, renderApp } from '../render-app';

/*
 * Issue 10's reading flow on the meeting page: the reader's language kept (default texts, the address,
 * reload), texts first on a phone (folds), one-sided rows as a marker, word differences that explain
 * themselves, and the smaller items (paraphrase, one term per meeting format).
 */

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const FINER = '2024-01-10-liu-finer';
const QIN = '2023-06-14-qin-blinken';

async function openMeeting(hash: string, lang: 'en' | 'zh' = 'en', meetings?: readonly Meeting[]) {
  await renderApp(`#/meeting/${hash}`, lang, meetings ? { meetings } : undefined);
  await screen.findByRole('heading', { level: 1 }, { timeout: 10000 });
  await screen.findByRole('list', { name: /Aligned sentences|逐行对齐的句子/ }, { timeout: 10000 });
}

/** Makes the page believe it is on a phone (the layout's one media query matches). */
function onPhone() {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: query.includes('max-width'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })),
  );
}

function shownTexts(): Set<string> {
  return new Set(
    [...document.querySelectorAll<HTMLElement>('.aligned-rows [data-readout-id]')].map(
      (e) => e.dataset.readoutId ?? '',
    ),
  );
}

function text(over: Partial<ReadoutText> & Pick<ReadoutText, 'id' | 'side' | 'lang' | 'text'>): ReadoutText {
  return {
    kind: 'original',
    issuer: { en: 'Issuer', zh: '发布方' },
    completeness: 'full',
    source: {},
    quotedIn: [],
    ...over,
  };
}

function meetingWith(id: string, readouts: ReadoutText[], origin: Meeting['origin'] = 'corpus'): Meeting {
  return {
    id,
    date: '2024-02-02',
    format: 'phone',
    title: { en: `Call ${id}`, zh: `通话 ${id}` },
    participants: [],
    readouts,
    missing: [],
    origin,
  };
}

describe('the reader’s language, kept', () => {
  it('lands an English reader on English texts, each labelled as what it is', async () => {
    await openMeeting(FINER);
    expect(shownTexts()).toEqual(new Set(['cn-idcpc-en', 'us-wh-en-rfi']));
    expect(screen.getByRole('radio', { name: 'Both in English' })).toBeChecked();
    const cn = screen.getByRole('region', { name: /Chinese-side readout/ });
    expect(within(cn).getByRole('radio', { name: "English · project's translation" })).toBeChecked();
    // The column heads say which text each column shows too.
    expect(document.querySelector('.aligned-head')).toHaveTextContent("English · project's translation");
  });

  it('lands a Chinese reader on Chinese texts', async () => {
    await openMeeting(FINER, 'zh');
    expect(shownTexts()).toEqual(new Set(['cn-idcpc-zh', 'us-wh-zh-rfi']));
    expect(screen.getByRole('radio', { name: '两方均用中文' })).toBeChecked();
  });

  it('puts the texts the reader picks in the address, and a link with texts opens on them', async () => {
    const user = userEvent.setup();
    await openMeeting(FINER);
    // No choice made yet: the address names no texts (they follow the UI language).
    expect(window.location.hash).toBe(`#/meeting/${FINER}`);
    await user.click(screen.getByRole('radio', { name: 'Closest to the official texts' }));
    expect(window.location.hash).toBe(`#/meeting/${FINER}?cn=cn-idcpc-zh&us=us-wh-zh-rfi`);
    const us = screen.getByRole('region', { name: /US-side readout/ });
    await user.click(within(us).getByRole('radio', { name: /Chinese · translated by Initium Media/ }));
    expect(window.location.hash).toBe(`#/meeting/${FINER}?cn=cn-idcpc-zh&us=us-wh-zh-initium`);
    cleanup();

    // A reload (a fresh page on that address) shows the same texts, in either UI language.
    await openMeeting(`${FINER}?cn=cn-idcpc-zh&us=us-wh-zh-initium`, 'zh');
    expect(shownTexts()).toEqual(new Set(['cn-idcpc-zh', 'us-wh-zh-initium']));
  });

  it('ignores a linked text of the wrong side, keeping the reader’s text there', async () => {
    await openMeeting(`${FINER}?cn=us-wh-zh-rfi&us=us-wh-zh-initium`);
    expect(shownTexts()).toEqual(new Set(['cn-idcpc-en', 'us-wh-zh-initium']));
  });
});

describe('texts first on a phone', () => {
  it('folds sources, controls and topics under lines that still name each text, and keeps them open on a desktop', async () => {
    const user = userEvent.setup();
    onPhone();
    await openMeeting(FINER);
    const fold = screen.getByText('Texts shown and their sources').closest('details') as HTMLElement;
    expect(fold).not.toHaveAttribute('open');
    const summary = within(fold).getByText('Texts shown and their sources').closest('summary') as HTMLElement;
    expect(summary).toHaveTextContent("Chinese side: English · project's translation");
    expect(summary).toHaveTextContent('US side: English · project');
    expect(
      screen.getByText(/Topics, and how each side describes the meeting/).closest('details'),
    ).not.toHaveAttribute('open');
    // The readouts come before the topics in the page.
    const rows = screen.getByRole('list', { name: /Aligned sentences/ });
    const topics = screen.getByRole('heading', { name: 'Topics' });
    expect(rows.compareDocumentPosition(topics) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(summary);
    expect(fold).toHaveAttribute('open');
    expect(within(fold).getByRole('radio', { name: 'Both in English' })).toBeChecked();
  });

  it('shows sources, controls and topics without folds on a wide screen', async () => {
    await openMeeting(FINER);
    expect(document.querySelector('details.fold')).toBeNull();
    expect(screen.getByRole('table', { name: /Topics of the two readouts/ })).toBeVisible();
  });

  it('marks a sentence only one readout has with a short label in the other column, not a placeholder', async () => {
    await openMeeting(FINER);
    const rows = screen.getByRole('list', { name: /Aligned sentences/ });
    const onlyUs = rows.querySelector('.row-only-b') as HTMLElement;
    const marker = onlyUs.querySelector('.cell-empty') as HTMLElement;
    expect(marker).toHaveTextContent(/^Only in the US readout/);
    expect(marker).toHaveTextContent('The Chinese-side text is only an excerpt');
    expect(marker.querySelectorAll('[data-readout-id]')).toHaveLength(0);
  });
});

describe('word differences that explain themselves', () => {
  const cn = text({ id: 'cn-zh', side: 'cn', lang: 'zh', text: '中方强调台湾问题是中国内政。' });
  const usZh = text({
    id: 'us-zh',
    side: 'us',
    lang: 'zh',
    kind: 'translation',
    translator: { type: 'outlet', outlet: { en: 'Outlet A', zh: '甲媒体' } },
    text: '美方讨论了气候变化和农业合作。',
  });
  const usZh2 = {
    ...usZh,
    id: 'us-zh-2',
    translator: { type: 'outlet', outlet: { en: 'Outlet B', zh: '乙媒体' } },
    text: '美方讨论了气候变化。',
  } as ReadoutText;
  const usEn = text({ id: 'us-en', side: 'us', lang: 'en', text: 'The two sides discussed climate change.' });

  it('says so where no rows pair, and offers the versions diff', async () => {
    const user = userEvent.setup();
    await openMeeting('2024-02-02-no-pairs', 'en', [meetingWith('2024-02-02-no-pairs', [cn, usZh, usZh2])]);
    expect(screen.queryByRole('checkbox', { name: 'Show word differences' })).toBeNull();
    expect(
      screen.getByText(/No sentence of one text pairs with a sentence of the other in this call/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Compare the versions of the US side's readout" }));
    const us = screen.getByRole('region', { name: /US-side readout/ });
    const details = within(us)
      .getByText('Compare with another version of this readout in the same language')
      .closest('details');
    expect(details).toHaveAttribute('open');
    await waitFor(() => expect(us.querySelector('.version-flow')).not.toBeNull());
  });

  it('on a pasted pair in two languages, explains what would make word differences possible', async () => {
    const id = 'user-2024-02-02-pasted-ab12';
    await openMeeting(id, 'en', [meetingWith(id, [cn, usEn], 'user')]);
    expect(screen.queryByRole('checkbox', { name: 'Show word differences' })).toBeNull();
    expect(
      screen.getByText(/The Chinese-side text is in Chinese and the US-side text in English/),
    ).toHaveTextContent("paste the US side's readout in Chinese");
    expect(screen.getByRole('link', { name: 'Edit this comparison' })).toHaveAttribute(
      'href',
      `#/new?edit=${id}`,
    );
  });

  it('offers the language both sides have when the texts shown differ', async () => {
    const user = userEvent.setup();
    await openMeeting(`${QIN}?cn=cn-mfa-zh-rfi&us=us-state-en-rfi`);
    await user.click(screen.getByRole('button', { name: 'Show both in English, with word differences' }));
    expect(screen.getByRole('radio', { name: 'Both in English' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Show word differences' })).toBeChecked();
  });
});

describe('the smaller items', () => {
  it('names a phone call 通话 throughout the Chinese UI', async () => {
    onPhone();
    await openMeeting(QIN, 'zh');
    const meta = document.querySelector('.meeting-header .meeting-meta');
    expect(meta).toHaveTextContent('通话');
    expect(meta).not.toHaveTextContent('通电话');
    expect(screen.getByText(/议题，以及双方如何描述这次通话/)).toBeInTheDocument();
    // The list of all meetings has one word for them, whatever their format.
    expect(screen.getByRole('link', { name: '← 全部会晤' })).toBeInTheDocument();
  });

  it('calls a Chinese outlet’s retelling of a Chinese ministry’s text a paraphrase (转述)', async () => {
    await openMeeting(`${QIN}?cn=cn-mfa-zh-rfi&us=us-state-zh-rfi`, 'zh');
    const cn = screen.getByRole('region', { name: /中方纪要/ });
    expect(within(cn).getByRole('radio', { name: '中文 · 法国国际广播电台中文网转述' })).toBeChecked();
    const us = screen.getByRole('region', { name: /美方纪要/ });
    expect(within(us).getByRole('radio', { name: '中文 · 法国国际广播电台中文网译文' })).toBeChecked();
    expect(corpusMeeting(QIN).readouts.find((r) => r.id === 'cn-mfa-zh-rfi')?.kind).toBe('translation');
  });
});

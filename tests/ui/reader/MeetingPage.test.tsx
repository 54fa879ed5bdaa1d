// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusMeeting, renderApp } from '../render-app';

afterEach(cleanup);

const QIN = '2023-06-14-qin-blinken';
/** The Qin–Blinken call on its two Chinese texts (an English reader lands on the English ones). */
const QIN_ZH = `${QIN}?cn=cn-mfa-zh-rfi&us=us-state-zh-rfi`;

async function openMeeting(id: string, lang: 'en' | 'zh' = 'en') {
  await renderApp(`#/meeting/${id}`, lang);
  await screen.findByRole('heading', { level: 1 }, { timeout: 10000 });
  return screen.findByRole(
    'table',
    { name: /Topics of the two readouts|两份纪要的议题/ },
    { timeout: 10000 },
  );
}

function topicRow(grid: HTMLElement, label: string): HTMLElement {
  return within(grid).getByRole('button', { name: label }).closest('tr') as HTMLElement;
}

describe('MeetingPage', () => {
  it('shows each side’s provenance: issuer, kind, paraphrase, excerpt, quoting article', async () => {
    await openMeeting(QIN_ZH);
    const cn = screen.getByRole('region', { name: /Chinese-side readout/ });
    expect(within(cn).getAllByText(/Ministry of Foreign Affairs/).length).toBeGreaterThan(0);
    // A Chinese outlet's account of a Chinese ministry's text is a paraphrase, not a translation.
    expect(within(cn).getByText(/Chinese paraphrase by RFI/)).toBeInTheDocument();
    expect(within(cn).getByRole('radio', { name: /Chinese · paraphrased by RFI/ })).toBeChecked();
    expect(within(cn).getByText('excerpt only')).toBeInTheDocument();
    expect(
      within(cn).getByRole('link', { name: /RFI \(Radio France Internationale\) Chinese/ }),
    ).toBeInTheDocument();
    // The project's seed file names mean nothing to a reader.
    expect(within(cn).queryByText(/003_367715f6ebdcc400/)).toBeNull();
    expect(within(cn).queryByText(/source file/)).toBeNull();
    const us = screen.getByRole('region', { name: /US-side readout/ });
    expect(within(us).getAllByText(/U\.S\. Department of State/).length).toBeGreaterThan(0);
  });

  it('switches a side between its texts and says when a translation is the project’s own', async () => {
    const user = userEvent.setup();
    await openMeeting(QIN);
    const cn = screen.getByRole('region', { name: /Chinese-side readout/ });
    await user.click(within(cn).getByRole('radio', { name: /English · project's translation/ }));
    expect(within(cn).getByText(/the project's own unofficial translation/)).toBeInTheDocument();
    const english = corpusMeeting(QIN).readouts.find((r) => r.id === 'cn-mfa-en-rfi');
    expect(document.querySelector('[data-readout-id="cn-mfa-en-rfi"]')).not.toBeNull();
    expect(english).toBeDefined();
  });

  it('shows Taiwan and internal affairs as mentioned only by the Chinese side, not as the US leaving them out', async () => {
    const grid = await openMeeting(QIN);
    for (const label of ['Taiwan', 'Sovereignty and internal affairs']) {
      const row = topicRow(grid, label);
      expect(within(row).getByText('Only the Chinese side')).toBeInTheDocument();
      expect(row.querySelector('.absence')).toHaveTextContent(/US side: not in the quoted excerpt/);
      expect(
        within(row).getByRole('img', { name: /US side: not in the quoted excerpt/ }),
      ).toBeInTheDocument();
    }
  });

  it('says at a glance what only one side mentions, and a topic picked there is selected in the grid too', async () => {
    const user = userEvent.setup();
    const grid = await openMeeting(QIN_ZH);
    const glance = screen.getByRole('region', { name: 'At a glance' });
    const list = within(glance).getByRole('list', { name: 'What each side added or left out' });
    const [cnOnly, usOnly] = within(list).getAllByRole('listitem');
    expect(cnOnly).toHaveTextContent(/^Only the Chinese side mentions/);
    expect(within(cnOnly as HTMLElement).getByRole('button', { name: 'Taiwan' })).toBeInTheDocument();
    expect(cnOnly).toHaveTextContent(
      "the US side's text is only an excerpt: its full readout may mention them",
    );
    expect(usOnly).toHaveTextContent(/^Only the US side mentions/);
    expect(
      within(usOnly as HTMLElement).getByRole('button', { name: 'Lines of communication' }),
    ).toBeInTheDocument();

    const taiwan = within(glance).getByRole('button', { name: 'Taiwan' });
    await user.click(taiwan);
    expect(taiwan).toHaveAttribute('aria-pressed', 'true');
    expect(within(grid).getByRole('button', { name: 'Taiwan' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('.aligned-rows .is-topic-hit')).toHaveTextContent('台湾');
    await user.click(taiwan);
    expect(taiwan).toHaveAttribute('aria-pressed', 'false');
  });

  it('says what the one readout there mentions when the other is missing, with a link to paste it', async () => {
    await openMeeting('2024-01-08-defense-policy-talks');
    const glance = screen.getByRole('region', { name: 'At a glance' });
    const item = within(glance).getAllByRole('listitem')[0] as HTMLElement;
    expect(item).toHaveTextContent(/^The Chinese side's readout mentions/);
    expect(item).not.toHaveTextContent('Only the');
    expect(within(item).getByRole('button', { name: 'Taiwan' })).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'paste it to compare' })).toHaveAttribute(
      'href',
      '#/new?from=2024-01-08-defense-policy-talks',
    );
  });

  it('says it in Chinese in the Chinese UI', async () => {
    await openMeeting(QIN, 'zh');
    const glance = screen.getByRole('region', { name: '一览' });
    expect(within(glance).getAllByRole('listitem')[0]).toHaveTextContent(
      /^仅中方提到.*台湾问题.*美方文本仅为节选/,
    );
  });

  it('opens a link on its topic, and puts the topic the reader selects in the address to share', async () => {
    const user = userEvent.setup();
    const grid = await openMeeting(`${QIN}?topic=taiwan&cn=cn-mfa-zh-rfi&us=us-state-zh-rfi`);
    expect(within(grid).getByRole('button', { name: 'Taiwan' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('.aligned-rows .is-topic-hit')).toHaveTextContent('台湾');

    await user.click(within(grid).getByRole('button', { name: 'Sovereignty and internal affairs' }));
    const texts = 'cn=cn-mfa-zh-rfi&us=us-state-zh-rfi';
    expect(window.location.hash).toBe(`#/meeting/${QIN}?topic=internal-affairs&${texts}`);
    await user.click(within(grid).getByRole('button', { name: 'Sovereignty and internal affairs' }));
    expect(window.location.hash).toBe(`#/meeting/${QIN}?${texts}`);
    // The page stays where it is: no new page, no focus jump to its heading.
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus();
  });

  it('ignores a link topic that is no topic id', async () => {
    const grid = await openMeeting(`${QIN}?topic=%3Cb%3E`);
    expect(within(grid).queryAllByRole('button', { pressed: true })).toEqual([]);
    expect(window.location.hash).toBe(`#/meeting/${QIN}`);
  });

  it('translates chart labels with the UI language', async () => {
    await openMeeting(QIN, 'zh');
    const grid = screen.getByRole('table', { name: /两份纪要的议题/ });
    expect(within(grid).getByRole('img', { name: /中方在左/ })).toBeInTheDocument();
    expect(within(topicRow(grid, '台湾问题')).getByText('仅中方')).toBeInTheDocument();
  });

  it('selecting a topic (keyboard) marks its sentences on both sides', async () => {
    const user = userEvent.setup();
    const grid = await openMeeting(QIN_ZH);
    const button = within(grid).getByRole('button', { name: 'Lines of communication' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    const hits = document.querySelectorAll('.sentence.is-topic-hit');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.textContent).toMatch(/沟通渠道/);
    expect(document.querySelectorAll('mark.topic-selected').length).toBeGreaterThan(0);

    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(document.querySelectorAll('.sentence.is-topic-hit')).toHaveLength(0);
  });

  it('labels unpaired rows as only in one readout, with the excerpt caveat', async () => {
    await openMeeting(QIN);
    const rows = screen.getByRole('list', { name: /Aligned sentences/ });
    expect(within(rows).getAllByText('Only in the Chinese readout').length).toBeGreaterThan(0);
    expect(within(rows).getAllByText(/The US-side text is only an excerpt/).length).toBeGreaterThan(0);
  });

  it('invites the reader to paste a missing side', async () => {
    await openMeeting('2024-01-08-defense-policy-talks');
    const us = screen.getByRole('region', { name: /US-side readout/ });
    expect(within(us).getByText(/readout is not available in the sources/)).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: 'Readout not available — paste it' });
    expect(links.length).toBeGreaterThan(0);
    // The bring-your-own page opens with this meeting's known side and details.
    for (const link of links)
      expect(link).toHaveAttribute('href', '#/new?from=2024-01-08-defense-policy-talks');
    const grid = screen.getByRole('table', { name: /Topics of the two readouts/ });
    expect(within(grid).getAllByText(/US side: readout not available/).length).toBeGreaterThan(0);
  });

  it('keeps the notes DOM contract: each text leaf has its readout id, offset and one raw text node', async () => {
    await openMeeting('2024-01-10-liu-finer');
    const meeting = corpusMeeting('2024-01-10-liu-finer');
    const leaves = [...document.querySelectorAll<HTMLElement>('[data-readout-id]')];
    expect(leaves.length).toBeGreaterThan(10);
    for (const leaf of leaves) {
      expect(leaf.childNodes).toHaveLength(1);
      expect(leaf.firstChild?.nodeType).toBe(Node.TEXT_NODE);
      const text = meeting.readouts.find((r) => r.id === leaf.dataset.readoutId)?.text ?? '';
      const offset = Number(leaf.dataset.offset);
      expect(text.slice(offset, offset + (leaf.textContent ?? '').length)).toBe(leaf.textContent);
    }
  });

  it('shows word differences per aligned pair when both texts share a language', async () => {
    const user = userEvent.setup();
    await openMeeting('2024-01-10-wang-wentao-raimondo');
    const diff = screen.getByRole('checkbox', { name: 'Show word differences' });
    if (diff.hasAttribute('disabled'))
      await user.click(screen.getByRole('radio', { name: 'Both in Chinese' }));
    await user.click(screen.getByRole('checkbox', { name: 'Show word differences' }));
    const rows = screen.getByRole('list', { name: /Aligned sentences/ });
    expect(rows.querySelectorAll('del.diff-delete').length).toBeGreaterThan(0);
    expect(rows.querySelectorAll('ins.diff-insert').length).toBeGreaterThan(0);
    for (const mark of rows.querySelectorAll<HTMLElement>('del.diff-delete, ins.diff-insert')) {
      expect(mark.dataset.readoutId).toBeTruthy();
    }
  });

  it('keeps the reader’s "Both in Chinese" checked when the closest texts are already both Chinese', async () => {
    const user = userEvent.setup();
    await openMeeting('2024-01-10-liu-finer');
    const closest = screen.getByRole('radio', { name: 'Closest to the official texts' });
    const chinese = screen.getByRole('radio', { name: 'Both in Chinese' });
    // An English reader lands on the English texts.
    expect(screen.getByRole('radio', { name: 'Both in English' })).toBeChecked();
    await user.click(closest);
    expect(closest).toBeChecked();
    // The US side's closest text is RFI's six-sentence rendering, not Initium's two sentences.
    const us = screen.getByRole('region', { name: /US-side readout/ });
    expect(within(us).getByRole('radio', { name: /translated by RFI/ })).toBeChecked();
    await user.click(chinese);
    expect(chinese).toBeChecked();
    expect(closest).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Show word differences' })).toBeEnabled();
    await user.click(closest);
    expect(closest).toBeChecked();
  });

  it('describes strong wording and who speaks on focus, in a live status line', async () => {
    const user = userEvent.setup();
    await openMeeting(QIN_ZH);
    const first = document.querySelector<HTMLElement>('.sentence[tabindex="0"]');
    expect(first).not.toBeNull();
    first?.focus();
    const status = screen.getByText((_, el) => el?.classList.contains('sentence-info') ?? false);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-sentence');
    expect(document.activeElement).not.toBe(first);
    const strong = document.querySelector<HTMLElement>('.sentence.strength-strong');
    expect(strong).not.toBeNull();
    act(() => strong?.focus());
    expect(status.textContent).toMatch(/Strong wording: 严正 and 强调/);
  });

  it('offers full texts side by side as another layout', async () => {
    const user = userEvent.setup();
    await openMeeting(QIN);
    await user.click(screen.getByRole('radio', { name: 'Full texts side by side' }));
    expect(screen.getByRole('region', { name: 'Chinese-side readout' })).toBeInTheDocument();
    expect(document.querySelectorAll('.pane-scroll p').length).toBeGreaterThan(1);
  });

  it('diffs two versions of one side’s readout in the same language', async () => {
    const user = userEvent.setup();
    await openMeeting('2024-01-10-liu-finer');
    const us = screen.getByRole('region', { name: /US-side readout/ });
    await user.click(
      within(us).getByText('Compare with another version of this readout in the same language'),
    );
    // The differ loads on opening.
    const flow = await waitFor(() => {
      const found = us.querySelector('.version-flow');
      expect(found).not.toBeNull();
      return found;
    });
    const ids = new Set(
      [...(flow?.querySelectorAll<HTMLElement>('[data-readout-id]') ?? [])].map((e) => e.dataset.readoutId),
    );
    // In English, the two back-translations (the texts an English reader lands on).
    expect(ids).toEqual(new Set(['us-wh-en-initium', 'us-wh-en-rfi']));
    expect(flow?.querySelectorAll('del, ins').length).toBeGreaterThan(0);
  });
});

// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeTrustStores, renderTrust, trustMeeting } from './trust-harness';

afterEach(async () => {
  cleanup();
  await closeTrustStores();
});

const ROUTE = '#/meeting/2024-02-01-trust';
const SUMMIT = "Implementing leaders' consensus";

async function openTrust(hash = ROUTE, options: Parameters<typeof renderTrust>[1] = {}) {
  const rendered = await renderTrust(hash, options);
  const grid = await screen.findByRole('table', { name: /Topics of the two readouts/ }, { timeout: 10000 });
  const glance = screen.getByRole('region', { name: 'At a glance' });
  return { ...rendered, grid, glance };
}

function row(grid: HTMLElement, label: string): HTMLElement {
  return within(grid).getByRole('button', { name: label }).closest('tr') as HTMLElement;
}

function glanceLine(glance: HTMLElement, lead: RegExp): HTMLElement | undefined {
  return within(glance)
    .queryAllByRole('listitem')
    .find((li) => lead.test(li.textContent ?? ''));
}

describe('evidence at every claim', () => {
  it('lists a possibly-both topic on its own line in the glance, never as "only" one side', async () => {
    const { glance } = await openTrust();
    const possibly = glanceLine(glance, /^Possibly both — check/);
    expect(possibly).toBeDefined();
    expect(within(possibly as HTMLElement).getByRole('button', { name: SUMMIT })).toBeInTheDocument();
    const cnOnly = glanceLine(glance, /^Only the Chinese side mentions/) as HTMLElement;
    expect(within(cnOnly).queryByRole('button', { name: SUMMIT })).toBeNull();
    expect(within(cnOnly).getByRole('button', { name: 'Core interests and red lines' })).toBeInTheDocument();
  });

  it('opens a glance claim’s evidence by keyboard: the sentence, its matched words, the silent side; Escape closes', async () => {
    const user = userEvent.setup();
    const { glance } = await openTrust();
    const toggle = within(glance).getByRole('button', { name: 'Evidence for “Counternarcotics”' });
    act(() => toggle.focus());
    const panel = await screen.findByRole('group', { name: 'Evidence: Counternarcotics' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveTextContent('Only the US side mentions “Counternarcotics”.');
    expect(panel).toHaveTextContent('The Secretary urged action on fentanyl.');
    expect(within(panel).getByText('fentanyl', { selector: 'mark' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('No mention found, and the looser search found nothing either.');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Evidence: Counternarcotics' })).toBeNull();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens a grid row’s evidence by click with the candidate; confirming it makes the topic shared and checked', async () => {
    const user = userEvent.setup();
    const { grid, glance } = await openTrust();
    const summit = row(grid, SUMMIT);
    expect(within(summit).getByText('Possibly both — check')).toBeInTheDocument();
    await user.click(within(summit).getByRole('button', { name: `Evidence for “${SUMMIT}”` }));
    const panel = screen.getByRole('group', { name: `Evidence: ${SUMMIT}` });
    expect(panel).toHaveTextContent('No sure mention, but the looser search found:');
    expect(panel).toHaveTextContent('The two presidents met in Woodside in November.');
    expect(within(panel).getByText('two presidents', { selector: 'mark' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'No' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: `Yes, it mentions ${SUMMIT}` }));
    await waitFor(() => expect(within(row(grid, SUMMIT)).getByText('Both sides')).toBeInTheDocument());
    // The row says it is checked, and its evidence (still open) now quotes both sides.
    const claim = row(grid, SUMMIT).querySelector('.topic-claim') as HTMLElement;
    expect(within(claim).getAllByText('checked by you')[0]).toBeVisible();
    expect(panel).toHaveTextContent(`Both sides mention “${SUMMIT}”.checked by you`);
    expect(glanceLine(glance, /^Possibly both/)).toBeUndefined();
    expect(glance).toHaveTextContent('Both sides mention 3 topics.');
  });

  it('rejecting the candidate makes the claim one-sided, checked by the reader', async () => {
    const user = userEvent.setup();
    const { grid, glance } = await openTrust();
    await user.click(within(glance).getByRole('button', { name: `Evidence for “${SUMMIT}”` }));
    const panel = screen.getByRole('group', { name: `Evidence: ${SUMMIT}` });
    await user.click(within(panel).getByRole('button', { name: 'No' }));
    await waitFor(() =>
      expect(within(row(grid, SUMMIT)).getByText('Only the Chinese side')).toBeInTheDocument(),
    );
    const cnOnly = glanceLine(glance, /^Only the Chinese side mentions/) as HTMLElement;
    expect(within(cnOnly).getByRole('button', { name: SUMMIT })).toBeInTheDocument();
    expect(cnOnly).toHaveTextContent('checked by you');
  });
});

describe('numbers only where they mean something', () => {
  it('compares shares and wording between two full texts, with the words themselves', async () => {
    const { grid } = await openTrust();
    const taiwan = row(grid, 'Taiwan');
    expect(within(taiwan).getByRole('img').getAttribute('aria-label')).toMatch(
      /Chinese side: \d+% of the text/,
    );
    expect(taiwan).toHaveTextContent('Stronger wording: Chinese side (CN 强调 · US discussed)');
    expect(row(grid, 'Trade and commercial issues')).toHaveTextContent(
      'Wording of the same strength: CN 讨论 · US discussed',
    );
  });

  it('shows counts, not shares, and no "more room" or "stronger wording" when a text is an excerpt', async () => {
    const meeting = trustMeeting('2024-02-02-excerpt', 'excerpt');
    const { grid, glance } = await openTrust('#/meeting/2024-02-02-excerpt', { meetings: [meeting] });
    expect(
      screen.getByText(/Shares of text are not compared: the US side's text is only an excerpt/),
    ).toBeVisible();
    for (const img of within(grid).getAllByRole('img'))
      expect(img.getAttribute('aria-label') ?? '').not.toMatch(/%/);
    const taiwan = row(grid, 'Taiwan');
    expect(within(taiwan).getByRole('img')).toHaveAccessibleName(
      'Chinese side: 1 sentence; US side: 1 sentence',
    );
    expect(taiwan).not.toHaveTextContent('Stronger wording');
    expect(taiwan).toHaveTextContent('Wording: CN 强调 · US discussed');
    expect(glance).toHaveTextContent(
      "Who gives them more room is not compared: the US side's text is only an excerpt.",
    );
    expect(glance).not.toHaveTextContent('gives more room to');
  });
});

describe('the reader corrects the tagger', () => {
  function sentenceEl(text: string): HTMLElement {
    const sentence = [...document.querySelectorAll<HTMLElement>('.aligned-rows [data-sentence]')].find(
      (s) => s.textContent === text,
    );
    if (!sentence) throw new Error(`no sentence ${text}`);
    return sentence;
  }

  /** A click that selects no text selects the sentence: its topics show under the column heads. */
  async function selectSentence(user: ReturnType<typeof userEvent.setup>, text: string) {
    await user.click(sentenceEl(text));
    return screen.findByRole('group', { name: /Topics of the selected sentence/ });
  }

  it('opens a sentence’s topics by keyboard too, and Escape goes back to the sentence', async () => {
    const user = userEvent.setup();
    await openTrust();
    await user.click(sentenceEl('双方同意落实两国元首达成的重要共识。'));
    await user.keyboard('{ArrowDown}');
    const tools = await screen.findByRole('group', { name: 'Topics of the selected sentence (US side)' });
    expect(tools).toHaveTextContent('The two presidents met in Woodside in November.');
    within(tools).getByRole('combobox', { name: 'Add a topic' }).focus();
    await user.keyboard('{Escape}');
    expect(sentenceEl('The two presidents met in Woodside in November.')).toHaveFocus();
  });

  it('removes a topic from a sentence: glance and grid follow at once, and Undo puts it back', async () => {
    const user = userEvent.setup();
    const { grid, glance } = await openTrust();
    expect(within(grid).getByRole('button', { name: 'Counternarcotics' })).toBeInTheDocument();
    const tools = await selectSentence(user, 'The Secretary urged action on fentanyl.');
    expect(tools).toHaveTextContent('Counternarcotics');
    await user.click(
      within(tools).getByRole('button', { name: 'Remove topic Counternarcotics from this sentence' }),
    );
    await waitFor(() => expect(within(grid).queryByRole('button', { name: 'Counternarcotics' })).toBeNull());
    expect(glanceLine(glance, /^Only the US side mentions/)).toBeUndefined();
    const undo = within(tools).getByRole('button', {
      name: 'Undo your change to topic Counternarcotics on this sentence',
    });
    await waitFor(() => expect(undo).toHaveFocus());
    await user.click(undo);
    await waitFor(() =>
      expect(within(grid).getByRole('button', { name: 'Counternarcotics' })).toBeInTheDocument(),
    );
    expect(
      within(glanceLine(glance, /^Only the US side mentions/) as HTMLElement).getByRole('button', {
        name: 'Counternarcotics',
      }),
    ).toBeInTheDocument();
  });

  it('adds a topic to a sentence: the new one-sided claim shows in the grid, checked, with the reader’s sentence', async () => {
    const user = userEvent.setup();
    const { grid, glance } = await openTrust();
    expect(within(grid).queryByRole('button', { name: 'South China Sea' })).toBeNull();
    const tools = await selectSentence(user, '中方强调，台湾问题是核心利益。');
    await user.selectOptions(within(tools).getByRole('combobox', { name: 'Add a topic' }), 'south-china-sea');
    await user.click(within(tools).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(within(grid).getByRole('button', { name: 'South China Sea' })).toBeInTheDocument(),
    );
    const sea = row(grid, 'South China Sea');
    expect(sea).toHaveTextContent('Only the Chinese side');
    expect(sea).toHaveTextContent('checked by you');
    expect(
      within(glanceLine(glance, /^Only the Chinese side mentions/) as HTMLElement).getByRole('button', {
        name: 'South China Sea',
      }),
    ).toBeInTheDocument();
    expect(within(tools).getByText('added by you')).toBeInTheDocument();
    await user.click(within(sea).getByRole('button', { name: 'Evidence for “South China Sea”' }));
    const panel = screen.getByRole('group', { name: 'Evidence: South China Sea' });
    expect(panel).toHaveTextContent('中方强调，台湾问题是核心利益。');
    expect(panel).toHaveTextContent('(you said it does)');
  });
});

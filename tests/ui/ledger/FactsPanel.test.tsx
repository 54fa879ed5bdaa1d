// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingLedger } from '../../../src/core/ledger/meeting-ledger';
import type { Side } from '../../../src/core/model';
import { factsView } from '../../../src/core/view/ledger-facts';
import { FactsPanel } from '../../../src/ui/ledger/FactsPanel';
import { corpusMeeting, data, ledgerState, lexicon, renderLedger, spyTarget } from './ledger-harness';

afterEach(cleanup);

const QIN = '2023-06-14-qin-blinken';

function termValue(region: HTMLElement, term: string): HTMLElement {
  const dt = within(region)
    .getAllByRole('term')
    .find((el) => el.textContent === term);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`);
  return dd;
}

/** Qin–Blinken (the Chinese text says 应约: the US side asked) with the meeting's record saying `requestedBy`. */
function withRecord(requestedBy: Side) {
  const state = ledgerState(QIN, 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
  const ledger = meetingLedger({
    comparison: state.comparison,
    texts: state.texts,
    phrases: data.phrases,
    commitments: data.commitments,
    lexicon,
    meeting: { ...corpusMeeting(QIN), requestedBy },
    readoutIds: state.readoutIds,
  });
  return { ...state, ledger };
}

describe('the event facts panel', () => {
  it('says who asked for the call with the words marked, one click from the sentence', async () => {
    const user = userEvent.setup();
    const state = ledgerState(QIN, 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    const target = spyTarget();
    await renderLedger(<FactsPanel facts={factsView(state.ledger, state.texts)} />, { state, target });
    const panel = screen.getByRole('region', { name: 'Event facts' });
    const asked = termValue(panel, 'Who asked for it');
    expect(asked).toHaveTextContent('The US side asked for it, as the Chinese-side readout says:');
    const quote = within(asked).getByRole('button', { name: /应约同美国国务卿布林肯/ });
    expect(quote.querySelector('mark')).toHaveTextContent(/^应约同美国国务卿布林肯$/);
    await user.click(quote);
    expect(target.goTo).toHaveBeenCalledWith(0, 0);
    expect(termValue(panel, 'Format')).toHaveTextContent(
      /Phone call \(from the meeting’s record\) the texts say/,
    );
    expect(termValue(panel, 'Length')).toHaveTextContent(
      'Chinese side against US side: 2 paragraphs against 1 · 4 sentences against 2 · 195 characters against 103',
    );
  });

  it('shows each readout’s length, first speaker, whose words it reports and who published it', async () => {
    const state = ledgerState(QIN, 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    await renderLedger(<FactsPanel facts={factsView(state.ledger, state.texts)} />, { state });
    const cn = screen.getByRole('region', { name: 'The Chinese side’s text' });
    expect(termValue(cn, 'Length')).toHaveTextContent(
      '195 characters · 100 words · 4 sentences · 2 paragraphs',
    );
    expect(termValue(cn, 'Speaks first')).toHaveTextContent(/^The Chinese side/);
    const shares = within(termValue(cn, 'Whose words it reports')).getAllByRole('listitem');
    expect(shares.map((li) => li.textContent)).toEqual([
      'The Chinese side: 54%',
      'The US side: 0%',
      'Both sides: 0%',
      'No speaker stated: 46%',
    ]);
    expect(termValue(cn, 'Published by')).toHaveTextContent(/Ministry of Foreign Affairs .* \(via RFI/);
    const us = screen.getByRole('region', { name: 'The US side’s text' });
    expect(termValue(us, 'Speaks first')).toHaveTextContent(/^Both sides together/);
    // Without a reader to scroll, a quote is plain text.
    expect(within(us).queryByRole('button')).toBeNull();
  });

  it('in Chinese too', async () => {
    const state = ledgerState(QIN, 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    await renderLedger(<FactsPanel facts={factsView(state.ledger, state.texts)} />, { state, lang: 'zh' });
    const panel = screen.getByRole('region', { name: '事件要素' });
    expect(termValue(panel, '由谁提出')).toHaveTextContent('美方提出，中方纪要原话为：');
    expect(termValue(panel, '篇幅')).toHaveTextContent(
      '中方对美方：2 段对 1 段 · 4 句对 2 句 · 195 字对 103 字',
    );
  });

  it('gives who asked from the meeting’s record, with the texts’ words that say so', async () => {
    const state = withRecord('us');
    await renderLedger(<FactsPanel facts={factsView(state.ledger, state.texts)} />, { state });
    const asked = termValue(screen.getByRole('region', { name: 'Event facts' }), 'Who asked for it');
    expect(asked).toHaveTextContent(
      /^The US side asked for it \(from the meeting’s record\)\.The Chinese-side readout says so: .*应约同美国国务卿布林肯/,
    );
    expect(asked).not.toHaveTextContent(/Disputed/);
  });

  it('says so when the record and the texts disagree, keeping the texts’ words', async () => {
    const state = withRecord('cn');
    await renderLedger(<FactsPanel facts={factsView(state.ledger, state.texts)} />, { state, lang: 'zh' });
    const asked = termValue(screen.getByRole('region', { name: '事件要素' }), '由谁提出');
    expect(asked).toHaveTextContent(/^中方提出（据会晤信息）。有争议：会晤信息与文本说法不一。/);
    expect(within(asked).getByRole('listitem')).toHaveTextContent(
      /^中方纪要称由美方提出：.*应约同美国国务卿布林肯/,
    );
  });
});

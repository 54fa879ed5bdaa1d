// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { commitmentsView } from '../../../src/core/view/ledger-commitments';
import { CommitmentsList } from '../../../src/ui/ledger/CommitmentsList';
import { data, ledgerState, renderLedger, spyTarget } from './ledger-harness';

afterEach(cleanup);

describe('the commitments list', () => {
  it('says which side lists each assurance, which leaves it out, and marks one said not given', async () => {
    const state = ledgerState(
      null,
      {
        text: '拜登总统表示，美方不寻求新冷战，不支持“台独”。',
        side: 'cn',
        lang: 'zh',
        completeness: 'full',
      },
      {
        text: 'President Biden said the United States does not seek a new Cold War. He did not say that the United States does not support Taiwan independence.',
        side: 'us',
        lang: 'en',
        completeness: 'full',
      },
    );
    const lists = commitmentsView(state.ledger, data.commitments.data, state.texts);
    await renderLedger(<CommitmentsList lists={lists} langs={['zh', 'en']} />, {
      state,
      target: spyTarget(),
    });
    const region = screen.getByRole('region', { name: 'Commitments and assurances' });
    expect(within(region).getByRole('heading', { name: /Four noes and one no intention/ })).toHaveTextContent(
      'given by the US side',
    );
    const items = within(region)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('commitment-item'));
    const coldWar = items.find((li) => li.textContent?.startsWith('does not seek a new Cold War'));
    expect(coldWar).toHaveTextContent('Chinese side: listed');
    expect(coldWar).toHaveTextContent('US side: listed');
    const taiwan = items.find((li) => li.textContent?.startsWith('does not support Taiwan independence'));
    expect(taiwan).toHaveClass('is-negated');
    expect(taiwan).toHaveTextContent('US side: says it was not given');
    // The negation's words are the ones marked in its sentence.
    const marked = within(taiwan as HTMLElement)
      .getAllByRole('button')
      .map((b) => b.querySelector('mark')?.textContent);
    expect(marked).toContain('did not say');
    expect(region).toHaveTextContent(/more items? of this list (is|are) in neither readout/);
  });

  it('says so when neither readout has any tracked item', async () => {
    const state = ledgerState(
      null,
      { text: '双方就经贸问题交换了意见。', side: 'cn', lang: 'zh' },
      { text: 'The two sides discussed trade.', side: 'us', lang: 'en' },
    );
    const lists = commitmentsView(state.ledger, data.commitments.data, state.texts);
    await renderLedger(<CommitmentsList lists={lists} langs={['zh', 'en']} />, { state, lang: 'zh' });
    expect(screen.getByRole('region', { name: '表态清单' })).toHaveTextContent(
      /两份纪要都没有所跟踪的 \d+ 份清单中的任何一项/,
    );
  });
});

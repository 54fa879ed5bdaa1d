// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

afterEach(cleanup);

const FINER_ZH = '#/meeting/2024-01-10-liu-finer?cn=cn-idcpc-zh&us=us-wh-zh-rfi';

describe('the ledger on a meeting page', () => {
  it('follows the texts with the facts, the set phrases (marks and glance) and the commitments', async () => {
    await renderApp(FINER_ZH);
    await screen.findByRole('heading', { level: 1 }, { timeout: 10000 });
    const facts = await screen.findByRole('region', { name: 'Event facts' }, { timeout: 10000 });
    // The panels come after the texts.
    const firstSentence = document.querySelector('[data-readout-id]');
    expect(firstSentence?.compareDocumentPosition(facts)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(screen.getByRole('region', { name: 'Commitments and assurances' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy ledger' })).toBeInTheDocument();
    const glance = screen.getByRole('region', { name: 'At a glance' });
    const phrases = within(glance).getByRole('list', { name: 'How the two sides word set phrases' });
    expect(phrases).toHaveTextContent(
      'The Chinese side says “重要共识”; the US side, “主要成果” (not equivalent).',
    );
    await waitFor(() => expect(document.querySelector('.reading mark.phrase-mark')).not.toBeNull());
    expect(
      within(document.querySelector('.reading') as HTMLElement).getAllByRole('button', {
        name: 'Set phrase: Important consensus',
      }),
    ).toHaveLength(2);
  });

  it('marks the sentence a quote points to', async () => {
    const user = userEvent.setup();
    await renderApp(FINER_ZH);
    const facts = await screen.findByRole('region', { name: 'Event facts' }, { timeout: 10000 });
    const us = within(facts).getByRole('region', { name: 'The US side’s text' });
    const [quote] = within(us).getAllByRole('button');
    await user.click(quote as HTMLElement);
    await waitFor(() => expect(document.querySelectorAll('.sentence.is-ledger-target')).toHaveLength(1));
    const target = document.querySelector<HTMLElement>('.sentence.is-ledger-target');
    expect(target?.dataset.side).toBe('1');
    await waitFor(() => expect(document.activeElement).toBe(target));
  });

  it('opens on the sentence a link names', async () => {
    await renderApp(`${FINER_ZH}&s=us:2`);
    await screen.findByRole('region', { name: 'Event facts' }, { timeout: 10000 });
    await waitFor(() => {
      const target = document.querySelector<HTMLElement>('.sentence.is-ledger-target');
      expect(target?.dataset.side).toBe('1');
      expect(target?.dataset.sentence).toBe('2');
    });
  });
});

// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { correctionNote } from '../../../src/core/notes/corrections';
import { US_TEXT } from '../../core/view/trust-fixtures';
import { closeTrustStores, renderTrust } from '../reader/trust-harness';

afterEach(async () => {
  cleanup();
  await closeTrustStores();
});

const SUMMIT = "Implementing leaders' consensus";

async function openList() {
  const rendered = await renderTrust('#/');
  const grid = await screen.findByRole('table', {
    name: /Topics mentioned by the Chinese side and the US side/,
  });
  return { ...rendered, grid };
}

function rowOf(grid: HTMLElement, label: string): HTMLElement | null {
  return (
    (within(grid).queryByRole('rowheader', { name: label })?.closest('tr') as HTMLElement | null) ?? null
  );
}

describe('the meetings × topics grid', () => {
  it('marks a possibly-both topic and shows its candidate at the cell; the reader’s answer updates the cell', async () => {
    const user = userEvent.setup();
    const { grid } = await openList();
    const summit = rowOf(grid, SUMMIT) as HTMLElement;
    expect(within(summit).getAllByText('US side: possibly mentioned (to check)').length).toBeGreaterThan(0);
    await user.click(within(summit).getByRole('button', { name: `Evidence for “${SUMMIT}”` }));
    const panel = screen.getByRole('group', { name: `Evidence: ${SUMMIT}` });
    expect(panel).toHaveTextContent('The two presidents met in Woodside in November.');
    expect(within(panel).getByText('two presidents', { selector: 'mark' })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: `Yes, it mentions ${SUMMIT}` }));
    await waitFor(() =>
      expect(
        within(rowOf(grid, SUMMIT) as HTMLElement).getAllByText('US side: mentioned').length,
      ).toBeGreaterThan(0),
    );
    expect(within(rowOf(grid, SUMMIT) as HTMLElement).getAllByText('checked by you').length).toBeGreaterThan(
      0,
    );
  });

  it('quotes a one-sided claim’s sentence from the index, without the readout texts', async () => {
    const user = userEvent.setup();
    const { grid } = await openList();
    const row = rowOf(grid, 'Counternarcotics') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Evidence for “Counternarcotics”' }));
    const panel = screen.getByRole('group', { name: 'Evidence: Counternarcotics' });
    expect(panel).toHaveTextContent('Only the US side mentions “Counternarcotics”.');
    expect(panel).toHaveTextContent('The Secretary urged action on fentanyl.');
  });

  it('follows a correction made elsewhere (the meeting page, another tab)', async () => {
    const { grid, session } = await openList();
    expect(rowOf(grid, 'Counternarcotics')).not.toBeNull();
    const start = US_TEXT.indexOf('The Secretary');
    await act(async () => {
      await session.create(
        correctionNote({
          id: 'correction-1',
          meetingId: '2024-02-01-trust',
          now: new Date(),
          readout: { id: 'us-en', side: 'us', text: US_TEXT },
          sentence: { start, end: start + 'The Secretary urged action on fentanyl.'.length },
          topicId: 'counternarcotics',
          verdict: 'absent',
        }),
      );
    });
    await waitFor(() => expect(rowOf(grid, 'Counternarcotics')).toBeNull());
    // The topic filter follows too: the meeting no longer mentions it.
    const filter = screen.getByRole('combobox', { name: 'Topic' });
    expect(within(filter).queryByRole('option', { name: 'Counternarcotics' })).toBeNull();
  });
});

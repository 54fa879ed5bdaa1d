// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoute } from '../../../src/core/view/route';
import { i18n } from '../../../src/i18n';
import { AcrossMeetingsPage } from '../../../src/ui/ledger/AcrossMeetingsPage';

afterEach(cleanup);

async function renderPage(lang: 'en' | 'zh' = 'en') {
  await i18n.changeLanguage(lang);
  await i18n.loadNamespaces('ledger');
  render(<AcrossMeetingsPage />);
  return screen.findByRole('table');
}

const columnHeads = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .filter((th) => th.getAttribute('scope') === 'col')
    .slice(1)
    .map((th) => th.querySelector('.across-date')?.textContent);

describe('the ledger across meetings', () => {
  it('lays every corpus meeting out in date order, topics, phrases and commitments down', async () => {
    const table = await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'The ledger across meetings' })).toBeInTheDocument();
    expect(columnHeads(table)).toEqual([
      'Jun 14, 2023',
      'Jan 8, 2024',
      'Jan 10, 2024',
      'Jan 10, 2024',
      'Jan 10, 2024',
      'Jan 18, 2024',
    ]);
    const groups = within(table)
      .getAllByRole('columnheader')
      .filter((th) => th.getAttribute('scope') === 'colgroup')
      .map((th) => th.textContent);
    expect(groups).toEqual(['Topics', 'Set phrases', 'Commitments']);
  });

  it('filters by kind and words, and a cell links to its sentence on the texts the row was made of', async () => {
    const user = userEvent.setup();
    const table = await renderPage();
    await user.click(screen.getByRole('checkbox', { name: 'Topics' }));
    await user.click(screen.getByRole('checkbox', { name: 'Commitments' }));
    await user.type(screen.getByRole('searchbox', { name: 'Words' }), '伍德赛德');
    // The words are looked for in labels, cells and evidence: the phrases of the sentence that says 伍德赛德.
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toContain('San Francisco / Woodside');
    expect(columnHeads(table)).toEqual(['Jan 10, 2024']);
    const row = rows.find((r) => r.textContent === 'San Francisco / Woodside')?.closest('tr') as HTMLElement;
    const link = within(row).getByRole('link', {
      name: /^US \(US side\): “伍德赛德” \(not equivalent\)\. Open the sentence$/,
    });
    const route = parseRoute(link.getAttribute('href') ?? '');
    expect(route).toMatchObject({
      name: 'meeting',
      id: '2024-01-10-liu-finer',
      texts: { cn: 'cn-idcpc-zh', us: 'us-wh-zh-rfi' },
      sentence: { side: 'us' },
    });
    expect(within(row).getByText('(Chinese side): not used')).toHaveClass('sr-only');
    expect(screen.getByRole('status')).toHaveTextContent(`${rows.length} rows in 1 meetings.`);
  });

  it('filters by side and by dates, and clears', async () => {
    const user = userEvent.setup();
    const table = await renderPage();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-01-09' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-01-10' } });
    expect(columnHeads(table)).toEqual(['Jan 10, 2024', 'Jan 10, 2024', 'Jan 10, 2024']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Side' }), 'Only one side has it');
    for (const cell of within(table).getAllByRole('list')) {
      const sides = within(cell).getAllByRole('listitem');
      expect(sides.filter((li) => li.querySelector('a')).length).toBe(1);
    }
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(columnHeads(table)).toHaveLength(6);
    expect(screen.getByLabelText('From')).toHaveValue('');
  });

  it('takes dates typed as YYYY-MM-DD; a day that does not exist filters nothing and says why', async () => {
    const user = userEvent.setup();
    const table = await renderPage();
    const from = screen.getByRole('textbox', { name: 'From' });
    expect(from).toHaveAttribute('placeholder', 'YYYY-MM-DD');
    await user.type(from, '2024-02-30');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(/There is no such day/);
    expect(columnHeads(table)).toHaveLength(6);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('');
  });

  it('in Chinese, with the export buttons', async () => {
    await renderPage('zh');
    expect(screen.getByRole('heading', { level: 1, name: '跨会晤对照' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载 CSV' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '下载 Markdown' })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: '固定表述' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: '起' })).toHaveAttribute('placeholder', '年-月-日');
  });
});

// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

afterEach(cleanup);

describe('the meetings × topics legend', () => {
  it('names each of the five marks, each with its own shape (no two circles told apart by dots)', async () => {
    await renderApp('#/', 'zh');
    const legend = await screen.findByRole('list', { name: '图例' }, { timeout: 10000 });
    const items = within(legend).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.trim())).toEqual([
      '● 提到',
      '◐ 可能提到（待核对）',
      '○ 未提及（全文）',
      '… 引述节选中未见',
      '– 暂无纪要',
    ]);
  });
});

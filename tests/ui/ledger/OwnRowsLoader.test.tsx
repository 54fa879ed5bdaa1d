// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../../src/core/model';
import { AppDataProvider } from '../../../src/ui/app/app-data';
import { OwnRowsLoader } from '../../../src/ui/ledger/OwnRowsLoader';
import type { OwnRowsState } from '../../../src/ui/ledger/use-own-rows';
import { corpusMeeting, lexicon } from './ledger-harness';

afterEach(cleanup);

/** One of the reader's own meetings: a pasted pair (written for the test, not a quotation). */
function ownMeeting(): Meeting {
  const base = corpusMeeting('2023-06-14-qin-blinken');
  const text = (id: string, side: 'cn' | 'us', lang: 'zh' | 'en', body: string) => ({
    ...base.readouts[0],
    id,
    side,
    lang,
    kind: 'original' as const,
    completeness: 'full' as const,
    text: body,
    quotedIn: [],
    source: {},
  });
  return {
    ...base,
    id: 'user-2025-01-01-test',
    date: '2025-01-01',
    origin: 'user',
    title: { en: 'A pasted call', zh: '粘贴的通话' },
    missing: [],
    readouts: [
      text('cn-own', 'cn', 'zh', '王毅表示，中方坚持一个中国原则。双方同意保持沟通。'),
      text(
        'us-own',
        'us',
        'en',
        'The Secretary reaffirmed our one China policy. Both sides agreed to keep communicating.',
      ),
    ],
  } as Meeting;
}

describe('the reader’s own meetings across meetings', () => {
  it('are compared in the browser and given as rows in both languages, on their texts', async () => {
    const onRows = vi.fn<(state: OwnRowsState) => void>();
    render(
      <AppDataProvider data={{ meetings: [], lexicon }}>
        <OwnRowsLoader meetings={[ownMeeting()]} onRows={onRows} />
      </AppDataProvider>,
    );
    await waitFor(() => expect(onRows.mock.lastCall?.[0].pending).toBe(0), { timeout: 15000 });
    const state = onRows.mock.lastCall?.[0];
    expect(state?.failed).toEqual([]);
    const [own] = state?.done ?? [];
    expect(own).toMatchObject({ meetingId: 'user-2025-01-01-test', texts: { cn: 'cn-own', us: 'us-own' } });
    const oneChina = own?.rows.en.find((r) => r.kind === 'phrase' && r.item === 'one-china');
    expect(oneChina?.cells).toEqual(['“一个中国原则”', '“our one China policy” (not equivalent)']);
    expect(oneChina?.meeting).toBe('A pasted call');
    expect(own?.rows.zh.find((r) => r.item === 'one-china')?.meeting).toBe('粘贴的通话');
  });
});

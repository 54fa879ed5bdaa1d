import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../../src/core/ledger/ledger-rows';
import { ledgerRows } from '../../../src/core/ledger/ledger-rows';
import {
  type AcrossRow,
  cellHref,
  cellState,
  filterRows,
  hasSide,
  NO_FILTER,
  timeline,
} from '../../../src/core/view/ledger-across';
import { parseRoute } from '../../../src/core/view/route';
import { corpusLedger } from '../ledger/ledger-fixtures';

function rowsOf(meetingId: string, a: string, b: string, lang: 'en' | 'zh' = 'en'): AcrossRow[] {
  const { ledger, texts } = corpusLedger(meetingId, a, b);
  return ledgerRows({ ledger, texts }, lang).map((r) => ({
    ...r,
    texts: { cn: a, us: b },
    origin: 'corpus',
  }));
}

const QIN = rowsOf('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
const FINER = rowsOf('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
const ALL = [...FINER, ...QIN];
const find = (rows: readonly AcrossRow[], kind: LedgerRow['kind'], item: string) =>
  rows.find((r) => r.kind === kind && r.item === item);

describe('the ledger across meetings', () => {
  it('filters by kind, side, words and dates', () => {
    expect(filterRows(ALL, NO_FILTER)).toHaveLength(ALL.length);
    const phrases = filterRows(ALL, { ...NO_FILTER, kinds: ['phrase'] });
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.every((r) => r.kind === 'phrase')).toBe(true);
    const us = filterRows(ALL, { ...NO_FILTER, side: 'us' });
    expect(us.every((r) => hasSide(r, 1))).toBe(true);
    const oneSided = filterRows(ALL, { ...NO_FILTER, side: 'one-sided' });
    expect(oneSided.every((r) => hasSide(r, 0) !== hasSide(r, 1))).toBe(true);
    const both = filterRows(ALL, { ...NO_FILTER, side: 'both' });
    expect(both.every((r) => hasSide(r, 0) && hasSide(r, 1))).toBe(true);
    const consensus = filterRows(ALL, { ...NO_FILTER, query: '重要共识' });
    expect(consensus.map((r) => r.item)).toContain('important-consensus');
    expect(consensus.every((r) => JSON.stringify(r).includes('重要共识'))).toBe(true);
    expect(consensus.length).toBeLessThan(FINER.length);
    expect(
      filterRows(ALL, { ...NO_FILTER, query: 'TAIWAN  qin' }).every((r) => r.meetingId.includes('qin')),
    ).toBe(true);
    expect(filterRows(ALL, { ...NO_FILTER, from: '2024-01-01' }).every((r) => r.date >= '2024-01-01')).toBe(
      true,
    );
    expect(
      filterRows(ALL, { ...NO_FILTER, to: '2023-12-31' }).every((r) => r.meetingId.includes('qin')),
    ).toBe(true);
  });

  it('lays the rows out as a timeline: meetings by date, items by kind and first appearance', () => {
    const table = timeline(ALL);
    expect(table.meetings.map((m) => m.id)).toEqual(['2023-06-14-qin-blinken', '2024-01-10-liu-finer']);
    expect(table.groups.map((g) => g.kind)).toEqual(['topic', 'phrase', 'commitment']);
    const phrases = table.groups.find((g) => g.kind === 'phrase')?.items ?? [];
    const firsts = phrases.map((i) => i.first);
    expect(firsts).toEqual([...firsts].sort());
    const consensus = phrases.find((i) => i.item === 'important-consensus');
    expect([...(consensus?.cells.keys() ?? [])]).toEqual(['2024-01-10-liu-finer']);
  });

  it('links a cell to its sentence, on the texts the row was made of', () => {
    const taiwan = find(QIN, 'topic', 'taiwan');
    if (!taiwan) throw new Error('Taiwan row');
    const href = cellHref(taiwan, 0);
    expect(href).toBe(
      `#/meeting/2023-06-14-qin-blinken?topic=taiwan&cn=cn-mfa-zh-rfi&us=us-state-zh-rfi&s=cn:${taiwan.sentences[0]}`,
    );
    expect(parseRoute(href ?? '')).toMatchObject({
      name: 'meeting',
      topic: 'taiwan',
      sentence: { side: 'cn', index: taiwan.sentences[0] },
    });
    expect(cellHref(taiwan, 1)).toBeNull();
    const consensus = find(FINER, 'phrase', 'important-consensus');
    expect(consensus && cellHref(consensus, 1)).toMatch(
      /^#\/meeting\/2024-01-10-liu-finer\?cn=cn-idcpc-zh&us=us-wh-zh-rfi&s=us:\d+$/,
    );
  });

  it('reads each side of a cell as a state for its symbol, in either language', () => {
    const consensus = find(FINER, 'phrase', 'important-consensus');
    if (!consensus) throw new Error('row');
    expect(cellState(consensus, 0, 'en')).toEqual({ kind: 'present', mark: 'uses' });
    expect(cellState(consensus, 1, 'en')).toEqual({ kind: 'present', mark: 'not-equivalent' });
    const taiwan = find(QIN, 'topic', 'taiwan');
    if (!taiwan) throw new Error('row');
    expect(cellState(taiwan, 0, 'en')).toEqual({ kind: 'present', mark: 'mentioned' });
    expect(cellState(taiwan, 1, 'en')).toEqual({ kind: 'absent', reason: 'not-in-excerpt' });
    const zh = find(
      rowsOf('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi', 'zh'),
      'topic',
      'taiwan',
    );
    if (!zh) throw new Error('row');
    expect(cellState(zh, 1, 'zh')).toEqual({ kind: 'absent', reason: 'not-in-excerpt' });
  });
});

import { describe, expect, it } from 'vitest';
import { ledgerRows } from '../../../src/core/ledger/ledger-rows';
import { corpusLedger, ledgerOf } from './ledger-fixtures';

describe('the ledger as rows of the across-meetings table', () => {
  const { ledger, texts, comparison } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
  const rows = ledgerRows({ ledger, texts }, 'en');

  it('has one row per topic and phrase found, with both sides and the sentence that shows it', () => {
    expect(rows.filter((r) => r.kind === 'topic')).toHaveLength(ledger.topics.length);
    expect(rows.filter((r) => r.kind === 'phrase').map((r) => r.item)).toEqual(
      ledger.phrases.map((p) => p.id),
    );
    const taiwan = rows.find((r) => r.kind === 'topic' && r.item === 'taiwan');
    expect(taiwan).toMatchObject({
      date: '2024-01-10',
      meetingId: '2024-01-10-liu-finer',
      label: 'Taiwan',
      parties: ['cn', 'us'],
    });
    expect(taiwan?.cells).toEqual(['not in the excerpt', 'mentioned (2)']);
    const index = taiwan?.sentences[1] ?? -1;
    expect(taiwan?.evidence[1]).toBe(comparison.sides[1].sentences[index]?.text);
    expect(taiwan?.evidence[0]).toBe('');
  });

  it('links a phrase cell to the sentence holding it', () => {
    const woodside = rows.find((r) => r.item === 'san-francisco');
    expect(woodside?.cells).toEqual(['', '“伍德赛德” (not equivalent)']);
    expect(woodside?.evidence[1]).toContain('伍德赛德峰会');
  });

  it('has a commitment row only where a side lists (or negates) the item, and speaks Chinese on request', () => {
    const commitments = rows.filter((r) => r.kind === 'commitment');
    expect(commitments.map((r) => [r.item, ...r.cells])).toEqual([
      ['us-taiwan-line/strait-peace-stability', 'not in the excerpt', 'listed'],
    ]);
    const zh = ledgerRows({ ledger, texts }, 'zh').find((r) => r.kind === 'commitment');
    expect(zh?.cells).toEqual(['摘录中无', '列出']);
    expect(zh?.meeting).toBe(ledger.meeting?.title.zh);
  });

  it('takes an id and a title from the caller for pasted texts', () => {
    const pasted = ledgerOf(
      { text: '双方应相互尊重。', side: 'cn' },
      { text: 'Mutual respect.', side: 'us' },
    );
    const [first] = ledgerRows(
      { ...pasted, fallback: { id: 'user-1', title: 'My pair', date: '2025-01-01' } },
      'en',
    );
    expect(first).toMatchObject({ meetingId: 'user-1', meeting: 'My pair', date: '2025-01-01' });
  });
});

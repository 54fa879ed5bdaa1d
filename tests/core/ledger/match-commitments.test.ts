import { describe, expect, it } from 'vitest';
import type { CommitmentListResult } from '../../../src/core/ledger/match-commitments';
import { at, corpusLedger, ledgerOf } from './ledger-fixtures';

const item = (lists: CommitmentListResult[], list: string, id: string) =>
  lists.find((l) => l.id === list)?.items.find((i) => i.id === id);

// Written for the test in the style of the Chinese readouts of 2022–2023 (not a quotation of any readout).
const FOUR_NOES_ZH =
  '拜登总统表示，美方不寻求新冷战，不寻求改变中国体制，不寻求通过强化同盟关系反对中国，不支持“台独”，无意同中国发生冲突。';
const FOUR_NOES_EN =
  "President Biden said the United States does not seek a new Cold War, does not seek to change China's system, does not seek to oppose China by strengthening its alliances, does not support Taiwan independence, and has no intention of having a conflict with China.";

describe('the commitments tracker', () => {
  it('finds each of the "four noes and one no intention" in either language', () => {
    const { ledger } = ledgerOf(
      { text: FOUR_NOES_ZH, side: 'cn', lang: 'zh' },
      { text: FOUR_NOES_EN, side: 'us', lang: 'en' },
    );
    const noes = ledger.commitments.find((l) => l.id === 'us-four-noes');
    expect(noes?.items.map((i) => [i.id, ...i.status])).toEqual([
      ['no-new-cold-war', 'listed', 'listed'],
      ['no-system-change', 'listed', 'listed'],
      ['no-alliances-against-china', 'listed', 'listed'],
      ['no-taiwan-independence', 'listed', 'listed'],
      ['no-conflict', 'listed', 'listed'],
    ]);
    expect(noes?.listed).toEqual([5, 5]);
    expect(noes?.ownSide).toBe(1);
  });

  it('records which side lists an item and why the other does not (a full text leaves it out)', () => {
    const { ledger } = ledgerOf(
      { text: FOUR_NOES_ZH, side: 'cn', lang: 'zh', completeness: 'full' },
      {
        text: 'The two leaders discussed fentanyl and climate change.',
        side: 'us',
        lang: 'en',
        completeness: 'full',
      },
    );
    expect(item(ledger.commitments, 'us-four-noes', 'no-new-cold-war')).toMatchObject({
      status: ['listed', 'absent'],
      absence: [null, 'omitted'],
    });
  });

  it('a NEGATED assurance is not listed (并未表示不支持“台独”, "did not say it does not support …")', () => {
    const zh = '美方并未表示不支持“台独”。';
    const en = 'The US side did not say that it does not support Taiwan independence.';
    const { ledger, texts } = ledgerOf(
      { text: zh, side: 'cn', lang: 'zh' },
      { text: en, side: 'cn', lang: 'en' },
    );
    const taiwan = item(ledger.commitments, 'us-four-noes', 'no-taiwan-independence');
    expect(taiwan?.status).toEqual(['negated', 'negated']);
    expect(taiwan?.matches.map((ms, i) => ms.map((m) => m.cue && at(texts[i as 0 | 1], m.cue)))).toEqual([
      ['并未'],
      ['did not say'],
    ]);
    expect(item(ledger.commitments, 'us-four-noes', 'no-taiwan-independence')?.absence).toEqual([
      'omitted',
      'omitted',
    ]);
  });

  it('a negation of one item does not reach the next clause', () => {
    const { ledger } = ledgerOf(
      { text: '美方未重申不寻求新冷战，但表示不支持“台独”。', side: 'cn', lang: 'zh' },
      { text: '', side: 'us', lang: 'en', completeness: 'missing' },
    );
    expect(item(ledger.commitments, 'us-four-noes', 'no-new-cold-war')?.status[0]).toBe('negated');
    expect(item(ledger.commitments, 'us-four-noes', 'no-taiwan-independence')?.status[0]).toBe('listed');
    expect(item(ledger.commitments, 'us-four-noes', 'no-taiwan-independence')?.absence[1]).toBe(
      'readout-missing',
    );
  });

  it("China's asks on Taiwan in a real readout and its translation", () => {
    const { ledger } = corpusLedger(
      '2024-01-08-defense-policy-talks',
      'cn-mnd-zh-zhixinwen',
      'cn-mnd-en-zhixinwen',
    );
    const asks = ledger.commitments.find((l) => l.id === 'cn-taiwan-asks');
    expect(asks?.items.map((i) => [i.id, ...i.status])).toEqual([
      ['abide-one-china', 'listed', 'listed'],
      ['stop-arming-taiwan', 'listed', 'listed'],
      ['oppose-independence-in-action', 'listed', 'listed'],
      ['honor-commitments', 'listed', 'listed'],
    ]);
    // Two texts of the Chinese side: neither is the US side's own readout.
    expect(ledger.commitments.find((l) => l.id === 'us-four-noes')?.ownSide).toBeNull();
  });

  it('lists every list and item, absent ones too, with their labels', () => {
    const { ledger } = ledgerOf(
      { text: '双方讨论了经贸问题。', side: 'cn' },
      { text: 'They discussed trade.', side: 'us' },
    );
    expect(ledger.commitments.length).toBeGreaterThanOrEqual(5);
    for (const list of ledger.commitments) {
      expect(list.listed).toEqual([0, 0]);
      for (const it of list.items) expect(it.label.zh).toMatch(/\p{Script=Han}/u);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { parseCommitments } from '../../../src/core/ledger/parse-commitments';
import { commitmentCount, commitmentsView } from '../../../src/core/view/ledger-commitments';
import { corpusText, dataPath, ledgerOf, readData } from '../ledger/ledger-fixtures';

const DEFENSE = '2024-01-08-defense-policy-talks';
const data = parseCommitments(readData('commitments.yaml'), dataPath('commitments.yaml'));

describe('the commitments list of a meeting', () => {
  it('lists what one side has, and why the other has none: the corpus talks without a US readout', () => {
    const { ledger, texts } = ledgerOf(corpusText(DEFENSE, 'cn-mnd-zh-zhixinwen'), {
      text: '',
      side: 'us',
      lang: 'en',
      completeness: 'missing',
    });
    const lists = commitmentsView(ledger, data, texts);
    const asks = lists.find((l) => l.id === 'cn-taiwan-asks');
    expect(asks?.ownSide).toBe(0);
    expect(asks?.items.map((i) => i.id)).toContain('abide-one-china');
    for (const item of asks?.items ?? []) {
      expect(item.sides[0]).toMatchObject({ status: 'listed', cue: null });
      expect(item.sides[0].quote?.words).not.toBe('');
      expect(item.sides[1]).toMatchObject({ status: 'absent', absence: 'readout-missing', quote: null });
    }
    const total = data.lists.find((l) => l.id === 'cn-taiwan-asks')?.items.length ?? 0;
    expect(asks?.neither).toBe(total - (asks?.items.length ?? 0));
    expect(commitmentCount(lists)).toBe(asks?.items.length);
  });

  it('says a full readout left an item out', () => {
    const { ledger, texts } = ledgerOf(
      { text: '中方要求美方恪守一个中国原则，停止武装台湾。', side: 'cn', lang: 'zh', completeness: 'full' },
      { text: 'The two sides discussed trade and climate.', side: 'us', lang: 'en', completeness: 'full' },
    );
    const asks = commitmentsView(ledger, data, texts).find((l) => l.id === 'cn-taiwan-asks');
    expect(asks?.items.length).toBeGreaterThan(0);
    expect(asks?.items[0]?.sides[1]).toMatchObject({ status: 'absent', absence: 'omitted' });
  });

  it('marks an assurance a readout says was not given, with the words that say so', () => {
    const { ledger, texts } = ledgerOf(
      { text: '拜登总统表示，美方不支持“台独”。', side: 'cn', lang: 'zh', completeness: 'full' },
      {
        text: 'President Biden did not say that the United States does not support Taiwan independence.',
        side: 'us',
        lang: 'en',
        completeness: 'full',
      },
    );
    const noes = commitmentsView(ledger, data, texts).find((l) => l.id === 'us-four-noes');
    const taiwan = noes?.items.find((i) => i.id === 'no-taiwan-independence');
    expect(taiwan?.sides[0].status).toBe('listed');
    expect(taiwan?.sides[1]).toMatchObject({ status: 'negated' });
    expect(taiwan?.sides[1].cue?.words).toMatch(/did not say/);
    expect(noes?.ownSide).toBe(1);
  });
});

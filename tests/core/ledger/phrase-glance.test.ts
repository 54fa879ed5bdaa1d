import { describe, expect, it } from 'vitest';
import { describeGlance } from '../../../src/core/ledger/describe-glance';
import { corpusLedger, ledgerOf } from './ledger-fixtures';

describe('the glance over set phrases', () => {
  it('says where one side renders a phrase differently (Liu–Finer: 重要共识 against 主要成果)', () => {
    const { ledger } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
    const item = ledger.glance.find((g) => g.id === 'important-consensus');
    expect(item).toMatchObject({ kind: 'different', nonEquivalent: true, absence: [null, null] });
    expect(item?.sides.map((s) => s.words)).toEqual([['重要共识'], ['主要成果']]);
    expect(item && describeGlance(item, ['cn', 'us'], 'en')).toBe(
      'The Chinese side says “重要共识”; the US side, “主要成果” (not equivalent).',
    );
    expect(item && describeGlance(item, ['cn', 'us'], 'zh')).toBe(
      '中方说“重要共识”，美方说“主要成果”（不对等）。',
    );
  });

  it('says where only one side uses a phrase, and why the other is silent (an excerpt)', () => {
    const { ledger } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
    const woodside = ledger.glance.find((g) => g.id === 'san-francisco');
    expect(woodside).toMatchObject({
      kind: 'only-b',
      nonEquivalent: true,
      absence: ['not-in-excerpt', null],
    });
    expect(woodside && describeGlance(woodside, ['cn', 'us'], 'en')).toBe(
      'The US side says “伍德赛德”; the Chinese side does not use it (not in the excerpt).',
    );
  });

  it('"the Chinese side says 一个中国原则, the US side \'one China policy\'"', () => {
    const { ledger } = ledgerOf(
      { text: '中方要求美方恪守一个中国原则。', side: 'cn', lang: 'zh' },
      { text: 'President Biden said our one China policy has not changed.', side: 'us', lang: 'en' },
    );
    const item = ledger.glance.find((g) => g.id === 'one-china');
    expect(item?.sides.map((s) => s.forms)).toEqual([
      [{ form: 'principle', stance: 'uses' }],
      [{ form: 'policy', stance: 'uses' }],
    ]);
    expect(item && describeGlance(item, ['cn', 'us'], 'en')).toBe(
      'The Chinese side says “一个中国原则”; the US side, “our one China policy” (not equivalent).',
    );
  });

  it('leaves out phrases both sides word alike, across languages and inflections', () => {
    const { ledger } = corpusLedger('2024-01-18-financial-working-group', 'cn-pboc-en', 'us-treasury-en-voa');
    expect(ledger.phrases.find((p) => p.id === 'candid')?.matches.map((m) => m.length)).toEqual([1, 1]);
    expect(ledger.glance.some((g) => g.id === 'candid')).toBe(false);
    const { ledger: zh } = corpusLedger(
      '2024-01-18-financial-working-group',
      'cn-pboc-zh',
      'us-treasury-zh-voa',
    );
    expect(zh.glance.find((g) => g.id === 'candid')?.sides.map((s) => s.words)).toEqual([['坦诚'], ['坦率']]);
  });

  it('tells a side that rejects a phrase from one that uses it, and marks the refusal', () => {
    const { ledger } = ledgerOf(
      { text: '中方反对所谓“脱钩断链”。', side: 'cn', lang: 'zh' },
      { text: 'The two sides discussed the risks of decoupling.', side: 'us', lang: 'en' },
    );
    const item = ledger.glance.find((g) => g.id === 'decoupling');
    expect(item?.kind).toBe('different');
    expect(item && describeGlance(item, ['cn', 'us'], 'en')).toBe(
      'The Chinese side says “脱钩断链” (rejected); the US side, “decoupling”.',
    );
    const both = ledgerOf(
      { text: '中方反对所谓“脱钩断链”。', side: 'cn', lang: 'zh' },
      { text: '美方表示不寻求脱钩断链。', side: 'us', lang: 'zh' },
    );
    expect(both.ledger.glance.some((g) => g.id === 'decoupling')).toBe(false);
  });

  it('names two texts of one side "Text A" / "Text B"', () => {
    const { ledger } = ledgerOf(
      { text: '双方进行了坦诚的沟通。', side: 'us', lang: 'zh' },
      { text: '双方进行了坦率的沟通。', side: 'us', lang: 'zh' },
    );
    const item = ledger.glance.find((g) => g.id === 'candid');
    expect(item && describeGlance(item, ['us', 'us'], 'en')).toBe(
      'Text A says “坦诚”; Text B, “坦率” (not equivalent).',
    );
  });
});

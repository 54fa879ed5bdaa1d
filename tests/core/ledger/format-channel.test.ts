import { describe, expect, it } from 'vitest';
import { at, corpusLedger, ledgerOf } from './ledger-fixtures';

describe('format and channel', () => {
  it('takes the format from the meeting record, and shows the words of the texts', () => {
    const { ledger, texts } = corpusLedger('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    const f = ledger.facts.format;
    expect([f.value, f.source, f.textValue]).toEqual(['phone', 'meeting', 'phone']);
    expect(f.evidence && at(texts[f.evidence.side], f.evidence)).toBe('通电话');
  });

  it('reads the format from pasted texts: a call outranks the summit it refers to (旧金山会晤)', () => {
    const mofcom = ledgerOf(
      { text: '双方围绕落实两国元首旧金山会晤重要共识进行了沟通。', side: 'cn', lang: 'zh' },
      { text: '这次通话是跟进两位部长去年的会晤。', side: 'us', lang: 'zh' },
    );
    expect(mofcom.ledger.facts.format).toMatchObject({
      value: 'phone',
      source: 'text',
      evidence: { side: 1 },
    });
    const video = ledgerOf(
      { text: 'Wang Xiaohong held a video call with Mayorkas.', side: 'cn' },
      { text: '', side: 'us' },
    );
    expect(video.ledger.facts.format.value).toBe('video');
    const none = ledgerOf({ text: '专业、务实、坦诚和建设性的沟通', side: 'cn' }, { text: '', side: 'us' });
    expect(none.ledger.facts.format).toEqual({ value: null, source: null, evidence: null, textValue: null });
  });

  it("names each side's issuer and the outlets the text comes through", () => {
    const { ledger } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
    const [cn, us] = ledger.facts.channels;
    expect(cn).toMatchObject({ side: 'cn', readoutId: 'cn-idcpc-zh', kind: 'original', missing: false });
    expect(cn?.issuer?.en).toMatch(/International Department/);
    expect(us?.issuer?.zh).toBe('白宫');
    expect(us?.via.map((v) => v.en)).toEqual(['RFI (Radio France Internationale) Chinese']);
    expect(us?.issuers).toHaveLength(1);
  });

  it('records a missing side as missing, and has no channel without a meeting record', () => {
    const { ledger } = corpusLedger(
      '2024-01-08-defense-policy-talks',
      'cn-mnd-zh-zhixinwen',
      'cn-mnd-en-zhixinwen',
    );
    expect(ledger.facts.format.value).toBe('talks');
    const pasted = ledgerOf(
      { text: '双方通电话。', side: 'cn' },
      { text: 'They spoke by phone.', side: 'us' },
    );
    expect(pasted.ledger.facts.channels).toEqual([null, null]);
  });
});

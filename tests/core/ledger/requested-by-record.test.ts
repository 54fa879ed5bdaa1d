import { describe, expect, it } from 'vitest';
import type { Meeting, Side } from '../../../src/core/model';
import { at, corpusLedger, corpusText, ledgerOf } from './ledger-fixtures';

const QIN = '2023-06-14-qin-blinken';
const FINER = '2024-01-10-liu-finer';

/** The ledger of two corpus texts, with the meeting's record saying who asked (or not). */
function withRecord(meetingId: string, a: string, b: string, requestedBy?: Side) {
  const { meeting } = corpusLedger(meetingId, a, b);
  const record: Meeting = { ...meeting, ...(requestedBy ? { requestedBy } : {}) };
  return ledgerOf(corpusText(meetingId, a), corpusText(meetingId, b), {
    meeting: record,
    readoutIds: [a, b],
  });
}

describe('who asked for the call, from the meeting’s record', () => {
  it('the record answers; the texts’ words that say the same are its evidence', () => {
    const { ledger, texts } = withRecord(QIN, 'cn-mfa-zh-rfi', 'us-state-zh-rfi', 'us');
    const record = ledger.facts.requestRecord;
    expect(record).toMatchObject({ party: 'us', side: 'b', disagreeing: [] });
    expect(record?.agreeing.map((m) => [m.side, at(texts[m.side], m)])).toEqual([
      [0, '应约同美国国务卿布林肯'],
    ]);
    // The texts' own reading stays as it was (the CLI's contract).
    expect(ledger.facts.requestedBy).toBe('b');
  });

  it('a record the texts contradict keeps their words as a dispute', () => {
    const { ledger, texts } = withRecord(QIN, 'cn-mfa-zh-rfi', 'us-state-zh-rfi', 'cn');
    const record = ledger.facts.requestRecord;
    expect(record).toMatchObject({ party: 'cn', side: 'a', agreeing: [] });
    expect(record?.disagreeing.map((m) => [m.party, at(texts[m.side], m)])).toEqual([
      ['us', '应约同美国国务卿布林肯'],
    ]);
  });

  it('a record with no text saying so has no evidence and no dispute', () => {
    const { ledger } = withRecord(FINER, 'cn-idcpc-zh', 'us-wh-en-rfi', 'us');
    expect(ledger.facts.requestRecord).toEqual({ party: 'us', side: 'b', agreeing: [], disagreeing: [] });
  });

  it('no record: null, and the texts alone answer as before', () => {
    const { ledger } = withRecord(QIN, 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    expect(ledger.facts.requestRecord).toBeNull();
    expect(ledger.facts.requestedParty).toBe('us');
  });

  it('a third party’s request in a text is neither evidence nor a dispute', () => {
    const { meeting } = corpusLedger(FINER, 'cn-idcpc-zh', 'us-wh-en-rfi');
    const { ledger } = ledgerOf(
      { text: '王毅应约同美国国务卿布林肯通电话。', side: 'cn', lang: 'zh' },
      { text: 'Secretary Blinken spoke with Wang Yi at the request of Ukraine.', side: 'us', lang: 'en' },
      { meeting: { ...meeting, requestedBy: 'cn' } },
    );
    // 应约 names the US side (a dispute); "at the request of Ukraine" names no side and counts for nothing.
    expect(ledger.facts.requestRecord?.disagreeing.map((m) => [m.side, m.party])).toEqual([[0, 'us']]);
    expect(ledger.facts.requestRecord?.agreeing).toEqual([]);
  });

  it('two texts of one side: the record names the asker, but neither compared side', () => {
    const { meeting } = corpusLedger(QIN, 'cn-mfa-zh-rfi', 'us-state-zh-rfi');
    const { ledger } = ledgerOf(
      { text: '王毅同布林肯通电话。', side: 'cn', lang: 'zh' },
      { text: 'Wang Yi spoke with Blinken.', side: 'cn', lang: 'en' },
      { meeting: { ...meeting, requestedBy: 'us' } },
    );
    expect(ledger.facts.requestRecord).toMatchObject({ party: 'us', side: null });
  });
});

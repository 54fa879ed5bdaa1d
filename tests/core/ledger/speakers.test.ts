import { describe, expect, it } from 'vitest';
import { at, corpusLedger } from './ledger-fixtures';

describe('who speaks first, and how much of each readout reports each side', () => {
  it("Liu–Finer (White House, RFI): 双方 first, the first single speaker is the readout's own (Finer)", () => {
    const { ledger, texts } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-en-rfi');
    const [cnFirst, usFirst] = ledger.facts.firstSpeaker;
    expect(cnFirst).toMatchObject({ sentence: 0, speaker: 'both', party: 'both' });
    expect(cnFirst && at(texts[0], cnFirst.evidence)).toBe('双方认为');
    expect(usFirst).toMatchObject({ sentence: 1, speaker: 'both' });
    const single = ledger.facts.firstSingleSpeaker;
    expect(single[0]).toBeNull();
    expect(single[1]).toMatchObject({ sentence: 4, speaker: 'self', party: 'us' });
    expect(single[1] && at(texts[1], single[1].evidence)).toMatch(
      /^U\.S\. Principal Deputy National Security Advisor Mr\. Jon Finer stressed/,
    );
  });

  it('shares are characters of attributed sentences over all characters', () => {
    const { ledger, comparison } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-en-rfi');
    const shares = ledger.facts.speakerShares[1];
    const total = Object.values(shares).reduce((n, s) => n + s.chars, 0);
    expect(total).toBe(ledger.facts.lengths[1].chars);
    expect(Object.values(shares).reduce((n, s) => n + s.sentences, 0)).toBe(
      comparison.sides[1].sentences.length,
    );
    const finer = comparison.sides[1].sentences[4]?.text.replace(/\s/g, '').length ?? 0;
    expect(shares.self).toEqual({
      chars: finer,
      sentences: 1,
      share: Math.round((finer / total) * 1000) / 1000,
    });
    expect(shares.counterpart.share).toBe(0);
  });

  it('a readout with no stated speaker says so (null, not a guess)', () => {
    const { ledger } = corpusLedger('2024-01-18-financial-working-group', 'cn-pboc-zh', 'us-treasury-zh-voa');
    expect(ledger.facts.firstSpeaker[0]).toBeNull();
    expect(ledger.facts.speakerShares[0].unstated.share).toBe(1);
    expect(ledger.facts.firstSpeaker[1]).toMatchObject({ speaker: 'self', party: 'us' });
  });
});

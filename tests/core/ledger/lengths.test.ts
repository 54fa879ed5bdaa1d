import { describe, expect, it, vi } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { countChars, lengthRatio } from '../../../src/core/ledger/lengths';
import { meetingLedger } from '../../../src/core/ledger/meeting-ledger';
import { realLexicon } from '../compare/corpus-texts';
import { corpusLedger, ledgerOf, shippedCommitments, shippedPhrases } from './ledger-fixtures';

describe('lengths and ratio', () => {
  it('counts characters without whitespace (code points), sentences and paragraphs of a real readout', () => {
    const { ledger, texts } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-en-rfi');
    const [cn, us] = ledger.facts.lengths;
    expect(cn).toMatchObject({ chars: texts[0].replace(/\s/g, '').length, sentences: 1, paragraphs: 1 });
    expect(us).toMatchObject({ chars: texts[1].replace(/\s/g, '').length, sentences: 6, paragraphs: 6 });
    // Words by the platform's segmenter: a plain sentence counts as expected, Chinese has fewer words than characters.
    const plain = ledgerOf(
      { text: 'The two sides met today.', side: 'us', lang: 'en' },
      { text: '双方今天举行了会谈。', side: 'cn', lang: 'zh' },
    );
    expect(plain.ledger.facts.lengths[0].words).toBe(5);
    expect(plain.ledger.facts.lengths[1].words).toBeGreaterThan(1);
    expect(plain.ledger.facts.lengths[1].words).toBeLessThan(plain.ledger.facts.lengths[1].chars);
    expect(countChars('𠮷 a\tb\n')).toBe(3);
  });

  it('takes the words from the comparison: the page making the ledger segments nothing (a segmenter’s first use is slow)', () => {
    const a = { text: 'The two sides met today.', side: 'us', lang: 'en' } as const;
    const b = { text: '双方今天举行了会谈。', side: 'cn', lang: 'zh' } as const;
    const comparison = compareReadouts(a, b, realLexicon());
    // Segmenters are cached: what must not happen is any segmenting while the ledger is made.
    const segmenter = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const ledger = meetingLedger({
        comparison,
        texts: [a.text, b.text],
        phrases: shippedPhrases(),
        commitments: shippedCommitments(),
        lexicon: realLexicon(),
      });
      expect(ledger.facts.lengths.map((l) => l.words)).toEqual([5, comparison.sides[1].words]);
      expect(segmenter).not.toHaveBeenCalled();
    } finally {
      segmenter.mockRestore();
    }
  });

  it('gives side a over side b and says when the figures do not compare', () => {
    const { ledger } = corpusLedger('2024-01-10-liu-finer', 'cn-idcpc-zh', 'us-wh-zh-rfi');
    expect(ledger.facts.ratio).toMatchObject({
      sentences: 0.17,
      paragraphs: 0.17,
      sameLanguage: true,
      comparable: false,
    });
    const cross = corpusLedger('2023-06-14-qin-blinken', 'cn-mfa-zh-rfi', 'us-state-en-rfi');
    expect(cross.ledger.facts.ratio.sameLanguage).toBe(false);
  });

  it('"four paragraphs against twenty": paragraphs are the engine\'s, and full texts compare', () => {
    const para = (_: number) => '双方讨论了经贸问题。双方还讨论了人文交流。';
    const a = Array.from({ length: 4 }, (_, i) => para(i)).join('\n\n');
    const b = Array.from({ length: 20 }, (_, i) => para(i)).join('\n\n');
    const { ledger } = ledgerOf(
      { text: a, side: 'cn', lang: 'zh', completeness: 'full' },
      { text: b, side: 'us', lang: 'zh', completeness: 'full' },
    );
    expect(ledger.facts.lengths.map((l) => l.paragraphs)).toEqual([4, 20]);
    expect(ledger.facts.ratio).toMatchObject({
      paragraphs: 0.2,
      sentences: 0.2,
      chars: 0.2,
      comparable: true,
    });
  });

  it('has no ratio against an empty side', () => {
    const zero = { chars: 0, words: 0, sentences: 0, paragraphs: 0 };
    expect(
      lengthRatio([{ chars: 5, words: 2, sentences: 1, paragraphs: 1 }, zero], true, false),
    ).toMatchObject({
      chars: null,
      sentences: null,
    });
  });
});

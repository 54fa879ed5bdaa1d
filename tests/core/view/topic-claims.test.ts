import { describe, expect, it } from 'vitest';
import { applyVerdicts } from '../../../src/core/compare/verdicts';
import { incomparable } from '../../../src/core/view/comparability';
import { topicClaim } from '../../../src/core/view/topic-claims';
import { CN_TEXT, lexicon, topicOf, trustComparison } from './trust-fixtures';

describe('topicClaim: numbers only where they mean something', () => {
  it('compares shares, room and wording between two full texts of three sentences or more', () => {
    const comparison = trustComparison();
    expect(comparison.comparable).toBe(true);
    expect(incomparable(comparison)).toBeNull();
    const taiwan = topicClaim(topicOf(comparison, 'taiwan'), comparison.comparable);
    expect(taiwan.shares).not.toBeNull();
    expect(taiwan.room).not.toBeNull();
    expect(taiwan.wording).toEqual({
      words: [['强调'], ['discussed']],
      levels: ['strong', 'neutral'],
      stronger: 0,
      compared: true,
    });
    const trade = topicClaim(topicOf(comparison, 'trade-commercial'), comparison.comparable);
    expect(trade.wording?.stronger).toBeNull();
    expect(trade.wording?.words).toEqual([['讨论'], ['discussed']]);
  });

  it('shows no share and no stronger wording when one text is an excerpt', () => {
    const comparison = trustComparison({ us: { completeness: 'excerpt' } });
    expect(comparison.comparable).toBe(false);
    expect(incomparable(comparison)).toEqual({ reason: 'excerpt', sides: [1] });
    for (const topic of comparison.topics) {
      const claim = topicClaim(topic, comparison.comparable);
      expect(claim.shares).toBeNull();
      expect(claim.room).toBeNull();
      expect(claim.wording?.stronger ?? null).toBeNull();
    }
    // The words are still there, side by side, never ranked.
    const taiwan = topicClaim(topicOf(comparison, 'taiwan'), comparison.comparable);
    expect(taiwan.wording).toMatchObject({
      words: [['强调'], ['discussed']],
      compared: false,
      stronger: null,
    });
  });

  it('shows no share and no stronger wording when a text has fewer than three sentences', () => {
    const short = `${CN_TEXT.split('。').slice(1, 3).join('。')}。`;
    const comparison = trustComparison({ cn: { text: short } });
    expect(comparison.sides[0].sentences).toHaveLength(2);
    expect(comparison.comparable).toBe(false);
    expect(incomparable(comparison)).toEqual({ reason: 'short', sides: [0] });
    const taiwan = topicClaim(topicOf(comparison, 'taiwan'), comparison.comparable);
    expect(taiwan).toMatchObject({ shares: null, room: null });
    expect(taiwan.wording?.stronger).toBeNull();
  });

  it('says a missing readout is why, and both sides when both are excerpts', () => {
    expect(incomparable(trustComparison({ us: { text: '', completeness: 'missing' } }))).toEqual({
      reason: 'missing',
      sides: [1],
    });
    const both = trustComparison({ cn: { completeness: 'excerpt' }, us: { completeness: 'excerpt' } });
    expect(incomparable(both)).toEqual({ reason: 'excerpt', sides: [0, 1] });
  });

  it('has evidence for one-sided, possibly-both and checked claims, not for plain shared ones', () => {
    const comparison = trustComparison();
    const claim = (id: string, c = comparison) => topicClaim(topicOf(c, id), c.comparable);
    expect(claim('core-interests')).toMatchObject({ status: 'only-a', sure: 0, hasEvidence: true });
    expect(claim('summit-implementation')).toMatchObject({
      status: 'possibly-both',
      sure: 0,
      hasEvidence: true,
    });
    expect(claim('trade-commercial')).toMatchObject({ status: 'both', sure: null, hasEvidence: false });
    const checked = applyVerdicts(
      comparison,
      [{ side: 1, sentence: 2, topicId: 'trade-commercial', verdict: 'present' }],
      lexicon,
    );
    expect(claim('trade-commercial', checked)).toMatchObject({ checked: true, hasEvidence: true });
  });
});

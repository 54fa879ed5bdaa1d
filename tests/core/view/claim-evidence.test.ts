import { describe, expect, it } from 'vitest';
import { applyVerdicts } from '../../../src/core/compare/verdicts';
import { claimEvidence, evidenceSentences, quoteParts } from '../../../src/core/view/claim-evidence';
import { lexicon, topicOf, trustComparison } from './trust-fixtures';

const evidenceOf = (id: string, comparison = trustComparison()) =>
  claimEvidence(topicOf(comparison, id), comparison.sides, lexicon);

const marked = (parts: { text: string; mark: string | null }[] | null) =>
  (parts ?? []).filter((p) => p.mark).map((p) => `${p.mark}:${p.text}`);

describe('claimEvidence', () => {
  it('quotes the one side’s sentence with the matched words, and says the looser search found nothing', () => {
    const evidence = evidenceOf('counternarcotics');
    expect(evidence.status).toBe('only-b');
    const [cn, us] = evidence.sides;
    expect(us).toMatchObject({ kind: 'mentions', count: 1 });
    if (us.kind !== 'mentions') throw new Error('mentions');
    expect(us.quotes[0]?.parts?.map((p) => p.text).join('')).toBe('The Secretary urged action on fentanyl.');
    expect(marked(us.quotes[0]?.parts ?? null)).toEqual(['topic:fentanyl']);
    expect(cn).toEqual({ kind: 'none', completeness: 'full', rejected: 0 });
    expect(evidence.checked).toBe(false);
  });

  it('shows the silent side’s candidate with its cue words for a possibly-both topic', () => {
    const [cn, us] = evidenceOf('summit-implementation').sides;
    expect(cn.kind).toBe('mentions');
    expect(us.kind).toBe('candidates');
    if (us.kind !== 'candidates') throw new Error('candidates');
    expect(us.quotes).toHaveLength(1);
    expect(us.quotes[0]).toMatchObject({ side: 1, sentence: 0, byReader: false });
    expect(marked(us.quotes[0]?.parts ?? null)).toEqual(['cue:two presidents']);
  });

  it('follows the reader: a rejected candidate leaves "none" with the rejection counted, and checked', () => {
    const comparison = applyVerdicts(
      trustComparison(),
      [{ side: 1, sentence: 0, topicId: 'summit-implementation', verdict: 'absent' }],
      lexicon,
    );
    const evidence = evidenceOf('summit-implementation', comparison);
    expect(evidence.status).toBe('only-a');
    expect(evidence.sides[1]).toEqual({ kind: 'none', completeness: 'full', rejected: 1 });
    expect(evidence.checked).toBe(true);
  });

  it('marks a sentence the reader added as theirs (no tagger words to mark)', () => {
    const comparison = applyVerdicts(
      trustComparison(),
      [{ side: 1, sentence: 0, topicId: 'summit-implementation', verdict: 'present' }],
      lexicon,
    );
    const evidence = evidenceOf('summit-implementation', comparison);
    expect(evidence.status).toBe('both');
    const us = evidence.sides[1];
    if (us.kind !== 'mentions') throw new Error('mentions');
    expect(us.quotes[0]).toMatchObject({ byReader: true });
    expect(marked(us.quotes[0]?.parts ?? null)).toEqual([]);
  });

  it('says an excerpt may mention it, and a missing readout that there is none', () => {
    const excerpt = evidenceOf('core-interests', trustComparison({ us: { completeness: 'excerpt' } }));
    expect(excerpt.sides[1]).toMatchObject({ kind: 'none', completeness: 'excerpt' });
    const missing = evidenceOf(
      'core-interests',
      trustComparison({ us: { text: '', completeness: 'missing' } }),
    );
    expect(missing.sides[1]).toMatchObject({ kind: 'none', completeness: 'missing' });
  });

  it('has no quote text where the sentence’s text is not at hand (the list’s skeleton)', () => {
    const comparison = trustComparison();
    const topic = topicOf(comparison, 'counternarcotics');
    const sides = comparison.sides.map((s) => ({
      completeness: s.completeness,
      sentences: s.sentences.map((x) => ({ ...x, text: undefined })),
    })) as unknown as Parameters<typeof claimEvidence>[1];
    const us = claimEvidence(topic, sides, lexicon).sides[1];
    expect(us.kind === 'mentions' && us.quotes[0]?.parts).toBeNull();
  });
});

describe('quoteParts', () => {
  it('cuts a long sentence around its first mark, with ellipses', () => {
    const text = `${'a'.repeat(400)}KEY${'b'.repeat(400)}`;
    const parts = quoteParts(text, 1000, [{ start: 1400, end: 1403 }], 'topic', 100);
    expect(parts[0]).toEqual({ text: '…', mark: null });
    expect(parts.at(-1)).toEqual({ text: '…', mark: null });
    expect(parts.find((p) => p.mark)).toEqual({ text: 'KEY', mark: 'topic' });
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(102);
  });

  it('marks overlapping spans without repeating their text', () => {
    const parts = quoteParts(
      'abcdef',
      10,
      [
        { start: 11, end: 14 },
        { start: 12, end: 15 },
      ],
      'cue',
    );
    expect(parts).toEqual([
      { text: 'a', mark: null },
      { text: 'bcd', mark: 'cue' },
      { text: 'e', mark: 'cue' },
      { text: 'f', mark: null },
    ]);
  });
});

describe('evidenceSentences', () => {
  it('lists the sentences one-sided and possibly-both claims quote, not those of shared topics', () => {
    const [cn, us] = evidenceSentences(trustComparison().topics);
    expect([...cn].sort()).toEqual([0, 1]);
    expect([...us].sort()).toEqual([0, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { applyVerdicts } from '../../../src/core/compare/verdicts';
import { fakeLexicon } from './fake-lexicon';

const lexicon = fakeLexicon();
const CN = '双方同意落实两国元首达成的共识。中方强调台湾问题是核心利益。双方讨论了南海局势。';
const US =
  'Following the call between President Xi and President Biden, the two sides met. They discussed trade.';

const base = () => compareReadouts({ text: CN, side: 'cn' }, { text: US, side: 'us' }, lexicon);
const topic = (c: ReturnType<typeof base>, id: string) => c.topics.find((t) => t.id === id);

describe('applyVerdicts', () => {
  it('returns the same comparison when there is nothing to apply', () => {
    const c = base();
    expect(applyVerdicts(c, [], lexicon)).toBe(c);
    expect(applyVerdicts(c, [{ side: 1, sentence: 9, topicId: 'taiwan', verdict: 'present' }], lexicon)).toBe(
      c,
    );
  });

  it('confirming a candidate makes the topic shared and checked', () => {
    const c = base();
    expect(topic(c, 'summit-implementation')?.status).toBe('possibly-both');
    const judged = applyVerdicts(
      c,
      [{ side: 1, sentence: 0, topicId: 'summit-implementation', verdict: 'present' }],
      lexicon,
    );
    const summit = topic(judged, 'summit-implementation');
    expect(summit?.status).toBe('both');
    expect(summit?.counts).toEqual([1, 1]);
    expect(summit?.checked).toBe(true);
    expect(judged.sides[1].sentences[0]?.verdicts).toEqual({ 'summit-implementation': 'present' });
    // The input is left as it was.
    expect(topic(c, 'summit-implementation')?.status).toBe('possibly-both');
  });

  it('rejecting the candidate makes the claim one-sided again, checked by the reader', () => {
    const judged = applyVerdicts(
      base(),
      [{ side: 1, sentence: 0, topicId: 'summit-implementation', verdict: 'absent' }],
      lexicon,
    );
    const summit = topic(judged, 'summit-implementation');
    expect(summit?.status).toBe('only-a');
    expect(summit?.evidence.candidates).toEqual([[], []]);
    expect(summit?.checked).toBe(true);
  });

  it('removing the only mention of a topic removes the topic; removing one side of a shared topic makes it one-sided', () => {
    const c = base();
    const noScs = applyVerdicts(
      c,
      [{ side: 0, sentence: 2, topicId: 'south-china-sea', verdict: 'absent' }],
      lexicon,
    );
    expect(topic(noScs, 'south-china-sea')).toBeUndefined();
    const trade = applyVerdicts(
      c,
      [
        { side: 0, sentence: 2, topicId: 'trade-commercial', verdict: 'present' },
        { side: 1, sentence: 1, topicId: 'trade-commercial', verdict: 'absent' },
      ],
      lexicon,
    );
    expect(topic(trade, 'trade-commercial')?.status).toBe('only-a');
    expect(topic(trade, 'trade-commercial')?.checked).toBe(true);
  });

  it('a later verdict on the same sentence and topic wins', () => {
    const judged = applyVerdicts(
      base(),
      [
        { side: 0, sentence: 1, topicId: 'taiwan', verdict: 'absent' },
        { side: 0, sentence: 1, topicId: 'taiwan', verdict: 'present' },
      ],
      lexicon,
    );
    expect(topic(judged, 'taiwan')?.counts).toEqual([1, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { atmosphereFamily } from '../../../src/core/compare/atmospherics';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import type { CompareInput, Comparison } from '../../../src/core/compare/types';
import { readoutInput, realLexicon } from './corpus-texts';

/*
 * One test per seed meeting, on the corpus texts and the project's lexicon: what each side adds or omits.
 * Every corpus text is a quoted excerpt, so a topic one side lacks is "not in the quoted excerpt", never an
 * omission by that side.
 */
function compare(a: string, b: CompareInput | string): Comparison {
  return compareReadouts(readoutInput(a), typeof b === 'string' ? readoutInput(b) : b, realLexicon());
}

function topicsBy(c: Comparison, status: Comparison['topics'][number]['status']): string[] {
  return c.topics.filter((t) => t.status === status).map((t) => t.id);
}

function absence(c: Comparison, id: string) {
  return c.topics.find((t) => t.id === id)?.absence;
}

describe('seed meetings', () => {
  it('Liu–Finer (2024-01-10): the US text names the Taiwan Strait and the South China Sea, the Chinese excerpt neither', () => {
    for (const us of [
      'readouts/2024-01-10-liu-finer/us-wh-zh-rfi.md',
      'readouts/2024-01-10-liu-finer/us-wh-en-rfi.md',
    ]) {
      const c = compare('readouts/2024-01-10-liu-finer/cn-idcpc-zh.md', us);
      expect(topicsBy(c, 'only-b')).toEqual(
        expect.arrayContaining(['taiwan', 'south-china-sea', 'middle-east', 'ukraine']),
      );
      expect(absence(c, 'taiwan')).toEqual(['not-in-excerpt', null]);
      expect(topicsBy(c, 'both')).toContain('summit-implementation');
      expect(topicsBy(c, 'only-a')).toEqual([]);
      // The one Chinese sentence pairs with the US sentences on implementing the summit.
      expect(c.alignment[0]).toMatchObject({ kind: 'pair', a: [0] });
    }
  });

  it('Qin–Blinken call (2023-06-14): China adds Taiwan and interference, the US miscalculation and competition', () => {
    const c = compare(
      'readouts/2023-06-14-qin-blinken/cn-mfa-zh-rfi.md',
      'readouts/2023-06-14-qin-blinken/us-state-en-rfi.md',
    );
    expect(topicsBy(c, 'only-a')).toEqual(expect.arrayContaining(['taiwan', 'internal-affairs']));
    expect(topicsBy(c, 'only-b')).toContain('avoid-miscalculation');
    // 停止以竞争为名… rejects the competition framing: the looser search offers it as the Chinese side's mention.
    expect(topicsBy(c, 'possibly-both')).toContain('manage-competition');
    expect(c.topics.find((t) => t.id === 'manage-competition')?.evidence.candidates[0]).toHaveLength(1);
    expect(absence(c, 'avoid-miscalculation')).toEqual(['not-in-excerpt', null]);
    const speakers = c.sides[0].sentences.map((s) => s.speaker);
    expect(speakers[0]).toBe('self'); // 国务委员兼外长秦刚应约同美国国务卿布林肯通电话
  });

  it('Wang Wentao–Raimondo call (2024-01-10): China adds chips and sanctions, the US national security', () => {
    const c = compare(
      'readouts/2024-01-10-wang-wentao-raimondo/cn-mofcom-zh-zhixinwen.md',
      'readouts/2024-01-10-wang-wentao-raimondo/us-doc-zh-voa.md',
    );
    expect(topicsBy(c, 'only-a')).toEqual(expect.arrayContaining(['chips-semiconductors', 'sanctions']));
    expect(topicsBy(c, 'only-b')).toContain('national-security');
    expect(topicsBy(c, 'both')).toContain('trade-commercial');
    expect(c.sides[0].atmospherics.map((a) => a.id)).toEqual(['in-depth', 'pragmatic']);
    // 中方着重就……表达严正关切: the Chinese side's own strong wording.
    expect(c.sides[0].sentences[1]).toMatchObject({ speaker: 'self', strength: 'strong' });
  });

  it('Wang Xiaohong–Mayorkas call (2024-01-10): both report drugs and law enforcement; only China its principles', () => {
    const c = compare(
      'readouts/2024-01-10-wang-xiaohong-mayorkas/cn-mps-zh-zhixinwen.md',
      'readouts/2024-01-10-wang-xiaohong-mayorkas/us-dhs-en-voa.md',
    );
    expect(topicsBy(c, 'both')).toEqual(expect.arrayContaining(['counternarcotics', 'law-enforcement']));
    expect(topicsBy(c, 'only-a')).toContain('guiding-principles');
    expect(topicsBy(c, 'only-b')).toEqual([]);
  });

  it('Defense policy talks (2024-01-08): with no US readout, nothing is called an omission', () => {
    const c = compare('readouts/2024-01-08-defense-policy-talks/cn-mnd-zh-zhixinwen.md', {
      text: '',
      side: 'us',
      completeness: 'missing',
    });
    expect(topicsBy(c, 'only-a')).toEqual(
      expect.arrayContaining(['taiwan', 'south-china-sea', 'core-interests']),
    );
    for (const t of c.topics) expect(t.absence[1]).toBe('readout-missing');
    expect(c.alignment.every((r) => r.kind === 'only-a')).toBe(true);
    expect(c.diffs).toBeNull();
  });

  it('Financial working group (2024-01-18): both call the talks candid; only the US text names differences', () => {
    const c = compare(
      'readouts/2024-01-18-financial-working-group/cn-pboc-zh.md',
      'readouts/2024-01-18-financial-working-group/us-treasury-zh-voa.md',
    );
    expect(c.sides[0].atmospherics.map((a) => a.id)).toEqual([
      'professional',
      'pragmatic',
      'candid',
      'constructive',
    ]);
    const us = c.sides[1].atmospherics.map((a) => atmosphereFamily(a.id));
    expect(us).toEqual(['candid']);
    expect(topicsBy(c, 'only-b')).toContain('manage-differences');
  });
});

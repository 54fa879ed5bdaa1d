import { describe, expect, it, vi } from 'vitest';
import { compareReadouts, prepareCompare } from '../../../src/core/compare/compare-readouts';
import type { CompareInput, Comparison } from '../../../src/core/compare/types';
import { loadSimplifier } from '../../../src/core/text/simplifier';
import { readoutInput } from './corpus-texts';
import { fakeLexicon } from './fake-lexicon';

const lexicon = fakeLexicon();
const US_ZH = readoutInput('tests/fixtures/engine/2024-01-10-finer-liu-us-zh-rfi.md');
const US_HANT = readoutInput('tests/fixtures/engine/2024-01-10-finer-liu-us-zh-rfi-hant.md');
const CN_ZH = readoutInput('tests/fixtures/engine/2024-01-10-finer-liu-cn.md');

/** Every span the engine reports points into the text as given. */
function expectSpansInto(c: Comparison, texts: [string, string]) {
  c.sides.forEach((side, i) => {
    const text = texts[i] as string;
    for (const s of side.sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.topics) expect(t.start >= s.start && t.end <= s.end).toBe(true);
      for (const m of s.markers) expect(text.slice(m.start, m.end)).toBe(m.word);
    }
    for (const a of side.atmospherics) expect(text.slice(a.start, a.end)).toBe(a.word);
  });
}

describe('compareReadouts', () => {
  it('returns every span as offsets into the original texts', () => {
    const c = compareReadouts(CN_ZH, US_ZH, lexicon);
    expectSpansInto(c, [CN_ZH.text, US_ZH.text]);
    const taiwan = c.sides[1].sentences.flatMap((s) => s.topics).find((t) => t.topicId === 'taiwan');
    expect(taiwan && US_ZH.text.slice(taiwan.start, taiwan.end)).toBe('海峡两岸');
  });

  it('is pure: the same inputs give the same result', () => {
    expect(compareReadouts(CN_ZH, US_ZH, lexicon)).toEqual(compareReadouts(CN_ZH, US_ZH, lexicon));
  });

  it('aligns so that every sentence of each side appears exactly once', () => {
    const c = compareReadouts(CN_ZH, US_ZH, lexicon);
    expect(c.alignment.flatMap((r) => r.a)).toEqual(c.sides[0].sentences.map((s) => s.index));
    expect(c.alignment.flatMap((r) => r.b)).toEqual(c.sides[1].sentences.map((s) => s.index));
  });

  it('diffs aligned pairs only when both texts share a language', () => {
    const en: CompareInput = { text: 'The two sides discussed Taiwan and the South China Sea.', side: 'us' };
    expect(compareReadouts(CN_ZH, en, lexicon).diffs).toBeNull();
    const same = compareReadouts(US_ZH, US_ZH, lexicon);
    expect(same.diffs).toHaveLength(6);
    expect(same.diffs?.every((d) => d.ops.every((o) => o.op === 'equal') && d.equalShare === 1)).toBe(true);
  });

  it('resolves sides: given, inferred from how officials are named, or assumed a = cn, b = us', () => {
    const given = compareReadouts(CN_ZH, US_ZH, lexicon);
    expect(given.sides.map((s) => [s.side, s.sideBasis])).toEqual([
      ['cn', 'given'],
      ['us', 'given'],
    ]);
    const inferred = compareReadouts(
      { text: '国务委员兼外长秦刚应约同美国国务卿布林肯通电话。' },
      { text: '双方讨论了经贸问题。' },
      lexicon,
    );
    expect(inferred.sides.map((s) => [s.side, s.sideBasis])).toEqual([
      ['cn', 'inferred'],
      ['us', 'assumed'],
    ]);
    const assumed = compareReadouts(
      { text: '双方讨论了经贸问题。' },
      { text: '双方讨论了经贸问题。' },
      lexicon,
    );
    expect(assumed.sides.map((s) => s.side)).toEqual(['cn', 'us']);
  });

  it('treats an empty text as a missing readout', () => {
    const c = compareReadouts(CN_ZH, { text: '  ', side: 'us' }, lexicon);
    expect(c.sides[1].completeness).toBe('missing');
    expect(c.topics.every((t) => t.absence[1] === 'readout-missing')).toBe(true);
  });
});

describe('prepareCompare', () => {
  it('does not load the converter for Simplified or English texts', async () => {
    const load = vi.fn(loadSimplifier);
    await prepareCompare(CN_ZH, US_ZH, lexicon, { loadSimplifier: load });
    expect(load).not.toHaveBeenCalled();
  });

  it('loads it for a Traditional text, which then matches like its Simplified original', async () => {
    const load = vi.fn(loadSimplifier);
    const c = await prepareCompare(US_HANT, US_ZH, lexicon, { loadSimplifier: load });
    expect(load).toHaveBeenCalledTimes(1);
    expectSpansInto(c, [US_HANT.text, US_ZH.text]);
    expect(c.sides[0].sentences.map((s) => s.topicIds)).toEqual(c.sides[1].sentences.map((s) => s.topicIds));
    const scs = c.sides[0].sentences[4]?.topics.find((t) => t.topicId === 'taiwan');
    expect(scs && US_HANT.text.slice(scs.start, scs.end)).toBe('臺灣');
    // Same wording in two scripts: every aligned pair diffs as equal, shown in the reader's own script.
    expect(c.diffs?.every((d) => d.ops.every((o) => o.op === 'equal'))).toBe(true);
    expect(c.diffs?.[1]?.ops[0]?.text).toContain('２０２３年１１月');
  });
});

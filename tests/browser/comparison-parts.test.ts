import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinComparison, splitComparison } from '../../src/browser/comparison-parts';
import { compareReadouts } from '../../src/core/compare/compare-readouts';
import { compileLexicon } from '../../src/core/lexicon/compile-lexicon';
import { parseLexicon } from '../../src/core/lexicon/parse-lexicon';

const ROOT = resolve(import.meta.dirname, '../..');
const body = (path: string) =>
  readFileSync(resolve(ROOT, 'readouts', path), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('splitComparison / joinComparison', () => {
  it('sends the long arrays in slices and joins them back to the same comparison', () => {
    const lexicon = compileLexicon(
      parseLexicon(readFileSync(resolve(ROOT, 'readouts/topics.yaml'), 'utf8'), 'topics.yaml'),
    );
    const zh = body('2024-01-10-liu-finer/us-wh-zh-rfi.md');
    const en = body('2024-01-10-liu-finer/us-wh-en-rfi.md');
    const comparison = compareReadouts(
      { text: zh, lang: 'zh', side: 'us' },
      { text: zh, lang: 'zh', side: 'us' },
      lexicon,
    );
    const mixed = compareReadouts(
      { text: zh, lang: 'zh', side: 'cn' },
      { text: en, lang: 'en', side: 'us' },
      lexicon,
    );
    for (const c of [comparison, mixed]) {
      const { parts, skeleton } = splitComparison(c, 2);
      expect(parts.length).toBeGreaterThan(2);
      expect(parts.every((p) => p.items.length <= 2)).toBe(true);
      expect(skeleton.sides[0].sentences).toEqual([]);
      expect(joinComparison(structuredClone(skeleton), structuredClone(parts))).toEqual(c);
    }
    expect(comparison.diffs).not.toBeNull();
    expect(mixed.diffs).toBeNull();
  });
});

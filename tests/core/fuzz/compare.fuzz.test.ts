import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAlignLimitError } from '../../../src/core/compare/align-band';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { renderComparisonMarkdown } from '../../../src/core/compare/comparison-markdown';
import { comparisonReport } from '../../../src/core/compare/comparison-report';
import type { CompareInput, Comparison } from '../../../src/core/compare/types';
import { realLexicon } from '../compare/corpus-texts';
import { liveMarkup } from '../text/markdown-payloads';
import { RUNS, readoutish, typedOrResult } from './fuzz-kit';

const lexicon = realLexicon();
const labelOf = (id: string) => lexicon.topicById.get(id)?.label;

const input: fc.Arbitrary<CompareInput> = fc.record(
  {
    text: readoutish(80),
    lang: fc.constantFrom('zh', 'en') as fc.Arbitrary<'zh' | 'en'>,
    side: fc.constantFrom('cn', 'us') as fc.Arbitrary<'cn' | 'us'>,
    completeness: fc.constantFrom('full', 'excerpt', 'missing') as fc.Arbitrary<
      'full' | 'excerpt' | 'missing'
    >,
    label: fc.string({ maxLength: 10 }),
  },
  { requiredKeys: ['text'] },
);

/** Every sentence of each side in exactly one row, in order. */
function covers(c: Comparison): boolean {
  return ([0, 1] as const).every((k) => {
    const seen = c.alignment.flatMap((r) => (k === 0 ? r.a : r.b));
    return seen.length === c.sides[k].sentences.length && seen.every((x, i) => x === i);
  });
}

describe('compare, fuzzed', () => {
  it('compares any two texts, and its notes and report come out whole and inert', () => {
    fc.assert(
      fc.property(input, input, fc.string({ maxLength: 30 }), (a, b, title) => {
        const out = typedOrResult(() => compareReadouts(a, b, lexicon), isAlignLimitError);
        if (!out.ok) return;
        const c = out.value;
        expect(covers(c)).toBe(true);
        for (const t of c.topics) expect(['both', 'only-a', 'only-b', 'possibly-both']).toContain(t.status);
        const meta = [
          { file: title, title },
          { file: 'b.md', source: title },
        ] as const;
        const md = typedOrResult(
          () => renderComparisonMarkdown(c, [meta[0], meta[1]], labelOf),
          () => false,
        );
        if (md.ok) expect(liveMarkup(md.value)).toEqual([]);
        typedOrResult(
          () => JSON.stringify(comparisonReport(c, [meta[0], meta[1]], labelOf)),
          () => false,
        );
      }),
      { numRuns: RUNS },
    );
  });
});

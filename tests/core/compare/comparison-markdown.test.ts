import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { renderComparisonMarkdown } from '../../../src/core/compare/comparison-markdown';
import { comparisonReport } from '../../../src/core/compare/comparison-report';
import { readoutInput, realLexicon } from './corpus-texts';

const lexicon = realLexicon();
const labelOf = (id: string) => lexicon.topicById.get(id)?.label;
const CN = 'readouts/2024-01-10-liu-finer/cn-idcpc-zh.md';
const US = 'readouts/2024-01-10-liu-finer/us-wh-en-rfi.md';
const comparison = compareReadouts(readoutInput(CN), readoutInput(US), lexicon);

describe('renderComparisonMarkdown', () => {
  const md = renderComparisonMarkdown(
    comparison,
    [
      { file: CN, issuer: '中联部' },
      { file: US, title: 'White House | readout' },
    ],
    labelOf,
  );

  it('has every section of the comparison notes', () => {
    for (const heading of [
      '## The two texts',
      '## Topics only one side mentions',
      '## Topics both sides mention',
      '## Emphasis gaps',
      '## Who says what',
      '## Atmospherics',
      '## Aligned rows',
      '## Same-language differences',
    ]) {
      expect(md).toContain(heading);
    }
  });

  it('reports a topic the excerpt lacks as not in the quoted excerpt', () => {
    const row = md.split('\n').find((l) => l.startsWith('| Taiwan'));
    expect(row).toContain('B (US side)');
    expect(row).toContain('not in the quoted excerpt');
    expect(md).not.toContain('omitted by that side');
  });

  it('escapes table cells and says when texts differ in language', () => {
    expect(md).toContain('White House \\| readout');
    expect(md).toContain('different languages');
  });

  it('sets the two sides’ words for the talks side by side', () => {
    const row = md.split('\n').find((l) => l.startsWith('| Words for the talks'));
    expect(row).toMatch(/\| – \| candid \(candid\), constructive \(constructive\) \|/);
  });
});

describe('comparisonReport', () => {
  it('carries the contract fields, rounded, with topic labels', () => {
    const report = comparisonReport(comparison, [{ file: 'A' }, { file: 'B' }], labelOf);
    expect(report.sides.map((s) => [s.file, s.side, s.lang, s.sentences])).toEqual([
      ['A', 'cn', 'zh', 1],
      ['B', 'us', 'en', 6],
    ]);
    const taiwan = report.topics.find((t) => t.id === 'taiwan');
    expect(taiwan).toMatchObject({ counts: [0, 2], status: 'only-b', label: { en: 'Taiwan' } });
    expect(String(taiwan?.shares[1]).length).toBeLessThanOrEqual(6);
    expect(report.sentences[1]).toHaveLength(6);
  });
});

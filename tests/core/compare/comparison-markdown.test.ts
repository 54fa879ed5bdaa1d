import { describe, expect, it } from 'vitest';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import { renderComparisonMarkdown } from '../../../src/core/compare/comparison-markdown';
import { comparisonReport } from '../../../src/core/compare/comparison-report';
import type {
  AnalyzedSentence,
  Comparison,
  SideAnalysis,
  TopicCoverage,
} from '../../../src/core/compare/types';
import { liveMarkup, PAYLOADS, rendered } from '../text/markdown-payloads';
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

  it('reports a topic the excerpt lacks as not in the quoted excerpt, with the sentences that mention it', () => {
    const row = md.split('\n').find((l) => l.startsWith('| Taiwan'));
    expect(row).toContain('B (US side)');
    expect(row).toContain('not in the quoted excerpt');
    expect(md).not.toContain('omitted by that side');
    const taiwan = comparison.topics.find((t) => t.id === 'taiwan') as TopicCoverage;
    const evidence = md.slice(md.indexOf('- **Taiwan'));
    for (const i of taiwan.evidence.sentences[1]) {
      const text = comparison.sides[1].sentences[i]?.text.slice(0, 40) as string;
      expect(evidence).toContain(`B, sentence ${i + 1}: “${text}`);
    }
  });

  it('compares no shares between two excerpts, and says why', () => {
    expect(comparison.comparable).toBe(false);
    expect(md).not.toMatch(/\| Share \||Share A/);
    expect(md).not.toContain('more room (');
    expect(md).toContain('> Shares are not compared: A is a quoted excerpt and B is a quoted excerpt');
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

/** A side built by hand: one sentence per string, nothing tagged unless the test says so. */
function side(texts: string[], extra: Partial<SideAnalysis> = {}): SideAnalysis {
  let at = 0;
  const sentences = texts.map((text, index): AnalyzedSentence => {
    const s: AnalyzedSentence = {
      index,
      paragraph: 0,
      start: at,
      end: at + text.length,
      text,
      topics: [],
      topicIds: [],
      related: [],
      speaker: 'unstated',
      strength: 'neutral',
      markers: [],
    };
    at += text.length + 1;
    return s;
  });
  return { lang: 'en', completeness: 'full', chars: at, words: 0, sentences, atmospherics: [], ...extra };
}

function topic(id: string, t: Partial<TopicCoverage>): TopicCoverage {
  return {
    id,
    counts: [1, 1],
    shares: [0.3, 0.1],
    firstPosition: [0, 0.5],
    strength: [null, null],
    status: 'both',
    absence: [null, null],
    heavier: null,
    evidence: { sentences: [[], []], candidates: [[], []], cues: [[], []] },
    wording: null,
    ...t,
  };
}

const A = side([
  'Taiwan was raised.',
  'Fentanyl cooperation matters.',
  'Trade was discussed.',
  'Xi stressed climate.',
]);
const B = side(['Trade talks went on.', 'Drug control may come up.', 'Climate was noted.', 'Climate again.']);
const handMade = (comparable: boolean, topics: TopicCoverage[]): Comparison => ({
  sides: [
    { ...A, side: 'cn' },
    { ...B, side: 'us' },
  ],
  comparable,
  topics,
  alignment: [],
  diffs: null,
});

describe('renderComparisonMarkdown: evidence, comparability and wording', () => {
  const possibly = topic('counternarcotics', {
    status: 'possibly-both',
    counts: [1, 0],
    shares: [0.25, 0],
    absence: [null, 'omitted'],
    evidence: { sentences: [[1], []], candidates: [[], [1]], cues: [[], [{ start: 21, end: 33 }]] },
  });
  const onlyA = topic('taiwan', {
    status: 'only-a',
    counts: [1, 0],
    absence: [null, 'omitted'],
    evidence: { sentences: [[0], []], candidates: [[], []], cues: [[], []] },
  });
  const climate = topic('climate', {
    heavier: 0,
    strength: ['strong', 'neutral'],
    evidence: { sentences: [[3], [2, 3]], candidates: [[], []], cues: [[], []] },
    wording: { words: [['stressed'], ['noted']], levels: ['strong', 'neutral'], stronger: 0 },
  });
  // Levels differ, but without a wording contrast there is no claim of stronger wording.
  const trade = topic('trade-commercial', { strength: ['strong', 'neutral'] });

  it('quotes, for a possibly-both topic, the sure sentence and the candidate with its words', () => {
    const md = renderComparisonMarkdown(handMade(true, [possibly]), [{}, {}], labelOf);
    const row = md.split('\n').find((l) => l.startsWith('| Counternarcotics'));
    expect(row).toContain('A (Chinese side)');
    expect(row).toContain('possibly mentioned: a candidate sentence in B');
    expect(md).toContain('(possibly both, sure only in A)');
    expect(md).toContain('  - A, sentence 2: “Fentanyl cooperation matters.”');
    expect(md).toContain('  - B, candidate (“Drug control”), sentence 2: “Drug control may come up.”');
  });

  it('lists the sentence of a topic only one side mentions', () => {
    const md = renderComparisonMarkdown(handMade(true, [onlyA]), [{}, {}], labelOf);
    expect(md).toContain('(only in A):\n  - A, sentence 1: “Taiwan was raised.”');
  });

  it('compares shares only when the texts are comparable', () => {
    const yes = renderComparisonMarkdown(handMade(true, [onlyA, climate]), [{}, {}], labelOf);
    expect(yes).toContain('| Topic | Mentioned by | Sentences | Share | Why the other has none |');
    expect(yes).toContain('A gives it more room (30% of its text against 10% in B)');
    const no = renderComparisonMarkdown(handMade(false, [onlyA, climate]), [{}, {}], labelOf);
    expect(no).not.toMatch(/Share A|\| Share \||more room \(|30%/);
    expect(no).toContain('(No "more room": the shares are not compared, see The two texts.)');
  });

  it('claims stronger wording only from the wording contrast, with the words', () => {
    const md = renderComparisonMarkdown(handMade(false, [climate, trade]), [{}, {}], labelOf);
    expect(md).toContain('stronger wording in A (strong: “stressed”) than in B (neutral: “noted”)');
    expect(md).toContain('| strong (stressed) / neutral (noted) |');
    expect(md.match(/stronger wording/g)).toHaveLength(1);
  });
});

describe('renderComparisonMarkdown on hostile input', () => {
  // Every payload in sentences of both sides (one-sided and shared topics, the other side's words, aligned
  // rows, same-language diffs) and in every metadata field.
  const a = PAYLOADS.map((p, k) =>
    k % 2 === 0 ? `China raised Taiwan and ${p} here.` : `The US side said fentanyl ${p} matters.`,
  ).join('\n\n');
  const b = PAYLOADS.map(
    (p, k) => `The United States raised Taiwan and ${p} ${k % 3 === 0 ? 'firmly' : 'here'}.`,
  ).join('\n\n');
  const hostile = compareReadouts(
    { text: a, lang: 'en', side: 'cn' },
    { text: b, lang: 'en', side: 'us' },
    lexicon,
  );
  const all = { maxRows: 10_000, maxDiffs: 10_000, maxEvidence: 10_000 };

  it('has the payloads in evidence, aligned rows and diffs', () => {
    const md = renderComparisonMarkdown(hostile, [{}, {}], labelOf, all);
    expect(hostile.diffs?.length).toBeGreaterThan(20);
    expect(md).toContain('reports the other side');
    expect(md).toContain('What each claim rests on');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('renders no element, attribute or link that came from the input', () => {
    const md = renderComparisonMarkdown(hostile, [{}, {}], labelOf, all);
    expect(liveMarkup(md)).toEqual([]);
  });

  it.each(PAYLOADS.map((p) => [JSON.stringify(p).slice(0, 60), p]))(
    'keeps %s inert in every metadata field',
    (_name, p) => {
      const meta = { file: p, title: p, issuer: p, date: p, source: p };
      const md = renderComparisonMarkdown(
        hostile,
        [meta, { ...meta, source: 'https://example.org/readout' }],
        labelOf,
      );
      // A source that is itself an http(s) address is the one link the notes make from a file's data.
      const own = /^https?:\/\/\S+$/.test(p) ? [new URL(p).href] : [];
      expect(liveMarkup(md, ['https://example.org/readout', ...own])).toEqual([]);
      const h1 = rendered(md.split('\n')[0] as string).text;
      expect(h1).toContain('Readout comparison: ');
      expect(rendered(md).tags.filter((t) => t.name === 'a')).toHaveLength(1 + own.length);
    },
  );
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

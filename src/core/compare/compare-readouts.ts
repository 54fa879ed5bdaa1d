import type { CompiledLexicon } from '../lexicon/types';
import type { Side } from '../model';
import type { TextConverter } from '../text/normalize';
import { hasTraditional, loadSimplifier } from '../text/simplifier';
import { type AlignConfig, alignSentences, defaultAlignConfig } from './align';
import { checkSentenceCounts } from './align-band';
import { type AnalyzedText, analyzePrepared, type PreparedText, prepareText } from './analyze-side';
import {
  type CoverageConfig,
  computeCoverage,
  defaultCoverageConfig,
  expandTopics,
  isComparable,
} from './coverage';
import { diffRange } from './diff';
import { type AlignItem, lexicalTokenIds } from './similarity';
import { inferSide } from './speaker';
import type { CompareInput, Comparison, DiffOp, RowDiff, SideAnalysis } from './types';

export interface CompareOptions {
  /** Traditional → Simplified converter, from `loadSimplifier()` (see `prepareCompare`). */
  toSimplified?: TextConverter;
  align?: Partial<AlignConfig>;
  coverage?: Partial<CoverageConfig>;
}

type SideBasis = NonNullable<SideAnalysis['sideBasis']>;

const other = (s: Side): Side => (s === 'cn' ? 'us' : 'cn');

/**
 * Which side issued each text. Given sides win (two versions of one readout may share a side); a missing
 * one is inferred from how the text names officials, else taken as the opposite of the other; with no clue
 * at all the product's convention holds: a is the Chinese side, b the US side.
 */
export function resolveSides(pa: PreparedText, pb: PreparedText): [[Side, SideBasis], [Side, SideBasis]] {
  const given = [pa.input.side, pb.input.side] as const;
  const inferred = [
    given[0] ? null : inferSide(pa.norm.text, pa.lang),
    given[1] ? null : inferSide(pb.norm.text, pb.lang),
  ] as const;
  const pick = (i: 0 | 1): [Side, SideBasis] | null => {
    const g = given[i];
    if (g) return [g, 'given'];
    const inf = inferred[i];
    return inf ? [inf, 'inferred'] : null;
  };
  const a = pick(0);
  const b = pick(1);
  if (a && b) return [a, b];
  if (a) return [a, [other(a[0]), 'assumed']];
  if (b) return [[other(b[0]), 'assumed'], b];
  return [
    ['cn', 'assumed'],
    ['us', 'assumed'],
  ];
}

/** Topics and, when both sides share a language (`vocabulary` given), token ids for the aligner. */
function alignItems(
  side: AnalyzedText,
  lexicon: CompiledLexicon,
  vocabulary: Map<string, number> | null,
): AlignItem[] {
  return side.analysis.sentences.map((s, i) => {
    const span = side.spans[i];
    const tokens =
      vocabulary && span
        ? lexicalTokenIds(side.norm.text, side.lang, vocabulary, span.start, span.end)
        : undefined;
    return { topics: expandTopics(s.topicIds, lexicon), tokens };
  });
}

function equalShare(ops: DiffOp[]): number {
  let equal = 0;
  let total = 0;
  for (const o of ops) {
    const len = o.text.replace(/\s+/g, '').length;
    total += o.op === 'equal' ? 2 * len : len;
    if (o.op === 'equal') equal += 2 * len;
  }
  return total === 0 ? 1 : Math.round((equal / total) * 1000) / 1000;
}

function rowDiffs(A: AnalyzedText, B: AnalyzedText, alignment: Comparison['alignment']): RowDiff[] {
  const diffs: RowDiff[] = [];
  alignment.forEach((row, index) => {
    if (row.kind !== 'pair') return;
    const sa = A.spans[row.a[0] as number];
    const ea = A.spans[row.a[row.a.length - 1] as number];
    const sb = B.spans[row.b[0] as number];
    const eb = B.spans[row.b[row.b.length - 1] as number];
    if (!sa || !ea || !sb || !eb) return;
    const ops = diffRange(A.norm, [sa.start, ea.end], B.norm, [sb.start, eb.end], A.lang);
    diffs.push({ row: index, ops, equalShare: equalShare(ops) });
  });
  return diffs;
}

/**
 * Compares two readout texts: per-side analysis (sentences, topics, speakers, wording, atmospherics), topic
 * coverage, sentence alignment, and word-level diffs of aligned pairs when both texts share a language.
 * Synchronous and pure; pass `toSimplified` when a text may be in Traditional Chinese.
 */
export function compareReadouts(
  a: CompareInput,
  b: CompareInput,
  lexicon: CompiledLexicon,
  options: CompareOptions = {},
): Comparison {
  const pa = prepareText(a, lexicon, options.toSimplified);
  const pb = prepareText(b, lexicon, options.toSimplified);
  // Refuse before the per-sentence analysis, not inside the aligner after it has spent the memory.
  checkSentenceCounts(pa.spans.length, pb.spans.length);
  const [[sideA, basisA], [sideB, basisB]] = resolveSides(pa, pb);
  const A = analyzePrepared(pa, sideA);
  const B = analyzePrepared(pb, sideB);
  A.analysis.sideBasis = basisA;
  B.analysis.sideBasis = basisB;

  const coverageConfig = { ...defaultCoverageConfig, ...options.coverage };
  const topics = computeCoverage(A.analysis, B.analysis, lexicon, coverageConfig);
  const sameLang = A.lang === B.lang;
  const vocabulary = sameLang ? new Map<string, number>() : null;
  const alignment = alignSentences(alignItems(A, lexicon, vocabulary), alignItems(B, lexicon, vocabulary), {
    ...defaultAlignConfig,
    ...options.align,
  });
  const bothPresent = A.analysis.sentences.length > 0 && B.analysis.sentences.length > 0;
  return {
    sides: [A.analysis, B.analysis],
    comparable: isComparable(A.analysis, B.analysis, coverageConfig),
    topics,
    alignment,
    diffs: sameLang && bothPresent ? rowDiffs(A, B, alignment) : null,
  };
}

export interface PrepareCompareOptions extends Omit<CompareOptions, 'toSimplified'> {
  /** Loader for the converter; defaults to `loadSimplifier` (dynamic import of OpenCC). */
  loadSimplifier?: () => Promise<TextConverter>;
}

/**
 * Async convenience over `compareReadouts`: loads the Traditional → Simplified converter only when one of
 * the texts contains Traditional characters, so ordinary comparisons never fetch the dictionary.
 */
export async function prepareCompare(
  a: CompareInput,
  b: CompareInput,
  lexicon: CompiledLexicon,
  options: PrepareCompareOptions = {},
): Promise<Comparison> {
  const { loadSimplifier: load = loadSimplifier, ...rest } = options;
  const needs = hasTraditional(a.text) || hasTraditional(b.text);
  const toSimplified = needs ? await load() : undefined;
  return compareReadouts(a, b, lexicon, { ...rest, toSimplified });
}

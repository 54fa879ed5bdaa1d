/**
 * A large Comparison crosses from the worker in pieces. Structured clone decodes a message in one task on
 * the page's thread; a 400,000-character pair's result takes about 100 ms to decode at once, so the long
 * arrays (sentences, rows, diffs) travel in slices, each decoded in its own short task, and are joined here.
 */
import type { AlignmentRow, AnalyzedSentence, Comparison, RowDiff } from '../core/compare/types';

export type ComparisonPart =
  | { field: 'a' | 'b'; items: AnalyzedSentence[] }
  | { field: 'alignment'; items: AlignmentRow[] }
  | { field: 'diffs'; items: RowDiff[] };

/** Items per slice: a couple of hundred sentences decode in a few milliseconds, even on a busy machine. */
const PART_SIZE = 200;

function slices<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The long arrays as slices, and the rest of the comparison with those arrays empty. */
export function splitComparison(
  c: Comparison,
  size = PART_SIZE,
): { parts: ComparisonPart[]; skeleton: Comparison } {
  const [a, b] = c.sides;
  const parts: ComparisonPart[] = [
    ...slices(a.sentences, size).map((items) => ({ field: 'a' as const, items })),
    ...slices(b.sentences, size).map((items) => ({ field: 'b' as const, items })),
    ...slices(c.alignment, size).map((items) => ({ field: 'alignment' as const, items })),
    ...slices(c.diffs ?? [], size).map((items) => ({ field: 'diffs' as const, items })),
  ];
  const skeleton: Comparison = {
    ...c,
    sides: [
      { ...a, sentences: [] },
      { ...b, sentences: [] },
    ],
    alignment: [],
    diffs: c.diffs ? [] : null,
  };
  return { parts, skeleton };
}

/** Puts the slices back, in the order they were sent. */
export function joinComparison(skeleton: Comparison, parts: ComparisonPart[]): Comparison {
  const [a, b] = skeleton.sides;
  const sentencesA = [...a.sentences];
  const sentencesB = [...b.sentences];
  const alignment = [...skeleton.alignment];
  const diffs = skeleton.diffs ? [...skeleton.diffs] : null;
  for (const part of parts) {
    switch (part.field) {
      case 'a':
        sentencesA.push(...part.items);
        break;
      case 'b':
        sentencesB.push(...part.items);
        break;
      case 'alignment':
        alignment.push(...part.items);
        break;
      case 'diffs':
        diffs?.push(...part.items);
        break;
    }
  }
  return {
    ...skeleton,
    sides: [
      { ...a, sentences: sentencesA },
      { ...b, sentences: sentencesB },
    ],
    alignment,
    diffs,
  };
}

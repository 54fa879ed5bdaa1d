/**
 * The Markdown export's section on the reader's topic corrections: for each, the topic, the side, the
 * verdict, the sentence quoted and the readout's citation. They are not comments, so they are listed apart
 * from the notes.
 */
import type { AnchoredNote } from './anchor';
import { verdictOf } from './corrections';
import { type MarkdownCtx, pick, sourceLine } from './markdown-context';
import { mdInline, mdQuote } from './markdown-text';
import { type CorrectionNote, isCorrection } from './types';

function correctionLines(a: AnchoredNote & { note: CorrectionNote }, n: number, c: MarkdownCtx): string[] {
  const { note } = a;
  const [placed] = a.targets;
  const target = note.targets[0];
  const r = c.readout(target.readoutId);
  const title = [
    c.topicLabel(note.topicId),
    `${c.L.side[target.side]}${r ? ` (${pick(r.issuer, c.lang)})` : ''}`,
    c.L.verdicts[verdictOf(note.kind)],
  ].join(' · ');
  const lines = [`### ${n}. ${mdInline(title)}`, ''];
  if (!placed?.match) lines.push(`*${c.L.orphaned}*`, '');
  lines.push(mdQuote(target.selectors.quote.exact), '', sourceLine(target.readoutId, c), '');
  return lines;
}

/** The section, or nothing when the reader has corrected nothing (notes given in reading order). */
export function correctionsSection(ordered: readonly AnchoredNote[], c: MarkdownCtx): string[] {
  const corrections = ordered.filter((a): a is AnchoredNote & { note: CorrectionNote } =>
    isCorrection(a.note),
  );
  if (corrections.length === 0) return [];
  const lines = [`## ${c.L.corrections} (${corrections.length})`, ''];
  corrections.forEach((a, i) => {
    lines.push(...correctionLines(a, i + 1, c));
  });
  return lines;
}

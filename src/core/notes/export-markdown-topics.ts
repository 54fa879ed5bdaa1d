/**
 * The Markdown export's two topic tables. Every "only one side mentions it" claim carries its evidence (the
 * sentence that mentions it, and for `possibly-both` the candidate on the silent side); shares are compared
 * only when the comparison says the texts are comparable; "stronger wording" only from the engine's wording
 * contrast, with the words themselves. Topics the reader has checked say so.
 */
import { defaultCoverageConfig } from '../compare/coverage';
import type { Comparison, SideAnalysis, Span, TopicCoverage, WordingContrast } from '../compare/types';
import { byCodeUnits } from '../text/code-unit-order';
import type { MarkdownCtx } from './markdown-context';
import { mdTable } from './markdown-text';

type Names = [string, string];

function sideName(comparison: Comparison, i: 0 | 1, c: MarkdownCtx): string {
  const s = comparison.sides[i];
  return s.side ? c.L.side[s.side] : (s.label ?? (i === 0 ? 'A' : 'B'));
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;
const quoted = (text: string): string => `“${text.trim()}”`;

function sentenceText(side: SideAnalysis, index: number): string | null {
  const s = side.sentences[index]?.index === index ? side.sentences[index] : undefined;
  return (s ?? side.sentences.find((x) => x.index === index))?.text ?? null;
}

/** The words of a cue inside the candidate sentence (offsets are into the side's whole text). */
function cueText(side: SideAnalysis, index: number, cue: Span | undefined): string | null {
  const s = side.sentences.find((x) => x.index === index);
  if (!s || !cue || cue.start < s.start || cue.end > s.end) return null;
  return s.text.slice(cue.start - s.start, cue.end - s.start);
}

function topicCell(t: TopicCoverage, c: MarkdownCtx): string {
  return t.checked ? `${c.topicLabel(t.id)} (${c.L.checked})` : c.topicLabel(t.id);
}

function evidenceCell(comparison: Comparison, t: TopicCoverage, i: 0 | 1, names: Names, c: MarkdownCtx) {
  const other = i === 0 ? 1 : 0;
  const parts: string[] = [];
  const [first, ...rest] = t.evidence.sentences[i];
  const text = first === undefined ? null : sentenceText(comparison.sides[i], first);
  if (text) parts.push(`${names[i]}: ${quoted(text)}${rest.length > 0 ? ` ${c.L.more(rest.length)}` : ''}`);
  const candidate = t.evidence.candidates[other][0];
  const candidateText = candidate === undefined ? null : sentenceText(comparison.sides[other], candidate);
  if (t.status === 'possibly-both' && candidate !== undefined && candidateText) {
    const cue = cueText(comparison.sides[other], candidate, t.evidence.cues[other][0]);
    parts.push(
      `${names[other]}, ${c.L.candidate}: ${quoted(candidateText)}${cue ? ` (${quoted(cue)})` : ''}`,
    );
  }
  return parts.join(' · ') || '—';
}

function oneSidedRows(comparison: Comparison, names: Names, c: MarkdownCtx): string[][] {
  return comparison.topics
    .filter((t) => t.status !== 'both')
    .map((t) => {
      const i = t.status === 'only-a' ? 0 : t.status === 'only-b' ? 1 : t.counts[0] > 0 ? 0 : 1;
      const other = i === 0 ? 1 : 0;
      const reason = t.absence[other];
      const silent = t.status === 'possibly-both' ? c.L.possibly : reason ? c.L.absence[reason] : '—';
      return [
        topicCell(t, c),
        names[i],
        String(t.counts[i]),
        `${names[other]}: ${silent}`,
        evidenceCell(comparison, t, i, names, c),
      ];
    });
}

const words = (list: readonly string[]): string => list.map(quoted).join(', ');

/** Who words the topic more strongly, with the words; '—' when a side has no wording signal on it. */
function wordingCell(w: WordingContrast | null, names: Names, c: MarkdownCtx): string {
  if (!w) return '—';
  if (w.stronger === null)
    return `${c.L.even}: ${names[0]} ${words(w.words[0])}; ${names[1]} ${words(w.words[1])}`;
  const weaker = w.stronger === 0 ? 1 : 0;
  return `${names[w.stronger]}: ${words(w.words[w.stronger])} (${names[weaker]}: ${words(w.words[weaker])})`;
}

function gapRows(comparison: Comparison, names: Names, maxGaps: number, c: MarkdownCtx): string[][] {
  return comparison.topics
    .filter((t) => t.status === 'both')
    .map((t): [TopicCoverage, number] => [t, Math.abs(t.shares[0] - t.shares[1])])
    .filter(([, gap]) => gap > 0)
    .sort((x, y) => y[1] - x[1] || byCodeUnits(x[0].id, y[0].id))
    .slice(0, maxGaps)
    .map(([t]) => {
      const cell = (i: 0 | 1): string => `${percent(t.shares[i])} (${t.counts[i]})`;
      return [topicCell(t, c), cell(0), cell(1), wordingCell(t.wording, names, c)];
    });
}

export function topicTables(
  comparison: Comparison | null | undefined,
  maxGaps: number,
  c: MarkdownCtx,
): string[] {
  const { L } = c;
  if (!comparison) return [`## ${L.oneSidedTopics}`, '', L.noComparison, ''];
  const names: Names = [sideName(comparison, 0, c), sideName(comparison, 1, c)];
  const rows = oneSidedRows(comparison, names, c);
  const gaps = comparison.comparable ? gapRows(comparison, names, maxGaps, c) : [];
  const gapText = !comparison.comparable
    ? L.notComparable(defaultCoverageConfig.minComparableSentences)
    : gaps.length > 0
      ? mdTable(L.gapsHead(names[0], names[1]), gaps)
      : L.none;
  return [
    `## ${L.oneSidedTopics}`,
    '',
    rows.length > 0 ? mdTable(L.oneSidedHead, rows) : L.none,
    '',
    `## ${L.emphasisGaps}`,
    '',
    gapText,
    '',
  ];
}

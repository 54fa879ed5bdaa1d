import type { TFunction } from 'i18next';
import type { Comparison, SideAnalysis } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Lang, ReadoutText, Side } from '../../core/model';
import type { Decoration } from '../../core/view/render-segments';
import type { NoteMark } from '../notes/notes-integration';
import { sentenceTip } from './sentence-tip';

/** Everything the reading views need about one side, computed once per comparison and language. */
export interface SideView {
  side: Side;
  index: 0 | 1;
  /** Null when the side's readout is missing. */
  readout: ReadoutText | null;
  analysis: SideAnalysis;
  notes: Decoration[];
  /** What the status line says of a sentence, by sentence index (made when the reader selects it). */
  tipOf: (index: number) => string;
}

export const NO_DECORATIONS: readonly Decoration[] = [];
export const NO_HITS: ReadonlySet<number> = new Set();

export function buildSideViews(
  comparison: Comparison,
  texts: readonly [ReadoutText | null, ReadoutText | null],
  marks: readonly NoteMark[],
  t: TFunction<['reader', 'common']>,
  lexicon: CompiledLexicon,
  lang: Lang,
): [SideView, SideView] {
  const build = (index: 0 | 1, side: Side): SideView => {
    const readout = texts[index];
    const analysis = comparison.sides[index];
    const notes: Decoration[] = readout
      ? marks
          .filter((m) => m.readoutId === readout.id)
          .map((m) => ({ kind: 'note', start: m.start, end: m.end, noteId: m.noteId }))
      : [];
    const tips = new Map<number, string>();
    const tipOf = (i: number): string => {
      let tip = tips.get(i);
      if (tip === undefined) {
        const sentence = analysis.sentences[i];
        tip = sentence ? sentenceTip(sentence, side, t, lexicon, lang) : '';
        tips.set(i, tip);
      }
      return tip;
    };
    return { side, index, readout, analysis, notes, tipOf };
  };
  return [build(0, 'cn'), build(1, 'us')];
}

/** Topic ids only one side mentions (their marks get the one-sided style). */
export function oneSidedTopics(comparison: Comparison): Set<string> {
  return new Set(comparison.topics.filter((topic) => topic.status !== 'both').map((topic) => topic.id));
}

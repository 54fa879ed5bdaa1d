import { useMemo } from 'react';
import { type PhraseMarkInfo, tipPlacements } from '../../core/view/ledger-phrase-marks';
import type { Decoration, Segment } from '../../core/view/render-segments';
import { useLedgerState, useSentenceTarget } from './ledger-context';

const NONE: readonly Decoration[] = [];

export interface PhraseLayer {
  /** The set phrases' decorations of this side's text (empty until the ledger is ready, or for other texts). */
  decorations: readonly Decoration[];
  /** Classes of a leaf covered by set phrases. */
  classesOf: (segment: Segment) => string[];
  /** The marks whose toggletip follows each segment, by segment index. */
  tipsAfter: (segments: readonly Segment[]) => Map<number, PhraseMarkInfo[]>;
  /** The sentence is the one a ledger quote or a cell's link asked for. */
  targeted: boolean;
}

/**
 * What the ledger adds to one sentence of the reader: set phrase marks, the place of their toggletips, and the
 * target mark. Outside a meeting page (or before the ledger is computed) it adds nothing.
 */
export function usePhraseLayer(side: 0 | 1, readoutId: string, sentence: number): PhraseLayer {
  const state = useLedgerState();
  const target = useSentenceTarget()?.target ?? null;
  const own = state !== null && state.readoutIds[side] === readoutId;
  const marks = own ? state.marks : null;
  const targeted =
    target !== null &&
    target.side === side &&
    target.index === sentence &&
    (target.readoutId === null || target.readoutId === readoutId);
  return useMemo(() => {
    const infoOf = (id: string) => marks?.byId.get(id);
    return {
      decorations: marks ? marks.decorations[side] : NONE,
      classesOf: (segment) => {
        if (segment.phrases.length === 0) return [];
        const infos = segment.phrases.map(infoOf);
        const out = ['phrase-mark'];
        if (infos.some((i) => i?.form.nonEquivalent)) out.push('phrase-not-equivalent');
        if (infos.some((i) => i?.rejected)) out.push('phrase-rejected');
        return out;
      },
      tipsAfter: (segments) => {
        const out = new Map<number, PhraseMarkInfo[]>();
        for (const [i, ids] of tipPlacements(segments)) {
          const infos = ids.flatMap((id) => infoOf(id) ?? []);
          if (infos.length > 0) out.set(i, infos);
        }
        return out;
      },
      targeted,
    };
  }, [marks, side, targeted]);
}

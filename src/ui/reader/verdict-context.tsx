import { createContext, type ReactNode, useContext } from 'react';
import type { Verdict } from '../../core/compare/types';
import type { NotesErrorCode } from '../../core/notes/notes-errors';

/**
 * What the evidence toggletips and the sentence tools call to record the reader's verdicts on the comparison
 * shown. Each call resolves to the error code of a failed write (shown beside the control), else null.
 */
export interface VerdictActions {
  /**
   * Records that sentence `sentence` of side `side` does or does not mention `topicId`. Saying again what the
   * tagger says takes an earlier correction back instead of stacking a new one.
   */
  setVerdict(
    side: 0 | 1,
    sentence: number,
    topicId: string,
    verdict: Verdict,
  ): Promise<NotesErrorCode | null>;
  /** Takes back the reader's verdicts on this sentence and topic: the tagger's word stands again. */
  clearVerdict(side: 0 | 1, sentence: number, topicId: string): Promise<NotesErrorCode | null>;
}

const VerdictContext = createContext<VerdictActions | null>(null);

export function VerdictProvider({ actions, children }: { actions: VerdictActions; children: ReactNode }) {
  return <VerdictContext.Provider value={actions}>{children}</VerdictContext.Provider>;
}

/** The page's verdict actions; null where the reader cannot correct (nothing to write to). */
export function useVerdictActions(): VerdictActions | null {
  return useContext(VerdictContext);
}

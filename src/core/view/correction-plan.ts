import type { Verdict } from '../compare/types';

/*
 * How a verdict on one sentence and topic is written, given the reader's earlier corrections there and what the
 * tagger says: the earlier ones go (a later verdict replaces them, never stacks), and a new correction is written
 * unless the tagger already agrees, in which case taking the opposite correction back was the whole change.
 */

export interface CorrectionPlan<T> {
  remove: T[];
  create: boolean;
}

/**
 * `earlier`: the corrections already on this sentence and topic, oldest first; `tagged`: the tagger tags the
 * sentence with the topic; `candidate`: the looser search found it there. Null when the verdict is already the
 * reader's last word.
 */
export function correctionPlan<T extends { verdict: Verdict }>(
  earlier: readonly T[],
  verdict: Verdict,
  tagged: boolean,
  candidate: boolean,
): CorrectionPlan<T> | null {
  if (earlier.at(-1)?.verdict === verdict) return null;
  // A rejected candidate needs its "absent" kept: without it the looser search would offer it again.
  const taggerAgrees = (verdict === 'present') === tagged && !(verdict === 'absent' && candidate);
  return { remove: [...earlier], create: !(earlier.length > 0 && taggerAgrees) };
}

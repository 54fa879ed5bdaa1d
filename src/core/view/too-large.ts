import { type AlignLimitCode, isAlignLimitError } from '../compare/align-band';
import type { Side } from '../model';

/**
 * A pair the engine refused as too large to align (AlignLimitError), as the page explains it: how many
 * sentences each side's text has and the limit, so the reader knows how much to cut.
 */
export interface TooLargeToAlign {
  code: AlignLimitCode;
  /** Sentences in the Chinese side's and the US side's text. */
  cn: number;
  us: number;
  /** Most sentences per text ('too-many-sentences'), or most sentence pairs weighed ('band-too-narrow'). */
  limit: number;
}

/** The refusal in `error`, if it is one; `sides` are the sides of the compared inputs a and b, in order. */
export function tooLargeToAlign(error: unknown, sides: readonly [Side?, Side?]): TooLargeToAlign | null {
  if (!isAlignLimitError(error)) return null;
  const [n, m] = error.sentences;
  // The reader compares the Chinese side as `a`; a pair given the other way round is turned back.
  const [cn, us] = sides[0] === 'us' || sides[1] === 'cn' ? [m, n] : [n, m];
  return { code: error.code, cn, us, limit: error.limit };
}

import type { Comparison } from '../../core/compare/types';
import type { Side } from '../../core/model';
import { type TooLargeToAlign, tooLargeToAlign } from '../../core/view/too-large';

/**
 * A meeting page's comparison: still coming, at hand, or failed with the engine's error code (and, when the
 * engine refused the pair as too large to align, the figures the page explains it with).
 */
export type ComparisonState =
  | { status: 'pending' }
  | { status: 'ready'; comparison: Comparison }
  | { status: 'error'; code: string; tooLarge?: TooLargeToAlign };

/** The core's typed errors carry a code; anything else is reported as `unknown`. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return 'unknown';
}

/** The failed state for `error`, from comparing inputs of these sides (a, b). */
export function errorState(error: unknown, sides: readonly [Side?, Side?]): ComparisonState {
  const tooLarge = tooLargeToAlign(error, sides);
  return tooLarge
    ? { status: 'error', code: tooLarge.code, tooLarge }
    : { status: 'error', code: errorCode(error) };
}

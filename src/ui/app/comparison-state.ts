import type { Comparison } from '../../core/compare/types';

/** A meeting page's comparison: still coming, at hand, or failed with the engine's error code. */
export type ComparisonState =
  | { status: 'pending' }
  | { status: 'ready'; comparison: Comparison }
  | { status: 'error'; code: string };

/** The core's typed errors carry a code; anything else is reported as `unknown`. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return 'unknown';
}

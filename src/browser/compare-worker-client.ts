// STUB owned by the bring-your-own helper: runs compareReadouts in a Web Worker for large texts.
import type { CompareInput, Comparison } from '../core/compare/types';

export async function compareInWorker(_a: CompareInput, _b: CompareInput): Promise<Comparison> {
  throw new Error('compareInWorker is not implemented yet');
}

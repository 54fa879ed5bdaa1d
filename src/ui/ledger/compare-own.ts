import type { CompareInput, Comparison } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';

/**
 * One of the reader's own meetings compared for the ledger across meetings: through the app's one path for
 * texts the build did not compare (the worker, off this thread). The only place the ledger reaches into it.
 */
export async function compareOwn(
  a: CompareInput,
  b: CompareInput,
  lexicon: CompiledLexicon,
): Promise<Comparison> {
  const { compareTexts } = await import('../app/compare-texts');
  return compareTexts(a, b, lexicon);
}

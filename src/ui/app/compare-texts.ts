import type { RequestOptions } from '../../browser/compare-worker-client';
import type { CompareInput, Comparison } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import { corpusLexicon, loadLexiconData, whenLexiconReady } from './corpus';

/*
 * Comparing texts the build did not compare (the reader's own meetings, pasted pairs), off the first page's
 * bundle: in the compare worker where the texts are tagged with the corpus lexicon (the page hands the worker
 * its data), else, or should the worker fail, on this thread with the engine loaded then. Nothing here runs
 * while a corpus page loads: the build compared the corpus.
 */

/** The worker client, told where the corpus lexicon is (it loads with the first comparison). */
export function corpusWorker(): Promise<typeof import('../../browser/compare-worker-client')> {
  return import('../../browser/compare-worker-client').then((client) => {
    client.provideWorkerLexicon(loadLexiconData);
    return client;
  });
}

/** On this thread: the engine (and the corpus lexicon's patterns, if it is that one) load first. */
export async function compareOnPage(
  a: CompareInput,
  b: CompareInput,
  lexicon: CompiledLexicon,
): Promise<Comparison> {
  const [engine] = await Promise.all([
    import('../../core/compare/compare-readouts'),
    whenLexiconReady(lexicon),
  ]);
  // prepareCompare loads the Traditional → Simplified dictionary only when a text needs it.
  return engine.prepareCompare(a, b, lexicon);
}

/** Above this many characters (both texts) nothing compares on this thread after the worker failed. */
const ON_PAGE_LIMIT = 20_000;

/** The worker itself failed (it could not start, or died): not a cancellation, nor the engine's typed error. */
function workerFailed(error: unknown): boolean {
  if (error instanceof DOMException && error.name === 'AbortError') return false;
  return !(typeof error === 'object' && error !== null && 'code' in error);
}

/**
 * Two texts compared with `lexicon`: in the worker when it is the corpus's (the worker holds no other), on this
 * thread otherwise, or when the worker failed and the texts are small.
 */
export async function compareTexts(
  a: CompareInput,
  b: CompareInput,
  lexicon: CompiledLexicon,
  options: RequestOptions = {},
): Promise<Comparison> {
  if (lexicon !== corpusLexicon()) return compareOnPage(a, b, lexicon);
  try {
    return await (await corpusWorker()).compareInWorker(a, b, options);
  } catch (error) {
    if (!workerFailed(error) || a.text.length + b.text.length > ON_PAGE_LIMIT) throw error;
    return compareOnPage(a, b, lexicon);
  }
}

/**
 * The work the compare worker does, as plain async functions, so the page can run the very same code on
 * its own thread where Workers are missing (unit tests in jsdom, very old browsers).
 * Heavy modules are imported on demand: the engine for comparing (with the lexicon data the page passes),
 * the ingest modules (htmlparser2, yaml) only when a text is ingested.
 */
import type { CompareInput, Comparison } from '../core/compare/types';
import type { IngestedText, SourceKind } from '../core/ingest/ingest-text';
import type { LexiconData } from '../core/lexicon/lexicon-data';
import type { CompiledLexicon } from '../core/lexicon/types';
import type { Side } from '../core/model';

let compiled: { data: LexiconData; lexicon: Promise<CompiledLexicon> } | null = null;

/** Compiled once per lexicon object: its regexes are reused for every comparison. */
function compiledLexicon(data: LexiconData): Promise<CompiledLexicon> {
  if (compiled?.data !== data) {
    compiled = {
      data,
      lexicon: import('../core/lexicon/compile-lexicon').then((m) => m.compileLexicon(data)),
    };
  }
  return compiled.lexicon;
}

export async function runCompare(
  a: CompareInput,
  b: CompareInput,
  lexicon: LexiconData,
): Promise<Comparison> {
  const [compiledLex, engine] = await Promise.all([
    compiledLexicon(lexicon),
    import('../core/compare/compare-readouts'),
  ]);
  // prepareCompare loads the Traditional → Simplified dictionary only when a text needs it.
  return engine.prepareCompare(a, b, compiledLex);
}

export async function runIngestFile(bytes: Uint8Array, name: string, side?: Side): Promise<IngestedText> {
  const { ingestFile } = await import('../core/ingest/ingest-file');
  return ingestFile(bytes, name, side ? { side } : {});
}

export async function runIngestText(
  text: string,
  label: string,
  side?: Side,
  kind?: SourceKind,
): Promise<IngestedText> {
  const { ingestText } = await import('../core/ingest/ingest-text');
  return ingestText(text, {
    file: label,
    ...(side ? { side } : {}),
    ...(kind ? { kind } : {}),
  });
}

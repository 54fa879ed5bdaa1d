/**
 * The work the compare worker does, as plain async functions, so the page can run the very same code on
 * its own thread where Workers are missing (unit tests in jsdom, very old browsers).
 * Heavy modules are imported on demand: the engine for comparing (with the lexicon data the page passes),
 * the ingest modules (htmlparser2, yaml) only when a text is ingested, and extraction (issue 11: a saved page's
 * readout, the meeting's metadata) when the page has passed its data.
 */
import type { CompareInput, Comparison } from '../core/compare/types';
import type { PageFileKind } from '../core/extract/ingest-page';
import type { IngestedText, SourceKind } from '../core/ingest/ingest-text';
import type { LexiconData } from '../core/lexicon/lexicon-data';
import type { CompiledLexicon } from '../core/lexicon/types';
import type { Side } from '../core/model';
import type { ExtractData } from './compare-worker-protocol';

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

/** A saved web page by its name: read as an official page when extraction's data is at hand. */
export function pageFileKind(name: string): PageFileKind | null {
  const lower = name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(mhtml|mht)$/.test(lower)) return 'mhtml';
  return null;
}

/**
 * A dropped or opened file. With extraction's data, a saved page gives its readout's body and the meeting's
 * metadata, and any other text gets the metadata finders' guesses; without it, the plain ingestion as before.
 */
export async function runIngestFile(
  bytes: Uint8Array,
  name: string,
  side?: Side,
  extract?: ExtractData | null,
): Promise<IngestedText> {
  const kind = pageFileKind(name);
  if (extract && kind) {
    const { ingestPage } = await import('../core/extract/ingest-page');
    return ingestPage(bytes, name, kind, side, extract);
  }
  const { ingestFile } = await import('../core/ingest/ingest-file');
  const result = ingestFile(bytes, name, side ? { side } : {});
  if (!extract) return result;
  const { withMeetingMeta } = await import('../core/extract/ingest-page');
  return withMeetingMeta(result, side, extract);
}

/** Pasted or typed text; pasted page source is read as a page (never run, never shown as HTML). */
export async function runIngestText(
  text: string,
  label: string,
  side?: Side,
  kind?: SourceKind,
  extract?: ExtractData | null,
): Promise<IngestedText> {
  const { ingestText } = await import('../core/ingest/ingest-text');
  const result = ingestText(text, {
    file: label,
    ...(side ? { side } : {}),
    ...(kind ? { kind } : {}),
  });
  if (!extract) return result;
  const { ingestPastedPage, withMeetingMeta } = await import('../core/extract/ingest-page');
  return result.kind === 'html'
    ? ingestPastedPage(text, result, side, extract)
    : withMeetingMeta(result, side, extract);
}

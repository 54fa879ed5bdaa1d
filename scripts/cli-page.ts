/**
 * A saved web page (.html, .htm, .mhtml) read for the `compare` command exactly as the app reads one dropped on
 * New comparison (src/core/extract/ingest-page.ts, issue 11): the same checks of the file, then the
 * readout's body only (no menus, headline or footer), with the extraction data of the project's readouts/.
 * So a page is compared on the same text, with the same offsets, in the command and in the app.
 */
import path from 'node:path';
import type { ExtractData } from '../src/browser/compare-worker-protocol';
import { ExtractError } from '../src/core/extract/extract-error';
import { pageKindFromName } from '../src/core/extract/extract-page';
import { ingestPage, type PageFileKind } from '../src/core/extract/ingest-page';
import type { IngestedText } from '../src/core/ingest/ingest-text';
import { InputError } from './cli-args';
import { projectRoot } from './cli-data';
import { loadExtractData } from './vite-plugin-extract-data';

let data: ExtractData | null = null;

/** The issuer rules and the gazetteer, read and validated once, only when a page is compared. */
function extractData(): ExtractData {
  if (!data) {
    const { issuers, officials } = loadExtractData(path.join(projectRoot(), 'readouts'));
    data = { issuers, officials };
  }
  return data;
}

export function pageFileKind(file: string): PageFileKind | null {
  const kind = pageKindFromName(file);
  return kind === 'html' || kind === 'mhtml' ? kind : null;
}

/** Throws IngestError (a refused file) or InputError (an .mhtml file without a page), as the app refuses them. */
export function readPage(bytes: Uint8Array, file: string, kind: PageFileKind): IngestedText {
  try {
    return ingestPage(bytes, file, kind, undefined, extractData());
  } catch (error) {
    // Broken project data is the project's fault (exit 1), not the input's.
    if (error instanceof ExtractError && error.code !== 'bad-data')
      throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
}

/**
 * The one entry point of extraction, for the CLI and (phase 2) the browser's worker alike: a saved or
 * fetched page (HTML, MHTML, text, Markdown) → ExtractedPage. Pure: the caller reads the bytes.
 */
import { decodeBytes } from './decode-bytes';
import { ExtractError } from './extract-error';
import { extractHtml } from './extract-html';
import { extractPlain } from './extract-plain';
import { guessIssuerFromText } from './guess-issuer';
import type { IssuerRules } from './issuer-rules';
import { decodeMhtml } from './mhtml';
import type { ExtractedPage } from './types';

export type PageKind = 'html' | 'mhtml' | 'text' | 'markdown';

/** The kind of a saved file by its name; null for anything that is not a page or a text. */
export function pageKindFromName(name: string): PageKind | null {
  const lower = name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(mhtml|mht)$/.test(lower)) return 'mhtml';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (/\.txt$/.test(lower)) return 'text';
  return null;
}

export interface PageInput {
  bytes: Uint8Array;
  kind: PageKind;
  /** Where the page came from (a fetched URL); wins over addresses written in the page. */
  url?: string;
  /** Encoding given by the server (`Content-Type` charset), if any. */
  charset?: string;
}

export function extractPage(input: PageInput, rules: IssuerRules): ExtractedPage {
  const options = input.url ? { url: input.url } : {};
  let page: ExtractedPage;
  switch (input.kind) {
    case 'mhtml': {
      const saved = decodeMhtml(input.bytes);
      page = extractHtml(saved.html, rules, input.url ? options : saved.url ? { url: saved.url } : {});
      break;
    }
    case 'html':
      page = extractHtml(decodeBytes(input.bytes, input.charset), rules, options);
      break;
    case 'text':
    case 'markdown':
      page = extractPlain(decodeBytes(input.bytes, input.charset ?? 'utf-8'), input.kind, rules, options);
      break;
    default:
      throw new ExtractError('unsupported-type', 'not a web page or a text file');
  }
  return guessIssuerFromText(page, rules);
}

/**
 * One side's raw input (pasted text, or a decoded file) → a clean readout text with its language and
 * metadata guesses. Throws IngestError for empty, punctuation-only and over-long texts and broken front
 * matter, so nothing is saved from a bad input.
 */
import type { Lang, Side } from '../model';
import { detectLangGuess } from './detect';
import { splitFrontMatter } from './front-matter';
import { metaFromFrontMatter } from './front-matter-meta';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { IngestError } from './ingest-errors';
import { MAX_CHARS } from './limits';
import { type MetaPrefill, prefillFromText } from './prefill-meta';

export { MAX_CHARS } from './limits';

export type SourceKind = 'text' | 'markdown' | 'html';

export interface IngestOptions {
  /** File name, or a label such as "Chinese side (pasted)"; every error names it. */
  file?: string;
  /** How to read the input; by default HTML is recognised by its look and front matter by its `---`. */
  kind?: SourceKind;
  /** The box the text was put in: narrows the issuer guess. */
  side?: Side;
  /** Language detector; defaults to the engine's detectLang with our confidence check. */
  detect?: (text: string) => { lang: Lang; confident: boolean };
}

export interface IngestedText {
  text: string;
  lang: Lang;
  /** False when the detector hesitated: the UI asks the reader to check the language. */
  langConfident: boolean;
  kind: SourceKind;
  meta: MetaPrefill;
  file?: string;
}

export function ingestText(raw: string, options: IngestOptions = {}): IngestedText {
  const { file } = options;
  const kind = options.kind ?? (looksLikeHtml(raw) ? 'html' : hasFrontMatterStart(raw) ? 'markdown' : 'text');
  // Plain text far over the limit is refused before any work on it; HTML markup may legitimately be larger.
  if (kind !== 'html' && raw.length > MAX_CHARS + 100_000) {
    throw new IngestError('too-large', file, { limit: MAX_CHARS, actual: raw.length });
  }

  let body = raw.replace(/^\uFEFF/, '');
  let base: MetaPrefill = {};
  if (kind === 'html') {
    const html = htmlToText(body);
    body = html.text;
    if (html.title) base.title = html.title;
    if (html.url) base.sourceUrl = html.url;
  } else {
    const split = splitFrontMatter(body, file);
    body = split.body;
    if (split.data) base = metaFromFrontMatter(split.data);
  }

  const text = normalizeText(body);
  if (text.length === 0) throw new IngestError('empty', file);
  if (!/\p{L}/u.test(text)) throw new IngestError('punctuation-only', file);
  if (text.length > MAX_CHARS)
    throw new IngestError('too-large', file, { limit: MAX_CHARS, actual: text.length });

  const detected = base.lang
    ? { lang: base.lang, confident: true }
    : (options.detect ?? detectLangGuess)(text);
  const meta = prefillFromText(text, options.side, base);
  const result: IngestedText = { text, lang: detected.lang, langConfident: detected.confident, kind, meta };
  if (file !== undefined) result.file = file;
  return result;
}

function hasFrontMatterStart(raw: string): boolean {
  return /^\uFEFF?---[ \t]*\r?\n/.test(raw);
}

/**
 * Line ends to \n, no NUL or BOM, no leading or trailing spaces, at most one blank line between paragraphs.
 * The stored text is this normalised string: every offset (notes, spans) refers to it.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '')
    .replaceAll('\uFEFF', '')
    .replace(/[ \t\u00a0\u3000]+$/gm, '')
    .replace(/^[ \t\u00a0\u3000]+/gm, '') // paragraph indents (two ideographic spaces in Chinese)
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}

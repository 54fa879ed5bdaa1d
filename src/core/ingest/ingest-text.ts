/**
 * One side's raw input (pasted text, or a decoded file) → a clean readout text with its language and
 * metadata guesses. Throws IngestError for empty, punctuation-only and over-long texts and broken front
 * matter, so nothing is saved from a bad input.
 */
import type { Lang, Side } from '../model';
import { CONTROL } from './decode-file';
import { detectLangGuess } from './detect';
import { splitFrontMatter } from './front-matter';
import { type FieldProblem, readReadoutFields } from './front-matter-fields';
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
  /** Most characters of the final text; defaults to MAX_CHARS (the app's limit). */
  maxChars?: number;
}

/** An input that passed every check, before any guess about its language or metadata. */
export interface CheckedText {
  text: string;
  kind: SourceKind;
  /** The front matter's mapping as written (null without front matter); HTML has none. */
  frontMatter: Record<string, unknown> | null;
  /** What the HTML page itself says (its title and address). */
  html: { title?: string; url?: string };
}

export interface IngestedText {
  text: string;
  lang: Lang;
  /** False when the detector hesitated: the UI asks the reader to check the language. */
  langConfident: boolean;
  kind: SourceKind;
  meta: MetaPrefill;
  file?: string;
  /**
   * Front-matter values left out of `meta` because they are wrong (a date that does not exist, a `javascript:`
   * address, a language the text contradicts): what the `compare` command and the corpus refuse the file for.
   */
  frontMatterProblems?: FieldProblem[];
}

/** An input taken apart (HTML read as text, or front matter split off), before any check of its text. */
export interface SplitInput extends Omit<CheckedText, 'text'> {
  /** The text still to check (`checkBody`). */
  body: string;
}

type CheckOptions = Omit<IngestOptions, 'side' | 'detect'>;

/**
 * The first half of the checks: HTML to text, or front matter split and parsed. Throws IngestError. The
 * corpus loader checks the front matter's fields between the two halves, so it reports both kinds of fault.
 */
export function splitInput(raw: string, options: CheckOptions = {}): SplitInput {
  const { file } = options;
  const maxChars = options.maxChars ?? MAX_CHARS;
  const kind = options.kind ?? (looksLikeHtml(raw) ? 'html' : hasFrontMatterStart(raw) ? 'markdown' : 'text');
  // Plain text far over the limit is refused before any work on it; HTML markup may legitimately be larger.
  if (kind !== 'html' && raw.length > maxChars + 100_000) {
    throw new IngestError('too-large', file, { limit: maxChars, actual: raw.length });
  }
  const unmarked = raw.replace(/^\uFEFF/, '');
  if (kind === 'html') {
    const page = htmlToText(unmarked);
    const html: CheckedText['html'] = {};
    if (page.title) html.title = page.title;
    if (page.url) html.url = page.url;
    return { kind, frontMatter: null, html, body: page.text };
  }
  const split = splitFrontMatter(unmarked, file);
  return { kind, frontMatter: split.data, html: {}, body: split.body };
}

/** The second half: the text normalised, then refused when empty, without a letter or over the limit. */
export function checkBody(body: string, options: Pick<CheckOptions, 'file' | 'maxChars'> = {}): string {
  const { file } = options;
  const maxChars = options.maxChars ?? MAX_CHARS;
  const text = normalizeText(body);
  if (text.length === 0) throw new IngestError('empty', file);
  if (!/\p{L}/u.test(text)) throw new IngestError('punctuation-only', file);
  if (text.length > maxChars)
    throw new IngestError('too-large', file, { limit: maxChars, actual: text.length });
  return text;
}

/**
 * The checks every untrusted text goes through, in the app (paste, drop, open), the `compare` command and the
 * corpus loader: HTML to text, front matter split and parsed, the text normalised, then refused when empty,
 * without a letter (zero-width or punctuation-only) or over the limit. Throws IngestError, nothing else.
 */
export function checkText(raw: string, options: CheckOptions = {}): CheckedText {
  const { body, ...parts } = splitInput(raw, options);
  return { ...parts, text: checkBody(body, options) };
}

export function ingestText(raw: string, options: IngestOptions = {}): IngestedText {
  return ingestChecked(checkText(raw, options), options);
}

/** Language and metadata guesses for a checked text (shared by `ingestText` and `ingestFile`). */
export function ingestChecked(checked: CheckedText, options: IngestOptions = {}): IngestedText {
  const { text, kind } = checked;
  const base: MetaPrefill = checked.frontMatter ? metaFromFrontMatter(checked.frontMatter) : {};
  const problems = checked.frontMatter ? readReadoutFields(checked.frontMatter, text).problems : [];
  // A declared language the text contradicts is not trusted: the detector reads it, and the reader checks.
  const langRefused = problems.some((p) => p.field === 'lang');
  if (langRefused) delete base.lang;
  if (checked.html.title) base.title = checked.html.title;
  if (checked.html.url) base.sourceUrl = checked.html.url;
  const guess = base.lang ? { lang: base.lang, confident: true } : (options.detect ?? detectLangGuess)(text);
  const detected = langRefused ? { ...guess, confident: false } : guess;
  const meta = prefillFromText(text, options.side, base);
  const result: IngestedText = { text, lang: detected.lang, langConfident: detected.confident, kind, meta };
  if (options.file !== undefined) result.file = options.file;
  if (problems.length > 0) result.frontMatterProblems = problems;
  return result;
}

function hasFrontMatterStart(raw: string): boolean {
  return /^\uFEFF?---[ \t]*[\r\n]/.test(raw);
}

/**
 * Line ends to \n, no NUL, other control character or BOM, no leading or trailing spaces, at most one blank
 * line between paragraphs. The stored text is this normalised string: every offset (notes, spans) refers to it.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '') // NUL and the other controls a decoded file has already lost
    .replaceAll('\uFEFF', '')
    .replace(/[ \t\u00a0\u3000]+$/gm, '')
    .replace(/^[ \t\u00a0\u3000]+/gm, '') // paragraph indents (two ideographic spaces in Chinese)
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}

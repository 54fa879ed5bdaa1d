/**
 * Page and text ingestion with extraction (issue 11), run by the compare worker and by the `compare` command: a saved official page
 * (.html, .htm, .mhtml) → the readout's body only (no menus, share bars, related links or footer) with the
 * meeting's metadata found for the form; a pasted or opened text → the same metadata finders. Loaded on demand
 * (htmlparser2 and the finders stay out of the first page). The page is only ever parsed as text: nothing in it
 * runs and no markup leaves this module.
 */

import { ingestFile } from '../ingest/ingest-file';
import { type IngestedText, ingestText } from '../ingest/ingest-text';
import { foundMeeting, type MetaPrefill, mergeDefined } from '../ingest/prefill-meta';
import type { Side } from '../model';
import { decodeBytes } from './decode-bytes';
import { ExtractError } from './extract-error';
import { extractHtml } from './extract-html';
import { guessIssuerFromText } from './guess-issuer';
import { compileIssuerRules, type IssuerRules, type IssuerRulesData } from './issuer-rules';
import { findMeetingMeta } from './meta/find-meeting-meta';
import { decodeMhtml } from './mhtml';
import { buildGazetteer, type Gazetteer, type GazetteerData } from './officials';
import type { ExtractedPage } from './types';

export type PageFileKind = 'html' | 'mhtml';

/** The extraction's data: the issuers' page rules and the gazetteer of officials (from readouts/). */
export interface ExtractData {
  issuers: IssuerRulesData;
  officials: GazetteerData;
}

let compiled: { data: ExtractData; rules: IssuerRules; gazetteer: Gazetteer } | null = null;

/** Compiled once per data object: the selectors and the gazetteer's lookups serve every page. */
function compiledData(data: ExtractData): { rules: IssuerRules; gazetteer: Gazetteer } {
  if (compiled?.data !== data) {
    compiled = {
      data,
      rules: compileIssuerRules(data.issuers, 'issuers.yaml'),
      gazetteer: buildGazetteer(data.officials, 'officials.yaml'),
    };
  }
  return compiled;
}

const sideOption = (side: Side | undefined) => (side ? { side } : {});

/** The extracted readout → the side's ingested text: its body as the text, the page's facts as the meta. */
function fromPage(
  page: ExtractedPage,
  file: string,
  side: Side | undefined,
  gazetteer: Gazetteer,
): IngestedText {
  // The checks every text goes through (empty, too long); the body is already normalised, so it stays as is.
  const text = ingestText(page.body, { file, kind: 'text', ...sideOption(side) });
  const meta = findMeetingMeta({ ...page, body: text.text }, gazetteer);
  const found: MetaPrefill = { found: foundMeeting(meta, 'page') };
  if (page.side) found.side = page.side.value;
  if (page.issuer) found.issuer = page.issuer.value.name;
  if (page.title) found.title = page.title.value;
  // Provenance holds only what the page states, never a guess.
  if (page.title && !page.title.guessed) found.sourceTitle = page.title.value;
  if (page.date && !page.date.guessed) found.sourceDate = page.date.value;
  if (page.url) found.sourceUrl = page.url;
  if (meta.date) found.date = meta.date.value;
  if (meta.format) found.format = meta.format.value;
  // An address quoted in the body is not the page's own.
  const { sourceUrl: _quoted, ...fromText } = text.meta;
  return {
    ...text,
    lang: page.lang.value,
    langConfident: !page.lang.guessed,
    kind: 'html',
    meta: mergeDefined(fromText, found),
  };
}

/** The meeting finders on a text that is not a page: date, format, place, participants, title, requester. */
export function withMeetingMeta(
  result: IngestedText,
  side: Side | undefined,
  data: ExtractData,
): IngestedText {
  const { gazetteer } = compiledData(data);
  const page: ExtractedPage = {
    body: result.text,
    lang: { value: result.lang, guessed: !result.langConfident, from: 'text' },
    method: 'plain',
  };
  if (result.meta.title) page.title = { value: result.meta.title, guessed: true, from: 'text' };
  const readoutSide = result.meta.side ?? side;
  if (readoutSide) page.side = { value: readoutSide, guessed: true, from: 'input' };
  if (result.meta.date) page.date = { value: result.meta.date, guessed: true, from: 'text' };
  const meta = findMeetingMeta(page, gazetteer);
  const guesses: MetaPrefill = { found: foundMeeting(meta, 'text') };
  if (meta.date) guesses.date = meta.date.value;
  if (meta.format) guesses.format = meta.format.value;
  // Front matter is the author's word: the finders only fill what it leaves out. Otherwise they read the
  // headline and the opening more closely than the first guesses from the whole text, so they win.
  const merged =
    result.kind === 'markdown' ? mergeDefined(guesses, result.meta) : mergeDefined(result.meta, guesses);
  return { ...result, meta: merged };
}

/** The readout in HTML source (a saved page or pasted page source), else the page's whole text as before. */
function readPage(
  html: string,
  url: string | undefined,
  file: string,
  side: Side | undefined,
  data: ExtractData,
  whole: () => IngestedText,
): IngestedText {
  const { rules, gazetteer } = compiledData(data);
  let page: ExtractedPage;
  try {
    page = guessIssuerFromText(extractHtml(html, rules, url ? { url } : {}), rules);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    // No block reads like a readout (a short note, a list page): the page's text, with the finders' guesses.
    return withMeetingMeta(whole(), side, data);
  }
  return fromPage(page, file, side, gazetteer);
}

/**
 * A dropped or opened page → its readout. An HTML file first passes every check of a dropped file (binary,
 * encoding, size: the same refusals as before); an .mhtml file is unpacked to its HTML part and address.
 * Throws IngestError for a refused file, ExtractError for an .mhtml file that holds no page.
 */
export function ingestPage(
  bytes: Uint8Array,
  name: string,
  kind: PageFileKind,
  side: Side | undefined,
  data: ExtractData,
): IngestedText {
  if (kind === 'mhtml') {
    const saved = decodeMhtml(bytes);
    const whole = () => ingestText(saved.html, { file: name, kind: 'html', ...sideOption(side) });
    return readPage(saved.html, saved.url, name, side, data, whole);
  }
  const plain = ingestFile(bytes, name, sideOption(side));
  let html: string;
  try {
    html = decodeBytes(bytes);
  } catch {
    return withMeetingMeta(plain, side, data);
  }
  return readPage(html, undefined, name, side, data, () => plain);
}

/** Page source pasted in a box (already checked as HTML by ingestText): read as a page too. */
export function ingestPastedPage(
  html: string,
  result: IngestedText,
  side: Side | undefined,
  data: ExtractData,
): IngestedText {
  return readPage(html, undefined, result.file ?? '', side, data, () => result);
}

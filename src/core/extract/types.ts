/**
 * What extraction and the metadata finders return. Every found value says whether it is a guess, so the
 * reader (the browser form, the CLI's summary) can show it as one and let it be corrected before saving.
 */
import type { Bilingual, Lang, MeetingFormat, Side } from '../model';
import type { TitleForm } from './officials';

/** Where a value was read: the issuer's rule, the page's own metadata, the text, the address, or the caller. */
type FoundFrom = 'rule' | 'meta' | 'text' | 'url' | 'input';

/** A span of the text that supports a guess: UTF-16 offsets into `body` (or into the title). */
export interface Evidence {
  in: 'body' | 'title';
  start: number;
  end: number;
}

export interface Found<T> {
  value: T;
  /** True when the value is inferred (the reader should check it); false when the page states it. */
  guessed: boolean;
  from: FoundFrom;
  evidence?: Evidence;
}

/** A known publisher of readouts (see data/issuers.yaml). */
export interface IssuerInfo {
  /** Short code used in corpus text ids, e.g. `wh` in `us-wh-en`. */
  code: string;
  name: Bilingual;
  side: Side;
}

/** One readout page reduced to its text and the facts the page gives about itself. */
export interface ExtractedPage {
  /** The readout's text only: paragraphs separated by one blank line, no navigation, no footer. */
  body: string;
  title?: Found<string>;
  /** Publication date, YYYY-MM-DD. */
  date?: Found<string>;
  issuer?: Found<IssuerInfo>;
  lang: Found<Lang>;
  side?: Found<Side>;
  /** The page's own http(s) address, when known (given, canonical link, or where it was saved from). */
  url?: string;
  /** How the body was found: an issuer's selectors, the general scorer, or plain text passed through. */
  method: 'rule' | 'fallback' | 'plain';
}

export interface FoundParticipant {
  side: Side;
  name: Bilingual;
  title: Bilingual;
  /** Gazetteer key of the official, e.g. `wang-yi`; absent for one the gazetteer does not list. */
  official?: string;
  /** Short name for meeting titles and ids, e.g. `{ en: Blinken, zh: 布林肯 }`. */
  short: Bilingual;
  /** Issuer code of the official's own office (for the other side's `missing` entry). */
  issuer?: string;
  guessed: true;
  evidence: Evidence;
}

/** Which side asked for the call or meeting, with the words that say so. */
export interface RequestedBy {
  side: Side;
  guessed: true;
  /** The phrase itself, e.g. 应约 or "at the request of". */
  phrase: string;
  evidence: Evidence;
}

/** An official the gazetteer does not list, named after a known title ("Foreign Minister Li Ming"). */
export interface TitledName {
  side: Side;
  lang: Lang;
  /** The name as written, in the text's language only. */
  name: string;
  /** The title entry it was introduced with (its key pairs the two languages of a readout pair). */
  title: TitleForm;
  guessed: true;
  evidence: Evidence;
}

export interface MeetingMeta {
  /** Date of the meeting (a dateline in the text, else the publication date). */
  date?: Found<string>;
  format?: Found<MeetingFormat>;
  place?: Found<Bilingual>;
  participants: FoundParticipant[];
  /** Officials named after a title but not in the gazetteer: for the reader to confirm, name in one language. */
  unlisted: TitledName[];
  title?: Found<Bilingual>;
  requestedBy?: RequestedBy;
}

/**
 * The readout data model shared by the corpus loader, the engine, the UI, notes and user-made meetings.
 * Plain serialisable data: no classes, no DOM.
 */

export type Side = 'cn' | 'us';
export type Lang = 'zh' | 'en';

/** A string in both UI languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

export type MeetingFormat = 'meeting' | 'phone' | 'video' | 'talks';

export interface Participant {
  side: Side;
  name: Bilingual;
  title: Bilingual;
}

/** Where an official text was published. Fields are optional because the seeds do not always say. */
export interface OfficialSource {
  title?: string;
  url?: string;
  date?: string; // YYYY-MM-DD
}

/** A news article (a seed file) that quotes the text. */
export interface Quotation {
  seed: string; // file name under shared/seeds/, e.g. 000_179a8b8892f7b898.txt
  outlet: Bilingual;
  url?: string;
  date?: string;
}

/**
 * Who made a translation. `project` = this project's own unofficial translation;
 * `outlet` = a translation quoted from a news outlet (named).
 */
export type Translator = { type: 'project' } | { type: 'outlet'; outlet: Bilingual };

export type ReadoutKind = 'original' | 'translation';
export type Completeness = 'full' | 'excerpt';

/** One text of one side's readout: the original, or a translation of it. */
export interface ReadoutText {
  /** Unique within its meeting, e.g. `cn-idcpc-zh`, `us-wh-zh-rfi`. */
  id: string;
  side: Side;
  lang: Lang;
  kind: ReadoutKind;
  issuer: Bilingual;
  completeness: Completeness;
  /** For a translation: id of the text it translates, when that text is in the corpus. */
  translationOf?: string;
  /** For a translation: who made it. */
  translator?: Translator;
  /** The official publication (for a translation: of the original it renders). */
  source: OfficialSource;
  /** Seed articles that quote this text; empty for texts not taken from a seed. */
  quotedIn: Quotation[];
  /** A free note shown with the provenance, e.g. "the official English original exists at the issuer". */
  note?: Bilingual;
  /** The readout text itself (UTF-16 offsets into this string are what every span refers to). */
  text: string;
  /** Path of the file the text came from, for error messages and contribute-back. */
  file?: string;
}

/** A side whose readout the sources do not quote: recorded, never invented. */
export interface MissingReadout {
  side: Side;
  issuer: Bilingual;
  note?: Bilingual;
  source?: OfficialSource;
}

export interface Meeting {
  /** Folder name: YYYY-MM-DD-short-slug. */
  id: string;
  date: string; // YYYY-MM-DD
  endDate?: string;
  format: MeetingFormat;
  place?: Bilingual;
  title: Bilingual;
  participants: Participant[];
  /**
   * The side that asked for the call or meeting (应约 / "at the request of"), as the record states it; absent
   * when not stated. The texts' own words stay evidence beside it (the ledger shows where they disagree).
   */
  requestedBy?: Side;
  readouts: ReadoutText[];
  missing: MissingReadout[];
  /** `corpus` for shipped meetings, `user` for the reader's own (stored in the browser). */
  origin: 'corpus' | 'user';
}

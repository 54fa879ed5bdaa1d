import type { Speaker } from '../compare/types';
import type { ChannelFact } from '../ledger/format-channel';
import type { SideLength } from '../ledger/lengths';
import type { MeetingLedger } from '../ledger/meeting-ledger';
import type { Lang, MeetingFormat, Side } from '../model';
import { type LedgerQuote, quoteOf } from './ledger-quote';

/*
 * The event facts panel of a meeting page: what analysts compute by hand (issue 12), read off the ledger, each
 * fact read from a text with its words as a quote. Plain data: the panel only translates and renders it.
 */

export type Party = Side | 'both';

export interface SpeakerView {
  speaker: Exclude<Speaker, 'unstated'>;
  /** Whose words these are: a country, or both. */
  party: Party;
  quote: LedgerQuote;
}

/** Shares of a readout's characters (0–1) by whose words it reports, named by country where known. */
export interface ShareView {
  self: number;
  counterpart: number;
  both: number;
  unstated: number;
}

export interface SideFactsView {
  /** The readout's country (null for a text of unknown side). */
  party: Side | null;
  lang: Lang;
  /** The side has a text (not a missing readout). */
  present: boolean;
  excerpt: boolean;
  length: SideLength;
  /** The first sentence given to one side, else the first given to both; null when no sentence says. */
  firstSpeaker: SpeakerView | null;
  shares: ShareView;
  channel: ChannelFact | null;
}

export type RequestView =
  | { status: 'not-stated' }
  /** `asker`: the country that asked; `side`: that country's comparison side, when it is one of the two. */
  | { status: 'stated'; asker: Side; side: 0 | 1 | null; quote: LedgerQuote; also: LedgerQuote[] }
  | { status: 'disputed'; claims: { asker: Side; quote: LedgerQuote }[] }
  /**
   * The meeting's record names the asker: `quotes` are the texts' words that say the same, `disputed` those
   * that name the other (the record and the texts disagree).
   */
  | {
      status: 'recorded';
      asker: Side;
      side: 0 | 1 | null;
      quotes: LedgerQuote[];
      disputed: { asker: Side; quote: LedgerQuote }[];
    };

export interface RatioView {
  /** Per side: paragraphs, sentences, characters. */
  paragraphs: [number, number];
  sentences: [number, number];
  chars: [number, number];
  /** Both texts in one language: characters compare too. */
  sameLanguage: boolean;
  /** Both full texts of several sentences: length may be compared at all. */
  comparable: boolean;
  /** The side with more sentences when comparable and they differ, else null. */
  longer: 0 | 1 | null;
}

export interface FormatView {
  value: MeetingFormat | null;
  source: 'meeting' | 'text' | null;
  /** The words in the texts that name a format. */
  quote: LedgerQuote | null;
  /** The format those words name, when it differs from the meeting's record. */
  textDiffers: MeetingFormat | null;
}

export interface FactsView {
  sides: [SideFactsView, SideFactsView];
  ratio: RatioView;
  request: RequestView;
  format: FormatView;
}

function requestView(ledger: MeetingLedger, texts: readonly [string, string]): RequestView {
  const f = ledger.facts;
  const record = f.requestRecord;
  if (record) {
    return {
      status: 'recorded',
      asker: record.party,
      side: record.side === 'a' ? 0 : record.side === 'b' ? 1 : null,
      quotes: record.agreeing.map((m) => quoteOf(ledger, texts, m.side, m)),
      disputed: record.disagreeing.map((m) => ({ asker: m.party, quote: quoteOf(ledger, texts, m.side, m) })),
    };
  }
  if (f.requestConflict) {
    return {
      status: 'disputed',
      claims: f.requestMentions.map((m) => ({ asker: m.party, quote: quoteOf(ledger, texts, m.side, m) })),
    };
  }
  const ev = f.requestedEvidence;
  if (!ev || !f.requestedParty) return { status: 'not-stated' };
  const quote = quoteOf(ledger, texts, ev.side, ev);
  const also = f.requestMentions
    .filter((m) => !(m.side === ev.side && m.start === ev.start))
    .map((m) => quoteOf(ledger, texts, m.side, m));
  const side = f.requestedBy === 'a' ? 0 : f.requestedBy === 'b' ? 1 : null;
  return { status: 'stated', asker: f.requestedParty, side, quote, also };
}

function sideView(ledger: MeetingLedger, texts: readonly [string, string], i: 0 | 1): SideFactsView {
  const f = ledger.facts;
  const s = ledger.sides[i];
  const first = f.firstSingleSpeaker[i] ?? f.firstSpeaker[i];
  const shares = f.speakerShares[i];
  return {
    party: s.side,
    lang: s.lang,
    present: s.completeness !== 'missing' && ledger.sentences[i].length > 0,
    excerpt: s.completeness === 'excerpt',
    length: f.lengths[i],
    firstSpeaker: first
      ? { speaker: first.speaker, party: first.party, quote: quoteOf(ledger, texts, i, first.evidence) }
      : null,
    shares: {
      self: shares.self.share,
      counterpart: shares.counterpart.share,
      both: shares.both.share,
      unstated: shares.unstated.share,
    },
    channel: f.channels[i],
  };
}

export function factsView(ledger: MeetingLedger, texts: readonly [string, string]): FactsView {
  const f = ledger.facts;
  const [a, b] = f.lengths;
  const comparable = f.ratio.comparable;
  const format = f.format;
  return {
    sides: [sideView(ledger, texts, 0), sideView(ledger, texts, 1)],
    ratio: {
      paragraphs: [a.paragraphs, b.paragraphs],
      sentences: [a.sentences, b.sentences],
      chars: [a.chars, b.chars],
      sameLanguage: f.ratio.sameLanguage,
      comparable,
      longer: !comparable || a.sentences === b.sentences ? null : a.sentences > b.sentences ? 0 : 1,
    },
    request: requestView(ledger, texts),
    format: {
      value: format.value,
      source: format.source,
      quote: format.evidence ? quoteOf(ledger, texts, format.evidence.side, format.evidence) : null,
      textDiffers:
        format.textValue && format.value && format.textValue !== format.value ? format.textValue : null,
    },
  };
}

/** Whose words a speaker share names, as a country: `self` is the readout's own side. */
export function shareParty(readout: Side | null, speaker: 'self' | 'counterpart'): Side | null {
  if (!readout) return null;
  if (speaker === 'self') return readout;
  return readout === 'cn' ? 'us' : 'cn';
}

/** A share (0–1) as a whole percentage. */
export const percent = (share: number): number => Math.round(share * 100);

import type { Span } from '../compare/types';
import type { MeetingLedger } from '../ledger/meeting-ledger';

/*
 * The ledger's evidence as a quote the reader can see in place: the sentence that holds the words, split
 * around them so the words can be marked, with the sentence's index so a click opens it in the reader.
 */

export interface LedgerQuote {
  side: 0 | 1;
  /** Index of the sentence in that side's text; null when the words lie between sentences. */
  sentence: number | null;
  before: string;
  words: string;
  after: string;
}

/** Index of the sentence of `side` holding offset `at`, or null. */
export function sentenceIndexAt(ledger: MeetingLedger, side: 0 | 1, at: number): number | null {
  const spans = ledger.sentences[side];
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return null;
}

/** The words at `span` of side `side`, in their sentence. */
export function quoteOf(
  ledger: MeetingLedger,
  texts: readonly [string, string],
  side: 0 | 1,
  span: Span,
): LedgerQuote {
  const text = texts[side];
  const sentence = sentenceIndexAt(ledger, side, span.start);
  const around = sentence === null ? span : (ledger.sentences[side][sentence] as Span);
  const start = Math.min(around.start, span.start);
  const end = Math.max(around.end, span.end);
  return {
    side,
    sentence,
    before: text.slice(start, span.start),
    words: text.slice(span.start, span.end),
    after: text.slice(span.end, end),
  };
}

/** A whole sentence as a quote with nothing marked (a topic's evidence). */
export function sentenceQuote(
  ledger: MeetingLedger,
  texts: readonly [string, string],
  side: 0 | 1,
  index: number,
): LedgerQuote | null {
  const span = ledger.sentences[side][index];
  if (!span) return null;
  return { side, sentence: index, before: '', words: '', after: texts[side].slice(span.start, span.end) };
}

/** The quote as one plain line (exports, accessible names). */
export function quoteText(quote: LedgerQuote): string {
  return `${quote.before}${quote.words}${quote.after}`;
}

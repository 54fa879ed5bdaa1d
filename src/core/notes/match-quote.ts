/**
 * Finding a quote in a text that may have been edited since the quote was taken: exact occurrences first,
 * then approximate ones (Myers' bit-parallel algorithm via approx-string-match, as the Hypothesis client does;
 * diff-match-patch's match_main cannot take patterns over 32 characters). Candidates are ranked by how well
 * the quote, its prefix, its suffix and its old position fit.
 */
import approxSearch from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote used to start, to prefer the nearest of several candidates. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the quote and the text found (0 for an exact match). */
  errors: number;
  /** Normalised 0..1: 50 × quote + 20 × prefix + 20 × suffix + 2 × position, over 92. */
  score: number;
}

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

function exactMatches(text: string, str: string): RawMatch[] {
  const found: RawMatch[] = [];
  let at = text.indexOf(str);
  while (at !== -1) {
    found.push({ start: at, end: at + str.length, errors: 0 });
    at = text.indexOf(str, at + 1);
  }
  return found;
}

function search(text: string, str: string, maxErrors: number): RawMatch[] {
  const exact = exactMatches(text, str);
  return exact.length > 0 ? exact : approxSearch(text, str, maxErrors);
}

/** 1 when `str` occurs in `text` unchanged, falling towards 0 with each edit. */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const best = search(text, str, str.length)[0];
  return best ? 1 - best.errors / str.length : 0;
}

/**
 * The best place for `quote` in `text`, or null when nothing is close enough.
 * The error budget is min(256, quote length / 2): a higher one finds more edited quotes (recall) but also
 * more unrelated passages (precision); half the quote is the Hypothesis client's trade-off.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, Math.floor(quote.length / 2));
  const candidates = search(text, quote, maxErrors);
  if (candidates.length === 0) return null;

  const score = (m: RawMatch): number => {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = context.prefix
      ? textMatchScore(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix)
      : 1;
    const suffixScore = context.suffix
      ? textMatchScore(text.slice(m.end, m.end + context.suffix.length), context.suffix)
      : 1;
    const positionScore =
      context.hint === undefined ? 1 : 1 - Math.abs(m.start - context.hint) / Math.max(1, text.length);
    const raw =
      WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore;
    return raw / MAX_SCORE;
  };

  let best: QuoteMatch | null = null;
  for (const m of candidates) {
    const scored = { start: m.start, end: m.end, errors: m.errors, score: score(m) };
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}

/**
 * Finding a quote in a text that may have been edited since the quote was taken: exact occurrences first,
 * then approximate ones (Myers' bit-parallel algorithm via approx-string-match, as the Hypothesis client does;
 * diff-match-patch's match_main cannot take patterns over 32 characters). Candidates are ranked by how well
 * the quote, its prefix, its suffix and its old position fit.
 *
 * The work is bounded whatever the note says: context is cut to `MAX_CONTEXT` characters and compared with a
 * fixed error budget, fuzzy search is only tried on quotes up to `MAX_FUZZY_QUOTE` characters and on a text
 * small enough for `WORK_BUDGET`, and every step is charged to that budget. A quote that cannot be placed
 * within it is not placed (the note is shown as orphaned) rather than freezing the page.
 */
import approxSearch from 'approx-string-match';
import { capPrefix, capSuffix, MAX_CONTEXT } from './describe';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote used to start, to prefer the nearest of several candidates. */
  hint?: number;
  /** Work allowed for this quote, in comparison steps (default `WORK_BUDGET`). */
  budget?: number;
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

/** Edits a prefix or suffix may have before it counts for nothing; fixed, whatever the context length. */
export const CONTEXT_MAX_ERRORS = 8;
/** Longest quote searched approximately (longer ones are found only unchanged). */
export const MAX_FUZZY_QUOTE = 320;
/** Comparison steps allowed per quote: some tens of milliseconds on a phone, never a frozen page. */
export const WORK_BUDGET = 3_000_000;
/** The fixed cost of one call of the search (its tables), in steps. */
const MATCH_SETUP = 1000;
/** Work one chunk of the approximate search may take before the budget is checked again. */
const CHUNK_WORK = 500_000;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** Thrown inside the search when the budget is spent; never leaves this module. */
class OverBudget extends Error {}

class Budget {
  constructor(private left: number) {}
  spend(steps: number): void {
    this.left -= steps;
    if (this.left < 0) throw new OverBudget();
  }
}

/**
 * Edit distance between `a` and `b`, or `max + 1` when it is over `max` (Ukkonen's band: O(|a| × max)).
 * Both strings are at most `MAX_CONTEXT` long here.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    curr.fill(over);
    curr[0] = i <= max ? i : over;
    let rowMin = curr[0] ?? over;
    for (let j = from; j <= to; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((prev[j - 1] ?? over) + cost, (prev[j] ?? over) + 1, (curr[j - 1] ?? over) + 1);
      curr[j] = Math.min(value, over);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return over;
    [prev, curr] = [curr, prev];
  }
  return Math.min(prev[b.length] ?? over, over);
}

/** 1 when the context is unchanged, falling by 1/(CONTEXT_MAX_ERRORS + 1) per edit. */
function contextScore(expected: string, found: string, budget: Budget): number {
  if (expected.length === 0) return 1;
  budget.spend(expected.length * (2 * CONTEXT_MAX_ERRORS + 1));
  const d = boundedDistance(expected, found, CONTEXT_MAX_ERRORS);
  return 1 - d / (CONTEXT_MAX_ERRORS + 1);
}

function exactMatches(text: string, str: string, budget: Budget): RawMatch[] {
  budget.spend(text.length);
  const found: RawMatch[] = [];
  let at = text.indexOf(str);
  while (at !== -1) {
    found.push({ start: at, end: at + str.length, errors: 0 });
    at = text.indexOf(str, at + 1);
  }
  return found;
}

/**
 * The lowest-error approximate matches, searched chunk by chunk (chunks overlap by a match's longest length)
 * so the work of finding where each match starts is charged before the next chunk is searched.
 */
function approxMatches(text: string, quote: string, maxErrors: number, budget: Budget): RawMatch[] {
  const blocks = Math.ceil(quote.length / 32);
  const overlap = quote.length + maxErrors;
  // Every position of a chunk may end a match whose start then costs a backward search to find (its set-up,
  // about MATCH_SETUP steps, dominates for short quotes).
  const perMatch = MATCH_SETUP + overlap * blocks;
  const chunk = Math.max(64, Math.min(4096, Math.floor(CHUNK_WORK / perMatch)));
  let best: RawMatch[] = [];
  let seen = new Set<string>();
  let bestErrors = maxErrors;
  for (let from = 0; from < text.length; from += chunk) {
    const slice = text.slice(from, Math.min(text.length, from + chunk + overlap));
    budget.spend(MATCH_SETUP + slice.length * blocks);
    const found = approxSearch(slice, quote, bestErrors);
    // Finding each match's start runs the search again, backwards, over about one quote's length.
    budget.spend(found.length * perMatch);
    for (const m of found) {
      const match = { start: from + m.start, end: from + m.end, errors: m.errors };
      const key = `${match.start}:${match.end}`;
      if (match.errors < bestErrors) {
        best = [match];
        seen = new Set([key]);
        bestErrors = match.errors;
      } else if (!seen.has(key)) {
        best.push(match);
        seen.add(key);
      }
    }
    if (from + chunk + overlap >= text.length) break;
  }
  return best;
}

function rank(text: string, quote: string, m: RawMatch, context: QuoteContext, budget: Budget): number {
  budget.spend(64);
  const prefix = capPrefix(context.prefix ?? '');
  const suffix = capSuffix(context.suffix ?? '');
  const quoteScore = 1 - m.errors / quote.length;
  const prefixScore = contextScore(prefix, text.slice(Math.max(0, m.start - prefix.length), m.start), budget);
  const suffixScore = contextScore(suffix, text.slice(m.end, m.end + suffix.length), budget);
  const positionScore =
    context.hint === undefined ? 1 : 1 - Math.abs(m.start - context.hint) / Math.max(1, text.length);
  const raw =
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * prefixScore +
    WEIGHTS.suffix * suffixScore +
    WEIGHTS.position * positionScore;
  return raw / MAX_SCORE;
}

/** True when the text around `m` is exactly the note's context (the cheap test tried first). */
function contextIsExact(text: string, m: RawMatch, prefix: string, suffix: string): boolean {
  return text.startsWith(suffix, m.end) && text.endsWith(prefix, m.start);
}

function best(text: string, quote: string, context: QuoteContext, budget: Budget): QuoteMatch | null {
  const maxErrors = Math.min(Math.floor(MAX_FUZZY_QUOTE / 2), Math.floor(quote.length / 2));
  let candidates = exactMatches(text, quote, budget);
  if (candidates.length === 0 && quote.length <= MAX_FUZZY_QUOTE && maxErrors > 0)
    candidates = approxMatches(text, quote, maxErrors, budget);
  if (candidates.length === 0) return null;

  // Nearest the old position first: among equally good candidates, the first one scored wins.
  const hint = context.hint ?? 0;
  budget.spend(candidates.length * Math.ceil(Math.log2(candidates.length + 1)));
  candidates.sort((x, y) => Math.abs(x.start - hint) - Math.abs(y.start - hint) || x.start - y.start);
  const prefix = capPrefix(context.prefix ?? '');
  const suffix = capSuffix(context.suffix ?? '');
  if (prefix.length + suffix.length > 0) {
    budget.spend(candidates.length * Math.min(MAX_CONTEXT, 8));
    const sure = candidates.find((m) => m.errors === 0 && contextIsExact(text, m, prefix, suffix));
    if (sure) return { ...sure, score: rank(text, quote, sure, context, budget) };
  }
  let top: QuoteMatch | null = null;
  for (const m of candidates) {
    const score = rank(text, quote, m, context, budget);
    if (!top || score > top.score) top = { start: m.start, end: m.end, errors: m.errors, score };
  }
  return top;
}

/**
 * The best place for `quote` in `text`, or null when nothing is close enough or it cannot be told within the
 * work budget. The quote's error budget is min(256, quote length / 2): a higher one finds more edited quotes
 * (recall) but also more unrelated passages (precision); half the quote is the Hypothesis client's trade-off.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  try {
    return best(text, quote, context, new Budget(context.budget ?? WORK_BUDGET));
  } catch (e) {
    if (e instanceof OverBudget) return null;
    throw e;
  }
}

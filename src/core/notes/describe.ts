/**
 * Making selectors from a range of a readout text (the counterpart of `anchor.ts`).
 */
import { NotesError } from './notes-errors';
import type { NoteSelectors } from './types';

/** Characters of context kept either side of the quote (what the Hypothesis client keeps). */
export const CONTEXT_LENGTH = 32;

/**
 * The most context any note keeps either side (notes saved here, imported, or read back from storage): more
 * does not place a quote better, and unbounded context made anchoring cost grow with it.
 */
export const MAX_CONTEXT = 64;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Moves a context cut off the middle of a surrogate pair, so prefix and suffix stay valid strings. */
function safeCut(text: string, index: number, towards: 'start' | 'end'): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  const splitsPair = isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1));
  if (!splitsPair) return index;
  return towards === 'start' ? index + 1 : index - 1;
}

/** The last `max` characters of a prefix (never starting inside a surrogate pair). */
export function capPrefix(prefix: string, max: number = MAX_CONTEXT): string {
  if (prefix.length <= max) return prefix;
  return prefix.slice(safeCut(prefix, prefix.length - max, 'start'));
}

/** The first `max` characters of a suffix (never ending inside a surrogate pair). */
export function capSuffix(suffix: string, max: number = MAX_CONTEXT): string {
  if (suffix.length <= max) return suffix;
  return suffix.slice(0, safeCut(suffix, max, 'end'));
}

/**
 * TextQuote + TextPosition selectors for `text[start, end)`. Throws `invalid-range` for an empty, reversed
 * or out-of-bounds range: a note needs a passage. Context is at most `MAX_CONTEXT` characters either side.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength: number = CONTEXT_LENGTH,
): NoteSelectors {
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length;
  if (!valid || end <= start) {
    throw new NotesError('invalid-range', `[${start}, ${end}) in a text of ${text.length}`);
  }
  const context = Math.max(0, Math.min(contextLength, MAX_CONTEXT));
  const prefixStart = safeCut(text, start - context, 'start');
  const suffixEnd = safeCut(text, end + context, 'end');
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Narrows a range to exclude whitespace at either end (a drag selection often takes the line break after a
 * sentence). Returns null when nothing but whitespace is selected.
 */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/u.test(text.charAt(s))) s += 1;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e -= 1;
  return e > s ? { start: s, end: e } : null;
}

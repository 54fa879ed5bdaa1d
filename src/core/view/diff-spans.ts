import type { DiffOp, Span } from '../compare/types';
import type { Decoration } from './render-segments';

/*
 * A row diff is a list of text operations over the row's joined sentences. The reader needs them as offsets in
 * each side's own readout text, so diff marks become ordinary decorations on the raw text. The engine may join a
 * row's sentences with a separator or trim them; characters of the diff that are not in the source at the
 * current position are skipped, and source whitespace missing from the diff is stepped over, so the mapping
 * stays exact wherever the texts agree.
 */

export type DiffSide = 'a' | 'b';

/** The character positions of a row's sentences on one side, in reading order. */
function sourcePositions(spans: readonly Span[]): number[] {
  const positions: number[] = [];
  for (const span of spans) for (let i = span.start; i < span.end; i++) positions.push(i);
  return positions;
}

const WHITESPACE = /\s/;

/** Spans the engine attached to the side's own operations, or null when any is missing. */
function engineSpans(ops: readonly DiffOp[], side: DiffSide): Span[] | null {
  const own = side === 'a' ? 'delete' : 'insert';
  const out: Span[] = [];
  for (const op of ops) {
    if (op.op !== own) continue;
    const span = op[side];
    if (!span) return null;
    if (span.end > span.start) out.push({ start: span.start, end: span.end });
  }
  return out;
}

/**
 * The offsets (into `text`) that the diff marks as deleted (side a) or inserted (side b), as merged spans.
 * Uses the spans the engine attaches to each operation; reconstructs them from the texts when absent.
 */
export function diffSpans(
  ops: readonly DiffOp[],
  side: DiffSide,
  text: string,
  spans: readonly Span[],
): Span[] {
  const given = engineSpans(ops, side);
  if (given) return given;
  const own = side === 'a' ? 'delete' : 'insert';
  const skip = side === 'a' ? 'insert' : 'delete';
  const positions = sourcePositions(spans);
  const marked: number[] = [];
  let p = 0;
  for (const op of ops) {
    if (op.op === skip) continue;
    for (const ch of op.text) {
      // Step over source whitespace the engine dropped (e.g. trimmed sentence ends).
      while (
        p < positions.length &&
        text[positions[p] as number] !== ch[0] &&
        WHITESPACE.test(text[positions[p] as number] ?? '')
      ) {
        p++;
      }
      const at = positions[p];
      if (at === undefined || text.slice(at, at + ch.length) !== ch) continue; // a separator the engine added
      if (op.op === own) for (let k = 0; k < ch.length; k++) marked.push(at + k);
      p += ch.length;
    }
  }
  return mergeOffsets(marked);
}

function mergeOffsets(offsets: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (const offset of offsets) {
    const last = spans[spans.length - 1];
    if (last && last.end === offset) last.end = offset + 1;
    else spans.push({ start: offset, end: offset + 1 });
  }
  return spans;
}

/** Diff spans as decorations for `renderSegments`. */
export function diffDecorations(
  ops: readonly DiffOp[],
  side: DiffSide,
  text: string,
  spans: readonly Span[],
): Decoration[] {
  const op = side === 'a' ? 'delete' : 'insert';
  return diffSpans(ops, side, text, spans).map((s) => ({ kind: 'diff', op, start: s.start, end: s.end }));
}

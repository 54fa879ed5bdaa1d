/**
 * Re-anchoring notes in readout texts that may have changed since the note was written, in the Hypothesis
 * client's fixed order: (1) the stored position, accepted only if the text there still equals the quote;
 * (2) the quote, exact occurrences first, then approximate; the best candidate by quote, prefix, suffix and
 * closeness to the old position. A target that cannot be placed is orphaned: the note is kept, never dropped.
 */
import { matchQuote } from './match-quote';
import type { Note, NoteSelectors, NoteTarget } from './types';

type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorMatch {
  start: number;
  end: number;
  method: AnchorMethod;
  /** 1 for a position match; the ranking score (0..1) for a quote match. */
  score: number;
}

/** Where `selectors` point in `text` now, or null when the passage is gone. */
export function anchorSelectors(text: string, selectors: NoteSelectors): AnchorMatch | null {
  const { quote, position } = selectors;
  if (quote.exact.length === 0) return null;
  if (
    position.start >= 0 &&
    position.end <= text.length &&
    text.slice(position.start, position.end) === quote.exact
  ) {
    return { start: position.start, end: position.end, method: 'position', score: 1 };
  }
  const found = matchQuote(text, quote.exact, {
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint: position.start,
  });
  if (!found) return null;
  return {
    start: found.start,
    end: found.end,
    method: found.errors === 0 ? 'quote' : 'fuzzy',
    score: found.score,
  };
}

interface AnchoredTarget {
  target: NoteTarget;
  /** Null when the readout or the passage is gone. */
  match: AnchorMatch | null;
}

/** `anchored`: every target placed; `partial`: one of two placed; `orphaned`: none placed. */
type AnchorStatus = 'anchored' | 'partial' | 'orphaned';

export interface AnchoredNote {
  note: Note;
  targets: AnchoredTarget[];
  status: AnchorStatus;
}

/** Anchors every target of a note; `textOf` returns a readout's text by id (undefined when it is gone). */
export function anchorNote(note: Note, textOf: (readoutId: string) => string | undefined): AnchoredNote {
  const targets = note.targets.map((target) => {
    const text = textOf(target.readoutId);
    return { target, match: text === undefined ? null : anchorSelectors(text, target.selectors) };
  });
  const placed = targets.filter((t) => t.match !== null).length;
  const status: AnchorStatus = placed === targets.length ? 'anchored' : placed === 0 ? 'orphaned' : 'partial';
  return { note, targets, status };
}

/** Anchors a meeting's notes against its readout texts (a readout id that no longer exists orphans). */
export function anchorNotes(
  notes: readonly Note[],
  readouts: readonly { id: string; text: string }[],
): AnchoredNote[] {
  const texts = new Map(readouts.map((r) => [r.id, r.text]));
  return notes.map((note) => anchorNote(note, (id) => texts.get(id)));
}

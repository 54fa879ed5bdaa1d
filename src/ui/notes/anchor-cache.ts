/**
 * Anchoring results kept per stored note object, so the panel, the reader's marks and the topic corrections
 * (three hooks over the same notes) anchor each note once, and a re-render anchors nothing again. A stored
 * note object is replaced whenever the note is re-read, so a result never outlives the note it was made for;
 * the texts it was anchored against are compared too (the reader may show other texts of the meeting).
 */
import { type AnchoredNote, anchorNote } from '../../core/notes/anchor';
import type { Note } from '../../core/notes/types';

interface Entry {
  texts: (string | undefined)[];
  result: AnchoredNote;
}

const cache = new WeakMap<Note, Entry>();

function textsOf(note: Note, textOf: (readoutId: string) => string | undefined): (string | undefined)[] {
  return note.targets.map((t) => textOf(t.readoutId));
}

/** The cached result, when the note was anchored against these same texts. */
export function cachedAnchor(
  note: Note,
  textOf: (readoutId: string) => string | undefined,
): AnchoredNote | null {
  const entry = cache.get(note);
  if (!entry) return null;
  const texts = textsOf(note, textOf);
  return texts.every((t, i) => t === entry.texts[i]) ? entry.result : null;
}

/** Anchors the note (bounded work: see `matchQuote`) and remembers the result. */
export function anchorCached(note: Note, textOf: (readoutId: string) => string | undefined): AnchoredNote {
  const hit = cachedAnchor(note, textOf);
  if (hit) return hit;
  const result = anchorNote(note, textOf);
  cache.set(note, { texts: textsOf(note, textOf), result });
  return result;
}

// STUB owned by the notes helper: the reader imports exactly these names; keep the signatures.
import type { Meeting } from '../../core/model';

/** A stretch of one readout text to mark as carrying a note. */
export interface NoteMark {
  noteId: string;
  readoutId: string;
  start: number;
  end: number;
}

export function useNoteMarks(_meeting: Meeting): NoteMark[] {
  return [];
}

export function NotesPanel(_props: { meeting: Meeting }): null {
  return null;
}

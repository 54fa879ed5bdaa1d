// What the reader's texts need of the notes: where they sit (the panel itself loads later, see MeetingPage).
import { useMemo } from 'react';
import type { Meeting } from '../../core/model';
import { isCorrection } from '../../core/notes/types';
import { useAnchoredNotes } from './use-anchored-notes';

/** A stretch of one readout text to mark as carrying a note. */
export interface NoteMark {
  noteId: string;
  readoutId: string;
  start: number;
  end: number;
}

/**
 * Where the meeting's notes sit in its readout texts now (re-anchored; orphaned passages have no mark). Topic
 * corrections are not comments and get no mark: the reader shows them as the sentence's topics.
 */
export function useNoteMarks(meeting: Meeting): NoteMark[] {
  const { placed } = useAnchoredNotes(meeting);
  return useMemo(
    () =>
      placed.flatMap((a) =>
        isCorrection(a.note)
          ? []
          : a.targets.flatMap((t) =>
              t.match
                ? [
                    {
                      noteId: a.note.id,
                      readoutId: t.target.readoutId,
                      start: t.match.start,
                      end: t.match.end,
                    },
                  ]
                : [],
            ),
      ),
    [placed],
  );
}

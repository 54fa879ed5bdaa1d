// The two names the reader imports (signatures kept from the integration stub; NotesPanel gained optional props).
import { useMemo } from 'react';
import type { Meeting } from '../../core/model';
import { isCorrection } from '../../core/notes/types';
import { type NotesPanelProps, NotesPanelView } from './NotesPanel';
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

/**
 * The notes panel of a meeting page. Pass `comparison` (the one the reader shows) so the Markdown export
 * includes the one-sided topics and emphasis gaps.
 */
export function NotesPanel(props: NotesPanelProps) {
  return <NotesPanelView {...props} />;
}

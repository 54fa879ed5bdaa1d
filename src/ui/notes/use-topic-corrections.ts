import { useCallback, useMemo, useState } from 'react';
import { newNoteId } from '../../browser/notes-id';
import { errorCodeOf } from '../../browser/notes-session';
import type { Comparison, Verdict } from '../../core/compare/types';
import { applyVerdicts } from '../../core/compare/verdicts';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';
import { correctionNote, type PlacedCorrection, placeCorrections } from '../../core/notes/corrections';
import type { NotesErrorCode } from '../../core/notes/notes-errors';
import { useNotesSession } from './notes-session-context';
import { useAnchoredNotes } from './use-anchored-notes';

export interface TopicCorrections {
  /** The comparison with the reader's verdicts applied (the engine's own when there are none). */
  judged: Comparison;
  /** The corrections that apply to the texts shown, oldest first. */
  placed: readonly PlacedCorrection[];
  /**
   * Records that sentence `sentence` of side `side` does or does not mention `topicId`. Saying again what the
   * tagger says takes an earlier correction back instead of stacking a new one.
   */
  setVerdict(side: 0 | 1, sentence: number, topicId: string, verdict: Verdict): Promise<void>;
  /** The code of the last failed write, until the next write. */
  error: NotesErrorCode | null;
}

/**
 * The reader's topic corrections on one comparison: read from the notes store (so they persist, sync across
 * tabs and travel with exports like notes), applied to the engine's comparison, and written back.
 * `readoutIds` are the ids of the texts shown on each side (null for a side with no text).
 */
export function useTopicCorrections(
  meeting: Meeting,
  comparison: Comparison,
  readoutIds: readonly [string | null, string | null],
  lexicon: CompiledLexicon,
  now: () => Date = () => new Date(),
): TopicCorrections {
  const session = useNotesSession();
  const { placed: anchored, stored } = useAnchoredNotes(meeting);
  const [error, setError] = useState<NotesErrorCode | null>(null);
  const [idA, idB] = readoutIds;
  const placed = useMemo(
    () => placeCorrections(comparison, anchored, [idA, idB]),
    [comparison, anchored, idA, idB],
  );
  const judged = useMemo(() => applyVerdicts(comparison, placed, lexicon), [comparison, placed, lexicon]);

  const setVerdict = useCallback(
    async (side: 0 | 1, sentence: number, topicId: string, verdict: Verdict) => {
      const readoutId = readoutIds[side];
      const readout = meeting.readouts.find((r) => r.id === readoutId);
      const analysed = comparison.sides[side].sentences[sentence];
      if (!readout || !analysed) return;
      setError(null);
      try {
        const earlier = placed.filter(
          (p) => p.side === side && p.sentence === sentence && p.topicId === topicId,
        );
        if (earlier.at(-1)?.verdict === verdict) return;
        for (const p of earlier) {
          const record = stored.find((s) => s.note.id === p.note.id);
          if (record) await session.remove(record);
        }
        const tagged = analysed.topicIds.includes(topicId);
        const candidate = analysed.related.some((m) => m.topicId === topicId);
        // The tagger already agrees: removing the opposite correction was the whole change.
        if (earlier.length > 0 && (verdict === 'present') === tagged && !(verdict === 'absent' && candidate))
          return;
        await session.create(
          correctionNote({
            id: newNoteId(),
            meetingId: meeting.id,
            now: now(),
            readout: { id: readout.id, side: readout.side, text: readout.text },
            sentence: { start: analysed.start, end: analysed.end },
            topicId,
            verdict,
          }),
        );
      } catch (e) {
        setError(errorCodeOf(e));
      }
    },
    [readoutIds, meeting, comparison, placed, stored, session, now],
  );

  return { judged, placed, setVerdict, error };
}

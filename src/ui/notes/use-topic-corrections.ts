import { useCallback, useMemo, useState } from 'react';
import { newNoteId } from '../../browser/notes-id';
import { errorCodeOf } from '../../browser/notes-session';
import type { Comparison, Verdict } from '../../core/compare/types';
import { applyVerdicts } from '../../core/compare/verdicts';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';
import { correctionNote, type PlacedCorrection, placeCorrections } from '../../core/notes/corrections';
import type { NotesErrorCode } from '../../core/notes/notes-errors';
import { correctionPlan } from '../../core/view/correction-plan';
import type { VerdictActions } from '../reader/verdict-context';
import { useNotesSession } from './notes-session-context';
import { useAnchoredNotes } from './use-anchored-notes';

/** The verdict actions (a failed write's code is also kept in `error`), with what they change. */
export interface TopicCorrections extends VerdictActions {
  /** The comparison with the reader's verdicts applied (the engine's own when there are none; null until ready). */
  judged: Comparison | null;
  /** The corrections that apply to the texts shown, oldest first. */
  placed: readonly PlacedCorrection[];
  /** The code of the last failed write, until the next write. */
  error: NotesErrorCode | null;
}

const NO_PLACED: readonly PlacedCorrection[] = [];
const NOW = () => new Date();

/**
 * The reader's topic corrections on one comparison: read from the notes store (so they persist, sync across
 * tabs and travel with exports like notes), applied to the engine's comparison, and written back.
 * `readoutIds` are the ids of the texts shown on each side (null for a side with no text); `comparison` is null
 * while the engine is still at work.
 */
export function useTopicCorrections(
  meeting: Meeting,
  comparison: Comparison | null,
  readoutIds: readonly [string | null, string | null],
  lexicon: CompiledLexicon,
  now: () => Date = NOW,
): TopicCorrections {
  const session = useNotesSession();
  const { placed: anchored, stored } = useAnchoredNotes(meeting);
  const [error, setError] = useState<NotesErrorCode | null>(null);
  const [idA, idB] = readoutIds;
  const placed = useMemo(
    () => (comparison ? placeCorrections(comparison, anchored, [idA, idB]) : NO_PLACED),
    [comparison, anchored, idA, idB],
  );
  const judged = useMemo(
    () => (comparison ? applyVerdicts(comparison, placed, lexicon) : null),
    [comparison, placed, lexicon],
  );

  /** Removes the earlier corrections of this sentence and topic; returns them. */
  const takeBack = useCallback(
    async (side: 0 | 1, sentence: number, topicId: string) => {
      const earlier = placed.filter(
        (p) => p.side === side && p.sentence === sentence && p.topicId === topicId,
      );
      for (const p of earlier) {
        const record = stored.find((s) => s.note.id === p.note.id);
        if (record) await session.remove(record);
      }
      return earlier;
    },
    [placed, stored, session],
  );

  const setVerdict = useCallback(
    async (side: 0 | 1, sentence: number, topicId: string, verdict: Verdict) => {
      const readoutId = readoutIds[side];
      const readout = meeting.readouts.find((r) => r.id === readoutId);
      const analysed = comparison?.sides[side].sentences[sentence];
      if (!readout || !analysed) return null;
      setError(null);
      try {
        const earlier = placed.filter(
          (p) => p.side === side && p.sentence === sentence && p.topicId === topicId,
        );
        const plan = correctionPlan(
          earlier,
          verdict,
          analysed.topicIds.includes(topicId),
          analysed.related.some((m) => m.topicId === topicId),
        );
        if (!plan) return null;
        await takeBack(side, sentence, topicId);
        if (!plan.create) return null;
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
        return null;
      } catch (e) {
        const code = errorCodeOf(e);
        setError(code);
        return code;
      }
    },
    [readoutIds, meeting, comparison, placed, takeBack, session, now],
  );

  const clearVerdict = useCallback(
    async (side: 0 | 1, sentence: number, topicId: string) => {
      setError(null);
      try {
        await takeBack(side, sentence, topicId);
        return null;
      } catch (e) {
        const code = errorCodeOf(e);
        setError(code);
        return code;
      }
    },
    [takeBack],
  );

  return { judged, placed, setVerdict, clearVerdict, error };
}

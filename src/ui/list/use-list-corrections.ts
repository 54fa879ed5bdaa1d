import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { newNoteId } from '../../browser/notes-id';
import { errorCodeOf } from '../../browser/notes-session';
import type { StoredNote } from '../../browser/notes-store';
import type { Verdict } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';
import { anchorNote } from '../../core/notes/anchor';
import { correctionNote, type PlacedCorrection } from '../../core/notes/corrections';
import type { NotesErrorCode } from '../../core/notes/notes-errors';
import { topicsOnlyLexicon } from '../../core/view/comparison-skeleton';
import { correctionPlan } from '../../core/view/correction-plan';
import { entryCorrections, judgedEntry } from '../../core/view/entry-corrections';
import type { MeetingEntry } from '../../core/view/meeting-index';
import { type AppData, useFullDataWhen, useMeetingIndex } from '../app/app-data';
import { useNotesSession } from '../notes/notes-session-context';
import { useAllCorrections } from '../notes/use-all-corrections';

/** How long a write waits for the readout texts before it gives up. */
const TEXTS_TIMEOUT = 15_000;

export type ListVerdict = (
  meetingId: string,
  side: 0 | 1,
  sentence: number,
  topicId: string,
  verdict: Verdict,
) => Promise<NotesErrorCode | null>;

export interface ListCorrections {
  /** The entries with the reader's corrections applied (as each meeting page shows them). */
  entries: MeetingEntry[];
  /** Records a verdict on a sentence of a meeting's default texts, as the meeting page would. */
  setVerdict: ListVerdict;
  /** Loads the readout texts (a corrected claim's evidence may quote a sentence the index does not carry). */
  wantTexts: () => void;
}

function placedOf(
  entry: MeetingEntry,
  records: readonly StoredNote[],
  meeting: Meeting | undefined,
  lexicon: CompiledLexicon,
): PlacedCorrection[] {
  if (!meeting || !entry.compared || records.length === 0) return [];
  const texts = new Map(meeting.readouts.map((r) => [r.id, r.text]));
  return entryCorrections(
    entry,
    records.map((r) => anchorNote(r.note, (id) => texts.get(id))),
    lexicon,
  );
}

/**
 * The meeting list following the reader's corrections: every meeting's corrections, anchored in its texts (which
 * load once there are corrections) and applied to its entry; and verdicts written from the list's evidence, the
 * same notes the meeting page writes.
 */
export function useListCorrections(
  entries: readonly MeetingEntry[],
  own: readonly Meeting[],
): ListCorrections {
  const session = useNotesSession();
  const all = useAllCorrections();
  const { topics } = useMeetingIndex();
  const lexicon = useMemo(() => topicsOnlyLexicon(topics), [topics]);
  const [wanted, setWanted] = useState(false);
  const full = useFullDataWhen(wanted || all.records.length > 0);
  const meetings = useMemo(
    () => new Map([...(full?.meetings ?? []), ...own].map((m) => [m.id, m])),
    [full, own],
  );
  const byMeeting = useMemo(() => {
    const out = new Map<string, StoredNote[]>();
    for (const r of all.records) out.set(r.note.meetingId, [...(out.get(r.note.meetingId) ?? []), r]);
    return out;
  }, [all.records]);

  const judged = useMemo(
    () =>
      entries.map((entry) => {
        const meeting = meetings.get(entry.meeting.id);
        const placed = placedOf(entry, byMeeting.get(entry.meeting.id) ?? [], meeting, lexicon);
        if (placed.length === 0 || !meeting || !entry.compared) return entry;
        const textOf = (id: string | null) => meeting.readouts.find((r) => r.id === id)?.text ?? null;
        const [a, b] = entry.compared.sides;
        return judgedEntry(entry, placed, lexicon, [textOf(a.readoutId), textOf(b.readoutId)]);
      }),
    [entries, meetings, byMeeting, lexicon],
  );

  // A write needs the texts (a correction quotes its sentence): it waits for them to load.
  const latest = useRef({ full, entries, byMeeting, own });
  latest.current = { full, entries, byMeeting, own };
  const waiters = useRef<((data: AppData | null) => void)[]>([]);
  useEffect(() => {
    if (full) for (const resolve of waiters.current.splice(0)) resolve(full);
  }, [full]);
  const texts = useCallback(
    (): Promise<AppData | null> =>
      latest.current.full
        ? Promise.resolve(latest.current.full)
        : new Promise((resolve) => {
            waiters.current.push(resolve);
            setWanted(true);
            window.setTimeout(() => resolve(null), TEXTS_TIMEOUT);
          }),
    [],
  );

  const setVerdict: ListVerdict = useCallback(
    async (meetingId, side, sentence, topicId, verdict) => {
      const data = await texts();
      const { entries: now, byMeeting: records, own: mine } = latest.current;
      const entry = now.find((e) => e.meeting.id === meetingId);
      const meeting = [...(data?.meetings ?? []), ...mine].find((m) => m.id === meetingId);
      const skeleton = entry?.compared;
      const s = skeleton?.sides[side].sentences[sentence];
      const readout = meeting?.readouts.find((r) => r.id === skeleton?.sides[side].readoutId);
      if (!entry || !s || !readout) return 'write-failed';
      const stored = records.get(meetingId) ?? [];
      const earlier = placedOf(entry, stored, meeting, lexicon).filter(
        (p) => p.side === side && p.sentence === sentence && p.topicId === topicId,
      );
      const tagged = (s.topicIds ?? s.topics.map((m) => m.topicId)).includes(topicId);
      const plan = correctionPlan(
        earlier,
        verdict,
        tagged,
        s.related.some((m) => m.topicId === topicId),
      );
      if (!plan) return null;
      try {
        for (const p of plan.remove) {
          const record = stored.find((r) => r.note.id === p.note.id);
          if (record) await session.remove(record);
        }
        if (plan.create) {
          await session.create(
            correctionNote({
              id: newNoteId(),
              meetingId,
              now: new Date(),
              readout: { id: readout.id, side: readout.side, text: readout.text },
              sentence: { start: s.start, end: s.end },
              topicId,
              verdict,
            }),
          );
        }
        return null;
      } catch (error) {
        return errorCodeOf(error);
      }
    },
    [texts, lexicon, session],
  );

  const wantTexts = useCallback(() => setWanted(true), []);
  return { entries: judged, setVerdict, wantTexts };
}

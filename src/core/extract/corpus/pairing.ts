/**
 * Pairing: the meeting a new readout belongs to, when the corpus already has it: same date (a day apart
 * allowed, for a call that fell on different dates in Washington and Beijing) and at least one participant
 * of each side in common. Used by readouts:add on a corpus folder and by the browser on the corpus and the
 * reader's own meetings alike.
 */
import type { Side } from '../../model';

interface PairablePerson {
  side: Side;
  name: { en: string; zh: string };
}

/** What pairing reads of a meeting: a corpus meeting file, or a meeting of the app. */
export interface PairableMeeting {
  date: string;
  endDate?: string | undefined;
  participants: readonly PairablePerson[];
}

function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  );
}

function within(meeting: PairableMeeting, date: string): boolean {
  const day = dayNumber(date);
  const start = dayNumber(meeting.date);
  const end = dayNumber(meeting.endDate ?? meeting.date);
  return day >= start - 1 && day <= end + 1;
}

/** A name in either language: the reader's own meetings may give a participant in one language only. */
function sharesSide(meeting: PairableMeeting, participants: readonly PairablePerson[], side: Side): boolean {
  const names = new Set(
    meeting.participants.filter((p) => p.side === side).flatMap((p) => [p.name.en, p.name.zh]),
  );
  return participants.some((p) => p.side === side && (names.has(p.name.en) || names.has(p.name.zh)));
}

export function findPairedMeeting<M extends { meeting: PairableMeeting }>(
  meetings: readonly M[],
  date: string,
  participants: readonly PairablePerson[],
): M | undefined {
  const candidates = meetings.filter(
    (m) =>
      within(m.meeting, date) &&
      sharesSide(m.meeting, participants, 'cn') &&
      sharesSide(m.meeting, participants, 'us'),
  );
  // The nearest date first (two meetings of the same pair on consecutive days are possible).
  return candidates.sort(
    (a, b) =>
      Math.abs(dayNumber(a.meeting.date) - dayNumber(date)) -
      Math.abs(dayNumber(b.meeting.date) - dayNumber(date)),
  )[0];
}

/**
 * Pairing: the meeting a new readout belongs to, when the corpus already has it: same date (a day apart
 * allowed, for a call that fell on different dates in Washington and Beijing) and at least one participant
 * of each side in common.
 */
import type { Side } from '../../model';
import type { FoundParticipant } from '../types';
import type { IndexedMeeting } from './corpus-index';

function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  );
}

function within(meeting: IndexedMeeting, date: string): boolean {
  const day = dayNumber(date);
  const start = dayNumber(meeting.meeting.date);
  const end = dayNumber(meeting.meeting.endDate ?? meeting.meeting.date);
  return day >= start - 1 && day <= end + 1;
}

function sharesSide(meeting: IndexedMeeting, participants: readonly FoundParticipant[], side: Side): boolean {
  const names = new Set(meeting.meeting.participants.filter((p) => p.side === side).map((p) => p.name.en));
  return participants.some((p) => p.side === side && names.has(p.name.en));
}

export function findPairedMeeting(
  meetings: readonly IndexedMeeting[],
  date: string,
  participants: readonly FoundParticipant[],
): IndexedMeeting | undefined {
  const candidates = meetings.filter(
    (m) => within(m, date) && sharesSide(m, participants, 'cn') && sharesSide(m, participants, 'us'),
  );
  // The nearest date first (two meetings of the same pair on consecutive days are possible).
  return candidates.sort(
    (a, b) =>
      Math.abs(dayNumber(a.meeting.date) - dayNumber(date)) -
      Math.abs(dayNumber(b.meeting.date) - dayNumber(date)),
  )[0];
}

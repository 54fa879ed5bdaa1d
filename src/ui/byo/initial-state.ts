import type { Meeting, Participant, ReadoutText, Side } from '../../core/model';
import { defaultTextOf } from '../../core/view/text-choice';
import { bilingualText, type DetailsValues, EMPTY_DETAILS } from './use-meeting-details';

/** What `#/new` was opened for: a blank page, editing one of the reader's meetings, or a corpus meeting. */
export type PageMode = { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'from'; id: string };

/** `#/new?edit=<id>` edits a user meeting; `#/new?from=<id>` starts from a corpus meeting (a missing side). */
export function pageModeOf(hash: string): PageMode {
  const query = hash.split('?')[1] ?? '';
  const params = new URLSearchParams(query);
  const edit = params.get('edit');
  if (edit) return { kind: 'edit', id: edit };
  const from = params.get('from');
  if (from) return { kind: 'from', id: from };
  return { kind: 'new' };
}

export function editHref(id: string): string {
  return `#/new?edit=${encodeURIComponent(id)}`;
}

function participantLine(p: Participant): string {
  const title = bilingualText(p.title);
  return title ? `${bilingualText(p.name)}, ${title}` : bilingualText(p.name);
}

function lines(meeting: Meeting, side: Side): string {
  return meeting.participants
    .filter((p) => p.side === side)
    .map(participantLine)
    .join('\n');
}

/** The form as it was filled for a stored meeting (or the metadata of a corpus meeting). */
export function detailsOfMeeting(meeting: Meeting): DetailsValues {
  const cn = defaultTextOf(meeting, 'cn');
  const us = defaultTextOf(meeting, 'us');
  const cnMissing = meeting.missing.find((m) => m.side === 'cn');
  const usMissing = meeting.missing.find((m) => m.side === 'us');
  return {
    ...EMPTY_DETAILS,
    title: bilingualText(meeting.title),
    date: meeting.date,
    endDate: meeting.endDate ?? '',
    format: meeting.format,
    place: bilingualText(meeting.place),
    requestedBy: meeting.requestedBy ?? '',
    participantsCn: lines(meeting, 'cn'),
    participantsUs: lines(meeting, 'us'),
    issuerCn: bilingualText(cn?.issuer ?? cnMissing?.issuer),
    issuerUs: bilingualText(us?.issuer ?? usMissing?.issuer),
    sourceCn: cn?.source.url ?? cnMissing?.source?.url ?? '',
    sourceUs: us?.source.url ?? usMissing?.source?.url ?? '',
    excerptCn: cn?.completeness === 'excerpt',
    excerptUs: us?.completeness === 'excerpt',
  };
}

/** The text a side's box starts with: the side's original (or best available) text. */
export function sideTextOf(meeting: Meeting, side: Side): ReadoutText | null {
  return defaultTextOf(meeting, side);
}

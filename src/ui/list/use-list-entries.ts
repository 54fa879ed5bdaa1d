import { useMemo } from 'react';
import { useUserMeetings } from '../../browser/user-meetings';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';
import { type MeetingEntry, meetingEntry } from '../../core/view/meeting-index';
import { type AppData, useFullDataWhen, useMeetingIndex } from '../app/app-data';

// Tagging a meeting is the list's only real work: keep each user meeting's entry across visits to the list.
const cache = new WeakMap<CompiledLexicon, WeakMap<Meeting, MeetingEntry>>();

function entryOf(meeting: Meeting, lexicon: CompiledLexicon): MeetingEntry {
  let byMeeting = cache.get(lexicon);
  if (!byMeeting) {
    byMeeting = new WeakMap();
    cache.set(lexicon, byMeeting);
  }
  let found = byMeeting.get(meeting);
  if (!found) {
    found = meetingEntry(meeting, lexicon);
    byMeeting.set(meeting, found);
  }
  return found;
}

export interface ListEntries {
  /** The shipped meetings' entries, then the reader's own. */
  entries: MeetingEntry[];
  /** The reader's own meetings (kept in the browser) with their texts, for the text search. */
  own: readonly Meeting[];
  /** The full corpus and lexicon, once something on the list has needed them. */
  full: AppData | null;
  /** The reader's own meetings are still loading (from storage, or waiting for the lexicon to tag them). */
  loading: boolean;
  error: string | null;
}

/**
 * Every meeting the list shows. Shipped meetings come from the build's index at once; the reader's own are
 * tagged here with the lexicon, which loads only when there are such meetings or `needFull` (a text search).
 */
export function useListEntries(needFull: boolean): ListEntries {
  const index = useMeetingIndex();
  const user = useUserMeetings();
  const full = useFullDataWhen(needFull || user.meetings.length > 0);
  const entries = useMemo(() => {
    const own = full ? user.meetings.map((m) => entryOf(m, full.lexicon)) : [];
    return [...index.meetings, ...own];
  }, [index, user.meetings, full]);
  return {
    entries,
    own: user.meetings,
    full,
    loading: user.loading || (user.meetings.length > 0 && !full),
    error: user.error,
  };
}

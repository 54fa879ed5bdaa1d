import { createContext, useContext, useMemo } from 'react';
import type { UserMeetings } from '../../browser/user-meetings';
import type { Meeting } from '../../core/model';
import { useAppData } from './app-data';

export interface AllMeetings {
  meetings: readonly Meeting[];
  /** The reader's own meetings are still loading from the browser's storage. */
  loading: boolean;
  error: string | null;
}

/** The reader's own meetings as a meeting page follows them (set by withMeetingData, MeetingData.tsx). */
export const PageUserMeetings = createContext<UserMeetings | null>(null);

/**
 * A meeting page's meetings: the shipped ones with their texts (that page's meeting alone: see MeetingData.tsx),
 * followed by the reader's own (ids starting with `user-`), which a corpus meeting's page does not follow.
 * Suspends until they have loaded (pages that use it render under Suspense).
 */
export function useAllMeetings(): AllMeetings {
  const corpus = useAppData().meetings;
  const user = useContext(PageUserMeetings);
  if (!user) throw new Error('useAllMeetings needs a meeting page’s data (withMeetingData)');
  const meetings = useMemo(
    () => (user.meetings.length > 0 ? [...corpus, ...user.meetings] : corpus),
    [corpus, user.meetings],
  );
  return useMemo(
    () => ({ meetings, loading: user.loading, error: user.error }),
    [meetings, user.loading, user.error],
  );
}

import { useMemo } from 'react';
import type { Meeting } from '../../core/model';
import { useAppData } from './app-data';
import { useUserMeetings } from './use-user-meetings';

export interface AllMeetings {
  meetings: Meeting[];
  /** The reader's own meetings are still loading from the browser's storage. */
  loading: boolean;
  error: string | null;
}

/**
 * Shipped meetings with their texts, followed by the reader's own (ids starting with `user-`). Suspends until
 * the full corpus has loaded (pages that use it render under Suspense).
 */
export function useAllMeetings(): AllMeetings {
  const corpus = useAppData().meetings;
  const user = useUserMeetings();
  const meetings = useMemo(() => [...corpus, ...user.meetings], [corpus, user.meetings]);
  return { meetings, loading: user.loading, error: user.error };
}

import { useMemo } from 'react';
import { type UserMeetings, userMeetingsStore } from '../../browser/user-meetings';
import { useStore } from '../hooks/use-store';

const NONE: UserMeetings['meetings'] = [];

/**
 * The reader's own meetings, kept current across this tab's and other tabs' writes. Before the store loads
 * (and in the prerendered list) they are still loading.
 */
export function useUserMeetings(): UserMeetings {
  const state = useStore(userMeetingsStore);
  // No meetings stay the same empty list across loads, so what is computed from them (the list's entries) is
  // kept when the store answers "none" (the usual case) instead of being made again.
  return useMemo(() => (state.meetings.length === 0 ? { ...state, meetings: NONE } : state), [state]);
}

import { useMemo, useSyncExternalStore } from 'react';
import { subscribeUserMeetings, type UserMeetings, userMeetingsSnapshot } from '../../browser/user-meetings';

/**
 * The store's state before anything subscribed: the reader's own meetings still loading. What the prerendered
 * list (built in Node, where there is no IndexedDB) shows, and so what the page hydrates with. The very object
 * the store still holds then, so hydration finds nothing changed and re-renders nothing before the store loads.
 */
const BEFORE_LOAD: UserMeetings = userMeetingsSnapshot();
const beforeLoad = () => BEFORE_LOAD;
const NONE: UserMeetings['meetings'] = [];

/** The reader's own meetings, kept current across this tab's and other tabs' writes. */
export function useUserMeetings(): UserMeetings {
  const state = useSyncExternalStore(subscribeUserMeetings, userMeetingsSnapshot, beforeLoad);
  // No meetings stay the same empty list across loads, so what is computed from them (the list's entries) is
  // kept when the store answers "none" (the usual case) instead of being made again.
  return useMemo(() => (state.meetings.length === 0 ? { ...state, meetings: NONE } : state), [state]);
}

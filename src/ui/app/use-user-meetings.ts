import { useSyncExternalStore } from 'react';
import { subscribeUserMeetings, type UserMeetings, userMeetingsSnapshot } from '../../browser/user-meetings';

/** The reader's own meetings, kept current across this tab's and other tabs' writes. */
export function useUserMeetings(): UserMeetings {
  return useSyncExternalStore(subscribeUserMeetings, userMeetingsSnapshot);
}

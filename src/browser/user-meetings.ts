// STUB owned by the bring-your-own helper: the meeting list and router import exactly these names.
import type { Meeting } from '../core/model';

export interface UserMeetings {
  meetings: Meeting[];
  loading: boolean;
  error: string | null;
}

export function useUserMeetings(): UserMeetings {
  return { meetings: [], loading: false, error: null };
}

import { createContext, type ReactNode, useContext } from 'react';
import {
  defaultNotesSession,
  type MeetingNotesState,
  type NotesSession,
  type NotesStatus,
} from '../../browser/notes-session';
import { useStore } from '../hooks/use-store';

/* The notes session of the page: the real IndexedDB one unless a test (or a storybook) provides its own. */
const NotesSessionContext = createContext<NotesSession | null>(null);

export function NotesSessionProvider({ session, children }: { session: NotesSession; children: ReactNode }) {
  return <NotesSessionContext.Provider value={session}>{children}</NotesSessionContext.Provider>;
}

export function useNotesSession(): NotesSession {
  return useContext(NotesSessionContext) ?? defaultNotesSession();
}

/** A meeting's stored notes, kept current across this tab's and other tabs' writes. */
export function useMeetingNotes(meetingId: string): MeetingNotesState {
  return useStore(useNotesSession().meetingNotes(meetingId));
}

/** How many unreadable records were set aside since the page loaded, and what the store repaired at open. */
export function useNotesStatus(): NotesStatus {
  return useStore(useNotesSession().status);
}
